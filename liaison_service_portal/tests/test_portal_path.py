# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import tagged

from odoo.addons.liaison_service.tests.common import LiaisonHttpCase

PROJECT = "路径测试厂房项目"


@tagged("post_install", "-at_install")
class TestPortalPath(LiaisonHttpCase):
    """The whole path from the portal application to the rated completion."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.region = cls._region("路径测试区", "PATH01")
        department = cls._department("路径测试局", "PATH-DEP", cls.region)
        cls.enterprise = cls._company("路径测试企业")
        cls.user_portal = cls._portal_user(
            "path_portal", cls.enterprise, "路径测试联系人"
        )
        cls.user_office = cls._user("path_office", "group_office", cls.region)
        cls.user_officer = cls._user("path_officer", "group_officer", cls.region)
        cls.officer = cls._active_officer(
            "路径联络员",
            cls.region,
            department,
            cls.user_officer,
            phone="13900005678",
        )

    def _tour(self, name, url="/my/liaison/projects"):
        self.start_tour(url, name, login="path_portal")

    def _office_step(self, model, vals, action, state):
        """The office creates a ``model`` record of the project and takes it to
        ``state`` with ``action``."""
        record = self.env(user=self.user_office)[model].create(vals)
        getattr(record, action)()
        self.assertEqual(record.state, state)
        return record

    def test_full_path_from_application_to_rating(self):
        """Apply, sign, confirm receipt and rate on the portal; the office acts."""
        office = self.env(user=self.user_office)
        stage = {
            name: self.env.ref(f"liaison_service.liaison_project_stage_{name}")
            for name in ("consult", "dispatched", "delivered", "completed")
        }

        # 1. The enterprise applies online; the office answers and converts.
        self._tour("liaison_path_apply", url="/my")
        consultation = office["liaison.consultation"].search(
            [
                ("partner_id", "=", self.enterprise.id),
                ("channel", "=", "online"),
            ]
        )
        self.assertEqual(len(consultation), 1)
        self.assertEqual(consultation.name, PROJECT)
        self.assertEqual(consultation.region_id, self.region)
        self.assertIn("审批手续", consultation.question)
        self.assertEqual(consultation.applicant_phone, "13800001234")
        self.assertEqual(consultation.state, "open")
        consultation.answer = "需办理立项、用地和规划许可，材料一次性告知。"
        consultation.action_answer()
        self.assertEqual(consultation.state, "answered")
        consultation.action_convert_to_project()
        project = consultation.project_id
        self.assertEqual(consultation.state, "converted")
        self.assertEqual(project.partner_id, self.enterprise)
        self.assertEqual(project.stage_id, stage["consult"])
        agreement = self._office_step(
            "liaison.agreement",
            {
                "project_id": project.id,
                "matter": "路径测试：用地及规划许可",
                "principal_name": "张经理",
                "agent_name": "路径测试区政务服务中心",
                "material_line_ids": [(0, 0, {"name": "营业执照", "copies": 1})],
            },
            "action_send",
            "sent",
        )

        # 2. The enterprise signs the agreement; the office dispatches and
        # delivers the results.
        self._tour("liaison_path_sign")
        agreement.invalidate_recordset()
        self.assertEqual(agreement.state, "signed")
        self.assertEqual(agreement.signed_by, "Zhang Jingli")
        self.assertTrue(agreement.signature)
        self.assertTrue(agreement.signed_on)
        self.assertRegex(agreement.signed_pdf_sha256 or "", r"^[0-9a-f]{64}$")
        self._office_step(
            "liaison.dispatch",
            {
                "project_id": project.id,
                "main_officer_id": self.officer.id,
                "instructions": "全程帮办",
            },
            "action_issue",
            "issued",
        )
        self.assertEqual(project.main_officer_id, self.officer)
        self.assertEqual(project.stage_id, stage["dispatched"])
        delivery = self._office_step(
            "liaison.delivery",
            {
                "project_id": project.id,
                "results": "路径测试建设用地规划许可证",
                "method": "in_person",
            },
            "action_send",
            "sent",
        )

        # 3. The enterprise confirms the receipt; the office completes.
        self._tour("liaison_path_receipt")
        delivery.invalidate_recordset()
        project.invalidate_recordset()
        self.assertEqual(delivery.state, "received")
        self.assertEqual(delivery.receipt_signed_by, "Zhang Jingli")
        self.assertTrue(delivery.receipt_signature)
        self.assertEqual(project.stage_id, stage["delivered"])
        project.action_complete()
        self.assertEqual(project.stage_id, stage["completed"])
        rating = self.env["rating.rating"].search(
            [("res_model", "=", "liaison.project"), ("res_id", "=", project.id)]
        )
        self.assertEqual(len(rating), 1)
        self.assertEqual(rating.partner_id, self.enterprise)
        self.assertFalse(rating.consumed)

        # 4. The enterprise rates the service on the fourth level (满意).
        self._tour("liaison_path_rate")
        rating.invalidate_recordset()
        project.invalidate_recordset()
        self.assertTrue(rating.consumed)
        self.assertEqual(rating.rating, 4)
        self.assertEqual(rating.feedback, "服务周到，路径测试")
        self.assertEqual(project.rating_last_value, 4)
        self.assertEqual(project.stage_id, stage["completed"])
        self.assertTrue(project.is_closed)
