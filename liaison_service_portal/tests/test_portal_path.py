# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import HttpCase, new_test_user, tagged

from odoo.addons.base.tests.common import DISABLED_MAIL_CONTEXT

PROJECT = "路径测试厂房项目"


@tagged("post_install", "-at_install")
class TestPortalPath(HttpCase):
    """The whole path from the portal application to the rated completion."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, **DISABLED_MAIL_CONTEXT))
        cls.region = cls.env["liaison.region"].create(
            {"name": "路径测试区", "code": "PATH01", "level": "county"}
        )
        department = cls.env["liaison.department"].create(
            {"name": "路径测试局", "code": "PATH-DEP", "region_id": cls.region.id}
        )
        cls.enterprise = cls.env["res.partner"].create(
            {"name": "路径测试企业", "is_company": True}
        )
        contact = cls.env["res.partner"].create(
            {"name": "路径测试联系人", "parent_id": cls.enterprise.id}
        )
        cls.user_portal = new_test_user(
            cls.env,
            login="path_portal",
            groups="base.group_portal",
            partner_id=contact.id,
        )
        cls.user_office = new_test_user(
            cls.env,
            login="path_office",
            groups="base.group_user,liaison_service.group_office",
        )
        cls.user_office.liaison_region_ids = [(6, 0, cls.region.ids)]
        cls.user_officer = new_test_user(
            cls.env,
            login="path_officer",
            groups="base.group_user,liaison_service.group_officer",
        )
        cls.user_officer.liaison_region_ids = [(6, 0, cls.region.ids)]
        cls.officer = cls.env["liaison.officer"].create(
            {
                "name": "路径联络员",
                "phone": "13900005678",
                "user_id": cls.user_officer.id,
                "region_id": cls.region.id,
                "department_id": department.id,
                "state": "active",
            }
        )

    def _tour(self, name, url="/my/liaison/projects"):
        self.start_tour(url, name, login="path_portal")

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
        agreement = office["liaison.agreement"].create(
            {
                "project_id": project.id,
                "matter": "路径测试：用地及规划许可",
                "principal_name": "张经理",
                "agent_name": "路径测试区政务服务中心",
                "material_line_ids": [(0, 0, {"name": "营业执照", "copies": 1})],
            }
        )
        agreement.action_send()
        self.assertEqual(agreement.state, "sent")

        # 2. The enterprise signs the agreement; the office dispatches and
        # delivers the results.
        self._tour("liaison_path_sign")
        agreement.invalidate_recordset()
        self.assertEqual(agreement.state, "signed")
        self.assertEqual(agreement.signed_by, "Zhang Jingli")
        self.assertTrue(agreement.signature)
        self.assertTrue(agreement.signed_on)
        self.assertRegex(agreement.signed_pdf_sha256 or "", r"^[0-9a-f]{64}$")
        dispatch = office["liaison.dispatch"].create(
            {
                "project_id": project.id,
                "main_officer_id": self.officer.id,
                "instructions": "全程帮办",
            }
        )
        dispatch.action_issue()
        self.assertEqual(dispatch.state, "issued")
        self.assertEqual(project.main_officer_id, self.officer)
        self.assertEqual(project.stage_id, stage["dispatched"])
        delivery = office["liaison.delivery"].create(
            {
                "project_id": project.id,
                "results": "路径测试建设用地规划许可证",
                "method": "in_person",
            }
        )
        delivery.action_send()
        self.assertEqual(delivery.state, "sent")

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
