# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .test_checklist_common import ChecklistCommon


@tagged("post_install", "-at_install")
class TestOpinionRequest(ChecklistCommon):
    """Opinion requests to department guides (001 第十四条)."""

    def _request(self, project=None, item=None, user=None, **vals):
        project = project or self.project_a
        Request = self.env["liaison.opinion.request"]
        if user:
            Request = Request.with_user(user)
        return Request.create(
            {
                "project_id": project.id,
                "approval_item_id": (item or self.item_land).id,
                "question": "Which materials are needed?",
                "date_requested": date(2025, 9, 30),
                **vals,
            }
        )

    def test_number_guide_and_deadline(self):
        """Numbered per year; the item's guide; reply within 5 working days."""
        request = self._request(user=self.user_officer_a)
        self.assertTrue(request.name.startswith("意见〔2025〕"))
        self.assertTrue(request.name.endswith("号"))
        later = self._request(date_requested=date(2026, 3, 2))
        self.assertTrue(later.name.startswith("意见〔2026〕"))
        self.assertEqual(request.guide_id, self.guide_land)
        self.assertEqual(request.department_id, self.dept_a)
        self.assertEqual(request.requested_by, self.user_officer_a)
        self.assertEqual(request.reply_days, 5)
        # Sep 30, then Oct 9, 10, Saturday 11 (make-up day), 13, 14.
        self.assertEqual(request.reply_deadline, date(2025, 10, 14))

    def test_reply_days_parameter(self):
        """The system parameter sets the default reply time."""
        self.env["ir.config_parameter"].sudo().set_param(
            "liaison_service.opinion_reply_days", "3"
        )
        request = self._request()
        self.assertEqual(request.reply_days, 3)
        # Oct 9, 10 and the make-up Saturday Oct 11.
        self.assertEqual(request.reply_deadline, date(2025, 10, 11))

    def test_checklist_line_sets_item(self):
        """A request on a checklist line takes its approval item."""
        self.project_a.action_apply_checklist_template(start_date="2025-09-26")
        line = self._lines_by_item(self.project_a)[self.item_land]
        request = self.env["liaison.opinion.request"].create(
            {
                "project_id": self.project_a.id,
                "checklist_line_id": line.id,
                "question": "Is a site visit needed?",
            }
        )
        self.assertEqual(request.approval_item_id, self.item_land)
        self.assertEqual(request.guide_id, self.guide_land)

    def test_workflow_and_department_reply(self):
        """Officer sends, the guide's department replies once, officer closes."""
        request = self._request(user=self.user_officer_a)
        as_dept = request.with_user(self.user_department_a)
        with self.assertRaisesText(UserError, "that was sent"):
            as_dept.write({"reply": "<p>Too early</p>"})
        request.with_user(self.user_officer_a).action_send()
        self.assertEqual(request.state, "sent")
        with self.assertRaisesText(UserError, "Write the reply"):
            as_dept.action_reply()
        with self.assertRaisesText(UserError, "only write the reply"):
            as_dept.write({"question": "Changed"})
        with self.assertRaisesText(UserError, "only write the reply"):
            as_dept.write({"state": "closed"})
        self.assertEqual(request.question, "Which materials are needed?")
        as_dept.write(
            {
                "reply": "<p>Bring the form and the site plan at once.</p>",
                "required_material_ids": [(6, 0, self.item_land.material_ids.ids)],
                "missing_materials": "Site plan",
            }
        )
        as_dept.action_reply()
        self.assertEqual(request.state, "replied")
        self.assertEqual(request.replied_by, self.user_department_a)
        self.assertEqual(request.date_replied, date.today())
        with self.assertRaisesText(UserError, "that was sent"):
            as_dept.write({"reply": "<p>Second thoughts</p>"})
        with self.assertRaisesText(UserError, "Only officers"):
            as_dept.action_close()
        request.with_user(self.user_officer_a).action_close()
        self.assertEqual(request.state, "closed")

    def test_department_sees_only_its_requests(self):
        """A department sees the requests addressed to it, nothing else."""
        mine = self._request()
        other = self._request(project=self.project_b, item=self.item_b)
        Request = self.env["liaison.opinion.request"]
        self.assertEqual(Request.with_user(self.user_department_a).search([]), mine)
        with self.assertRaises(AccessError):
            other.with_user(self.user_department_a).read(["question"])
        with self.assertRaises(AccessError):
            self._request(user=self.user_department_a)

    def test_officer_and_office_scope(self):
        """Officers ask for the projects they serve; the office sees its region."""
        mine = self._request(user=self.user_officer_a)
        with self.assertRaises(AccessError):
            self._request(project=self.project_b, user=self.user_officer_a)
        other = self._request(project=self.project_b, item=self.item_b)
        Request = self.env["liaison.opinion.request"]
        self.assertEqual(Request.with_user(self.user_officer_a).search([]), mine)
        self.assertEqual(Request.with_user(self.user_office_b).search([]), other)
        self.assertEqual(Request.with_user(self.user_office_a).search([]), mine)
        with self.assertRaises(AccessError):
            Request.with_user(self.user_portal_a).search([])

    def test_send_without_guide_refused(self):
        """A request for an item without a current guide cannot be sent."""
        request = self._request(item=self.item_fire)
        with self.assertRaisesText(UserError, "no current guide"):
            request.action_send()
        self.assertEqual(request.state, "draft")
