# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date, timedelta

from odoo.exceptions import UserError
from odoo.tests import Form, tagged

from ..models.liaison_assignment import LEAD_REPLY_DAYS
from .test_issue_common import IssueCommon

DEADLINE_MODELS = (
    "liaison.issue",
    "liaison.assignment",
    "liaison.rectification",
    "liaison.checklist.line",
    "liaison.opinion.request",
    "liaison.returnee.activity",
)


@tagged("post_install", "-at_install")
class TestDeadlineMixin(IssueCommon):
    """One overdue flag: the same rule in the field and in its search."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        today = date.today()
        cls.issue_a.sudo().write(
            {"date_accepted": "2025-09-01", "stage_id": cls.stage_accepted.id}
        )
        Assignment = cls.Assignment.with_user(cls.user_office_a)
        vals = {"issue_id": cls.issue_a.id, "lead_department_id": cls.dept_a.id}
        cls.draft_late = Assignment.create(
            {**vals, "date_assigned": "2025-09-01", "deadline": "2025-09-10"}
        )
        cls.sent_late = Assignment.create(
            {**vals, "date_assigned": "2025-09-01", "deadline": "2025-09-10"}
        )
        cls.sent_late.sudo().write({"state": "sent", "sent_on": "2025-09-01"})
        cls.sent_running = Assignment.create(
            {**vals, "deadline": today + timedelta(days=30)}
        )
        cls.sent_running.sudo().write({"state": "sent", "sent_on": today})
        Activity = cls.env["liaison.returnee.activity"]
        activity = {"region_id": cls.county_a.id, "date_start": today - timedelta(9)}
        cls.activity_late = Activity.create(
            {**activity, "name": "Late", "date_end": today - timedelta(days=1)}
        )
        cls.activity_done = Activity.create(
            {**activity, "name": "Done", "date_end": today - timedelta(days=1)}
        )
        cls.activity_done.action_done()
        cls.activity_future = Activity.create(
            {**activity, "name": "Future", "date_end": today + timedelta(days=3)}
        )

    def _check_search_matches_field(self, model):
        Model = self.env[model].sudo().with_context(active_test=False)
        records = Model.search([])
        overdue = records.filtered("is_overdue")
        for operator, value, expected in (
            ("=", True, overdue),
            ("!=", False, overdue),
            ("=", False, records - overdue),
            ("!=", True, records - overdue),
        ):
            found = Model.search([("is_overdue", operator, value)])
            self.assertEqual(found, expected, f"{model} is_overdue {operator} {value}")

    def test_search_matches_the_field_on_every_model(self):
        """Each model's filter finds exactly the records the flag marks."""
        for model in DEADLINE_MODELS:
            self.assertTrue(
                issubclass(
                    type(self.env[model]), type(self.env["liaison.deadline.mixin"])
                )
            )
            self._check_search_matches_field(model)

    def test_open_records_past_their_deadline_only(self):
        """Overdue needs a running record: sent yes, draft or done no."""
        self.assertTrue(self.sent_late.is_overdue)
        self.assertFalse(self.draft_late.is_overdue)
        self.assertFalse(self.sent_running.is_overdue)
        self.assertTrue(self.activity_late.is_overdue)
        self.assertFalse(self.activity_done.is_overdue)
        self.assertFalse(self.activity_future.is_overdue)
        Activity = self.env["liaison.returnee.activity"]
        not_overdue = Activity.search([("is_overdue", "=", False)])
        # A future activity is not overdue (the negated filter finds it).
        self.assertIn(self.activity_future, not_overdue)
        self.assertIn(self.activity_done, not_overdue)
        self.assertNotIn(self.activity_late, not_overdue)

    def test_unsupported_search_refused(self):
        """Only = and != with a boolean are understood."""
        for model in DEADLINE_MODELS:
            with self.assertRaisesText(UserError, "Unsupported search on Overdue"):
                self.env[model].search([("is_overdue", "in", [True])])

    def test_assignment_form_fills_the_default_deadline(self):
        """The form proposes the lead's reply time, and keeps a given deadline."""
        form = Form(self.Assignment.with_user(self.user_office_a))
        form.issue_id = self.issue_a
        form.lead_department_id = self.dept_a
        form.date_assigned = date(2025, 9, 30)
        # Proposed when the form opens (assigned today), kept afterwards.
        self.assertEqual(
            form.deadline,
            self.WorkingDay.add_working_days(date.today(), LEAD_REPLY_DAYS),
        )
        form.deadline = date(2025, 12, 1)
        form.date_assigned = date(2025, 10, 8)
        self.assertEqual(form.deadline, date(2025, 12, 1))
        assignment = form.save()
        self.assertEqual(assignment.deadline, date(2025, 12, 1))
        assignment.date_assigned = date(2025, 10, 9)
        self.assertEqual(assignment.deadline, date(2025, 12, 1))
