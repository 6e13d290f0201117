# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date, timedelta

from freezegun import freeze_time

from odoo import fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .test_issue_common import IssueCommon


@tagged("post_install", "-at_install")
class TestAssignment(IssueCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.issue_a.sudo().write(
            {"date_accepted": "2025-09-01", "stage_id": cls.stage_accepted.id}
        )

    def _assignment(self, **vals):
        return self.Assignment.with_user(self.user_office_a).create(
            {
                "issue_id": self.issue_a.id,
                "lead_department_id": self.dept_a.id,
                "cooperating_department_ids": [(6, 0, self.dept_a2.ids)],
                "instructions": "<p>Find land.</p>",
                **vals,
            }
        )

    def _sent(self, day="2025-09-30", **vals):
        assignment = self._assignment(date_assigned=day, **vals)
        office = assignment.with_user(self.user_office_a)
        assignment.with_user(self.user_director_a).action_approve()
        with freeze_time(day):
            office.action_send()
        return assignment

    def test_numbered_per_year_on_approval(self):
        """Approval numbers the notice 交办〔year〕n号, restarting each year."""
        first = self._assignment(date_assigned="2031-03-02")
        second = self._assignment(date_assigned="2031-11-20")
        other_year = self._assignment(date_assigned="2032-01-05")
        self.assertFalse(first.name)
        for assignment in first | second | other_year:
            assignment.with_user(self.user_director_a).action_approve()
        self.assertEqual(first.name, "交办〔2031〕1号")
        self.assertEqual(second.name, "交办〔2031〕2号")
        self.assertEqual(other_year.name, "交办〔2032〕1号")
        self.assertEqual(first.state, "approved")
        self.assertEqual(first.approved_by, self.user_director_a)

    def test_default_deadline_is_seven_working_days(self):
        """Without a deadline the lead gets 7 working days."""
        assignment = self._assignment(date_assigned="2025-09-30")
        self.assertEqual(assignment.deadline, date(2025, 10, 16))

    def test_deadline_before_assignment_date_refused(self):
        """A deadline before the assignment date is refused."""
        with self.assertRaisesText(ValidationError, "cannot be before"):
            self._assignment(date_assigned="2025-10-10", deadline="2025-10-09")
        assignment = self._assignment(date_assigned="2025-10-10")
        with self.assertRaisesText(ValidationError, "cannot be before"):
            assignment.deadline = "2025-10-01"
        self.assertEqual(assignment.deadline, date(2025, 10, 20))

    def test_lead_and_cooperating_differ(self):
        """The lead department cannot also cooperate."""
        with self.assertRaisesText(ValidationError, "both the lead"):
            self._assignment(cooperating_department_ids=[(6, 0, self.dept_a.ids)])

    def test_only_office_approves_and_accepted_issue(self):
        """Departments cannot approve; unaccepted issues cannot be assigned."""
        assignment = self._assignment()
        with self.assertRaises(AccessError):
            assignment.with_user(self.user_department_a).action_approve()
        unaccepted = self._assignment(issue_id=self.issue_a2.id)
        with self.assertRaisesText(UserError, "must be accepted"):
            unaccepted.with_user(self.user_director_a).action_approve()
        self.assertEqual(unaccepted.state, "draft")

    def test_due_dates_over_national_day(self):
        """Sign-for, cooperating and lead due dates skip National Day 2025."""
        assignment = self._sent("2025-09-30", deadline="2025-10-31")
        self.assertEqual(assignment.sent_on, date(2025, 9, 30))
        self.assertEqual(assignment.sign_due_date, date(2025, 10, 10))
        self.assertEqual(assignment.cooperating_report_due, date(2025, 10, 11))
        self.assertEqual(assignment.lead_reply_due, date(2025, 10, 16))
        self.assertEqual(self.issue_a.stage_id, self.stage_assigned)

    def test_sign_within_two_working_days(self):
        """Signing moves the issue on; late signing is flagged."""
        assignment = self._sent("2025-09-30", deadline="2025-10-31")
        with freeze_time("2025-10-10"):
            assignment.with_user(self.user_department_a).action_sign()
        self.assertEqual(assignment.state, "signed")
        self.assertFalse(assignment.is_signed_late)
        self.assertEqual(assignment.signed_by, self.user_department_a)
        self.assertEqual(self.issue_a.stage_id, self.stage_in_progress)
        late = self._sent("2025-09-30", deadline="2025-10-31")
        with freeze_time("2025-10-13"):
            late.with_user(self.user_department_a).action_sign()
        self.assertTrue(late.is_signed_late)

    def test_return_within_two_working_days(self):
        """Sending back needs a reason and is refused after 2 working days."""
        assignment = self._sent("2025-09-30", deadline="2025-10-31")
        department = assignment.with_user(self.user_department_a)
        with (
            freeze_time("2025-10-13"),
            self.assertRaisesText(UserError, "could be sent back until"),
        ):
            department.action_return(reason="Not our duty.")
        self.assertEqual(assignment.state, "sent")
        with freeze_time("2025-10-10"):
            with self.assertRaisesText(UserError, "reason for sending back"):
                department.action_return()
            department.action_return(reason="Not our duty.")
        self.assertEqual(assignment.state, "returned")
        self.assertEqual(assignment.returned_on, date(2025, 10, 10))
        assignment.with_user(self.user_office_a).action_reset_draft()
        self.assertEqual(assignment.state, "draft")

    def test_only_lead_department_signs(self):
        """A cooperating department sees the notice but cannot sign it."""
        assignment = self._sent()
        with self.assertRaisesText(AccessError, "Only the lead department"):
            assignment.with_user(self.user_department_a2).action_sign()
        with self.assertRaises(AccessError):
            assignment.with_user(self.user_office_a).action_sign()
        self.assertEqual(assignment.state, "sent")

    def test_extension_asked_too_late_refused(self):
        """An extension asked less than 1 working day before is refused."""
        today = fields.Date.today()
        assignment = self._sent(day=str(today), deadline=str(today))
        with self.assertRaisesText(UserError, "at least 1 working day"):
            assignment.with_user(self.user_department_a).action_request_extension(
                new_deadline=today + timedelta(days=30), reason="More time."
            )
        self.assertFalse(assignment.extension_state)
        self.assertEqual(assignment.deadline, today)

    def test_extension_approved_by_office(self):
        """A timely extension request moves the deadline once approved."""
        assignment = self._sent("2025-09-30", deadline="2025-10-31")
        department = assignment.with_user(self.user_department_a)
        with freeze_time("2025-10-29"):
            with self.assertRaisesText(UserError, "after the current deadline"):
                department.action_request_extension(
                    new_deadline="2025-10-20", reason="More time."
                )
            department.action_request_extension(
                new_deadline="2025-11-14", reason="Survey needed."
            )
        self.assertEqual(assignment.extension_state, "requested")
        with self.assertRaises(AccessError):
            department.action_approve_extension()
        assignment.with_user(self.user_office_a).action_approve_extension()
        self.assertEqual(assignment.deadline, date(2025, 11, 14))
        self.assertEqual(assignment.extension_count, 1)

    def test_reply_and_close(self):
        """The lead replies with a text; the office closes the notice."""
        assignment = self._sent()
        department = assignment.with_user(self.user_department_a)
        department.action_sign()
        with self.assertRaisesText(UserError, "Write the answer"):
            department.action_reply()
        department.reply = "<p>Quota allocated.</p>"
        department.action_reply()
        self.assertEqual(assignment.state, "replied")
        assignment.with_user(self.user_office_a).action_close()
        self.assertEqual(assignment.state, "closed")

    def test_department_cannot_change_deadline(self):
        """Departments may only answer, send back or ask for an extension."""
        assignment = self._sent()
        with self.assertRaisesText(AccessError, "Departments can only"):
            assignment.with_user(self.user_department_a).deadline = "2026-12-31"
        with self.assertRaisesText(UserError, "Use the buttons"):
            assignment.with_user(self.user_office_a).state = "closed"

    def test_department_sees_only_its_assignments(self):
        """A department sees sent notices addressed to it, nothing else."""
        draft = self._assignment()
        to_a = self._sent()
        to_a2 = self._sent(
            lead_department_id=self.dept_a2.id, cooperating_department_ids=False
        )
        not_to_a2 = self._sent(cooperating_department_ids=False)
        all_ids = (draft | to_a | to_a2 | not_to_a2).ids
        visible_a = self.Assignment.with_user(self.user_department_a).search(
            [("id", "in", all_ids)]
        )
        self.assertEqual(visible_a, to_a | not_to_a2)
        visible_a2 = self.Assignment.with_user(self.user_department_a2).search(
            [("id", "in", all_ids)]
        )
        self.assertEqual(visible_a2, to_a | to_a2)
        self.assertFalse(
            self.Assignment.with_user(self.user_office_b).search(
                [("id", "in", all_ids)]
            )
        )

    def test_only_the_director_approves(self):
        """An office user who is not the director cannot approve (003 五(五))."""
        assignment = self._assignment(date_assigned="2031-03-02")
        with self.assertRaises(AccessError):
            assignment.with_user(self.user_office_a).action_approve()
        self.assertEqual((assignment.state, assignment.name), ("draft", False))
        assignment.with_user(self.user_director_a).action_approve()
        self.assertEqual(assignment.state, "approved")
