# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import base64
import hashlib

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .test_project_common import ProjectCommon

# A 1x1 transparent PNG.
PNG = base64.b64encode(
    bytes.fromhex(
        "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4"
        "890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
    )
)


class ServiceCommon(ProjectCommon):
    @classmethod
    def _enterprise(cls, record):
        """``record`` as the portal flow signs it: through the enterprise's
        share link, after the controller's access check (sudo)."""
        return record.with_user(cls.env.ref("base.public_user")).sudo()

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Agreement = cls.env["liaison.agreement"]
        cls.Delivery = cls.env["liaison.delivery"]
        cls.Dispatch = cls.env["liaison.dispatch"]
        cls.stage = {
            name: cls.env.ref(f"liaison_service.liaison_project_stage_{name}")
            for name in ("consult", "dispatched", "delivered", "completed")
        }
        cls.stage["terminated"] = cls.env.ref(
            "liaison_service.liaison_project_stage_terminated"
        )

    def _agreement(self, project, **vals):
        return self.Agreement.create(
            {
                "project_id": project.id,
                "matter": "All approvals",
                "material_line_ids": [(0, 0, {"name": "Licence", "copies": 1})],
                **vals,
            }
        )

    def _received_delivery(self, project):
        delivery = self.Delivery.create(
            {"project_id": project.id, "results": "Permit", "method": "in_person"}
        )
        delivery.action_send()
        self._enterprise(delivery).action_confirm_receipt(PNG, "Contact A")
        return delivery


@tagged("post_install", "-at_install")
class TestServiceFlow(ServiceCommon):
    def test_full_path(self):
        """Consultation to rated completion, all server-side."""
        office = self.env(user=self.user_office_a)
        consultation = office["liaison.consultation"].create(
            {
                "name": "New factory",
                "applicant_name": "Newco",
                "applicant_phone": "123",
                "region_id": self.county_a.id,
                "channel": "phone",
                "question": "Which approvals?",
                "missing_material_ids": [(0, 0, {"name": "Business licence"})],
            }
        )
        self.assertEqual(consultation.user_id, self.user_office_a)
        with self.assertRaisesText(UserError, "Write the answer"):
            consultation.action_answer()
        consultation.answer = "Registration, land, planning."
        consultation.action_answer()
        consultation.action_convert_to_project()
        project = consultation.project_id
        self.assertEqual(consultation.state, "converted")
        self.assertEqual(project.consultation_id, consultation)
        self.assertEqual(project.stage_id, self.stage["consult"])
        self.assertEqual(project.partner_id.name, "Newco")

        agreement = office["liaison.agreement"].create(
            {
                "project_id": project.id,
                "service_mode": "assistance",
                "scope": "partial",
                "matter": "Land use",
                "material_line_ids": [(0, 0, {"name": "Plan", "copies": 2})],
            }
        )
        self.assertTrue(agreement.pledge)
        self.assertFalse(agreement.name)
        with self.assertRaisesText(UserError, "must be sent"):
            self._enterprise(agreement).action_sign(PNG, "Boss")
        agreement.action_send()
        self.assertRegex(agreement.name, r"^委托〔\d{4}〕\d+号$")
        self.assertTrue(agreement._has_to_be_signed())
        pdf = b"%PDF-1.4 signed agreement"
        self._enterprise(agreement).action_sign(PNG, "Boss", pdf_bytes=pdf)
        self.assertEqual(agreement.state, "signed")
        self.assertEqual(agreement.signed_by, "Boss")
        self.assertTrue(agreement.signed_on)
        self.assertEqual(agreement.signed_pdf_sha256, hashlib.sha256(pdf).hexdigest())
        self.assertEqual(agreement.signed_attachment_id.raw, pdf)
        self.assertIn("Boss", agreement.message_ids[0].body)

        dispatch = office["liaison.dispatch"].create(
            {
                "project_id": project.id,
                "main_officer_id": self.officer_a.id,
                "assistant_officer_ids": [(6, 0, self.officer_a2.ids)],
                "instructions": "Serve it",
            }
        )
        dispatch.action_issue()
        self.assertEqual(dispatch.state, "issued")
        self.assertRegex(dispatch.name, r"^派任〔\d{4}〕\d+号$")
        self.assertEqual(project.main_officer_id, self.officer_a)
        self.assertEqual(project.assistant_officer_ids, self.officer_a2)
        self.assertEqual(project.stage_id, self.stage["dispatched"])
        self.assertEqual(
            project.activity_ids.user_id, self.user_officer_a | self.user_officer_a2
        )

        officer_project = project.with_user(self.user_officer_a)
        delivery = self.env(user=self.user_officer_a)["liaison.delivery"].create(
            {
                "project_id": project.id,
                "results": "Land certificate",
                "method": "post",
                "tracking_number": "SF123",
                "returned_material_ids": [(0, 0, {"name": "Plan"})],
            }
        )
        with self.assertRaisesText(UserError, "delivery not confirmed"):
            officer_project.action_complete()
        delivery.action_send()
        with self.assertRaisesText(UserError, "delivery not confirmed"):
            officer_project.action_complete()
        self._enterprise(delivery).action_confirm_receipt(PNG, "Contact A")
        self.assertEqual(delivery.state, "received")
        self.assertEqual(delivery.receipt_signed_by, "Contact A")
        self.assertEqual(project.stage_id, self.stage["delivered"])
        self.assertTrue(project.is_delivery_received)

        officer_project.handback_note = "Plan handed back"
        officer_project.action_complete()
        self.assertEqual(project.stage_id, self.stage["completed"])
        self.assertTrue(project.handback_date)
        self.assertTrue(agreement.material_line_ids.returned)
        rating = self.env["rating.rating"].search(
            [("res_model", "=", "liaison.project"), ("res_id", "=", project.id)]
        )
        self.assertEqual(rating.partner_id, project.partner_id)
        self.assertFalse(rating.consumed)

    def test_terminate(self):
        """Termination needs a reason, hands materials back and closes."""
        agreement = self._agreement(self.project_a)
        agreement.action_send()
        with self.assertRaisesText(UserError, "reason"):
            self.project_a.action_terminate("  ")
        self.assertFalse(self.project_a.is_closed)
        self.project_a.action_terminate("The enterprise withdrew")
        self.assertEqual(self.project_a.stage_id, self.stage["terminated"])
        self.assertEqual(self.project_a.termination_reason, "The enterprise withdrew")
        self.assertEqual(agreement.state, "terminated")
        self.assertTrue(agreement.material_line_ids.returned)
        with self.assertRaisesText(UserError, "terminated agreement cannot be signed"):
            self._enterprise(agreement).action_sign(PNG, "Boss")
        with self.assertRaisesText(UserError, "read-only"):
            self.project_a.name = "Changed"

    def test_sign_twice_and_empty(self):
        """A second or empty signature is refused and changes nothing."""
        agreement = self._agreement(self.project_a)
        agreement.action_send()
        with self.assertRaisesText(UserError, "signature is empty"):
            self._enterprise(agreement).action_sign(False, "Boss")
        self.assertEqual(agreement.state, "sent")
        self._enterprise(agreement).action_sign(PNG, "Boss")
        signed_on = agreement.signed_on
        with self.assertRaisesText(UserError, "already signed"):
            self._enterprise(agreement).action_sign(PNG, "Other")
        self.assertEqual(agreement.signed_by, "Boss")
        self.assertEqual(agreement.signed_on, signed_on)

    def test_signed_agreement_read_only(self):
        """A signed agreement refuses business writes but can be terminated."""
        agreement = self._agreement(self.project_a)
        agreement.action_send()
        self._enterprise(agreement).action_sign(PNG, "Boss")
        with self.assertRaisesText(UserError, "cannot be changed"):
            agreement.matter = "Something else"
        with self.assertRaisesText(UserError, "cannot be changed"):
            agreement.material_line_ids.name = "Other"
        with self.assertRaisesText(UserError, "cannot be changed"):
            agreement.material_line_ids = [(0, 0, {"name": "Extra"})]
        self.assertEqual(agreement.matter, "All approvals")
        with self.assertRaisesText(UserError, "reason"):
            agreement.action_terminate()
        agreement.action_terminate("Withdrawn")
        self.assertEqual(agreement.state, "terminated")

    def test_post_needs_tracking(self):
        """A delivery by post cannot be sent without a tracking number."""
        delivery = self.Delivery.create(
            {"project_id": self.project_a.id, "results": "Permit", "method": "post"}
        )
        with self.assertRaisesText(ValidationError, "tracking number"):
            delivery.action_send()
        self.assertEqual(delivery.state, "draft")
        with self.assertRaisesText(UserError, "not been sent"):
            self._enterprise(delivery).action_confirm_receipt(PNG, "Contact A")

    def test_completed_project_read_only(self):
        """A completed project refuses writes to its business fields."""
        self._received_delivery(self.project_a)
        self.project_a.action_complete()
        with self.assertRaisesText(UserError, "read-only"):
            self.project_a.write({"investment_amount": 5})
        with self.assertRaisesText(UserError, "already closed"):
            self.project_a.action_complete()
        self.project_a.message_post(body="Archived note")
        self.project_a.active = False

    def test_officer_cannot_change_officers(self):
        """Only the office changes a project's officers, region and enterprise."""
        project = self.project_a.with_user(self.user_officer_a)
        project.name = "Renamed"
        for vals in (
            {"main_officer_id": self.officer_a2.id},
            {"assistant_officer_ids": [(6, 0, self.officer_a2.ids)]},
            {"region_id": self.county_a.id},
            {"partner_id": self.enterprise_b.id},
        ):
            with self.assertRaisesText(UserError, "Only the office"):
                project.write(vals)
        self.assertEqual(self.project_a.main_officer_id, self.officer_a)
        self.project_a.with_user(
            self.user_office_a
        ).assistant_officer_ids = self.officer_a2

    def test_dispatch_office_only(self):
        """An officer cannot issue a dispatch; an inactive officer is refused."""
        dispatch = self.Dispatch.create(
            {"project_id": self.project_a.id, "main_officer_id": self.officer_a2.id}
        )
        with self.assertRaises(AccessError):
            dispatch.with_user(self.user_officer_a).action_issue()
        self.officer_a2.state = "suspended"
        with self.assertRaisesText(UserError, "active officers"):
            dispatch.with_user(self.user_office_a).action_issue()
        self.assertEqual(dispatch.state, "draft")
        self.assertFalse(dispatch.name)

    def test_numbering_per_year(self):
        """Agreement and dispatch numbers restart every year."""
        numbers = []
        for date in ("2031-03-01", "2031-06-01", "2032-01-05"):
            agreement = self._agreement(self.project_a, date_sent=date)
            agreement.action_send()
            numbers.append(agreement.name)
        self.assertEqual(
            numbers, ["委托〔2031〕1号", "委托〔2031〕2号", "委托〔2032〕1号"]
        )
        dispatches = self.Dispatch.create(
            [
                {
                    "project_id": self.project_a.id,
                    "main_officer_id": self.officer_a.id,
                    "date": date,
                }
                for date in ("2031-03-01", "2032-01-05")
            ]
        )
        dispatches.action_issue()
        self.assertEqual(
            dispatches.mapped("name"), ["派任〔2031〕1号", "派任〔2032〕1号"]
        )
