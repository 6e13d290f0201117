# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from freezegun import freeze_time

from odoo import fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .test_issue_common import IssueCommon


@tagged("post_install", "-at_install")
class TestIssueWorkflow(IssueCommon):
    def test_new_issue_starts_in_first_stage(self):
        """A new issue is in the New stage, without deadlines."""
        self.assertEqual(self.issue_a.stage_id, self.stage_new)
        self.assertFalse(self.issue_a.resolution_deadline)
        self.assertEqual(self.issue_a.escalation_level, "officer")

    def test_accept_starts_clocks(self):
        """Accepting sets the date and both deadlines in working days."""
        with freeze_time("2025-09-26"):
            self.issue_a.with_user(self.user_office_a).action_accept()
        self.assertEqual(self.issue_a.stage_id, self.stage_accepted)
        self.assertEqual(self.issue_a.date_accepted, date(2025, 9, 26))
        # Sunday 28 September 2025 is a make-up working day.
        self.assertEqual(self.issue_a.response_deadline, date(2025, 9, 28))
        self.assertEqual(self.issue_a.resolution_deadline, date(2025, 9, 30))

    def test_deadline_over_weekend(self):
        """Three working days from a Friday end on the Wednesday."""
        self._accept(self.issue_a, "2025-03-07")
        self.assertEqual(self.issue_a.resolution_deadline, date(2025, 3, 12))

    def test_deadline_over_national_day(self):
        """National Day 2025 is skipped and Saturday 11 October counts."""
        self._accept(self.issue_a, "2025-09-30")
        self.assertEqual(self.issue_a.response_deadline, date(2025, 10, 9))
        self.assertEqual(self.issue_a.resolution_deadline, date(2025, 10, 11))

    def test_deadline_suggestion_and_urgent(self):
        """Suggestions get 13 working days, urgent issues the same day."""
        self.issue_a.type_id = self.type_suggestion
        self._accept(self.issue_a, "2025-09-26")
        self.assertEqual(self.issue_a.resolution_deadline, date(2025, 10, 21))
        self.issue_a2.type_id = self.type_urgent
        self._accept(self.issue_a2, "2025-09-30")
        self.assertEqual(self.issue_a2.resolution_deadline, date(2025, 9, 30))

    def test_type_days_are_configurable(self):
        """Changing a type's limits changes the deadlines of new acceptances."""
        self.type_consultation.resolution_days = 5
        self._accept(self.issue_a, "2025-03-07")
        self.assertEqual(self.issue_a.resolution_deadline, date(2025, 3, 14))
        with self.assertRaisesText(ValidationError, "cannot be negative"):
            self.type_consultation.resolution_days = -1

    def test_accept_requires_type_and_office(self):
        """No acceptance without a type, nor by an officer."""
        self.issue_a.type_id = False
        with self.assertRaisesText(UserError, "Set the type"):
            self.issue_a.with_user(self.user_office_a).action_accept()
        self.assertEqual(self.issue_a.stage_id, self.stage_new)
        self.issue_a.type_id = self.type_consultation
        with self.assertRaises(AccessError):
            self.issue_a.with_user(self.user_officer_a).action_accept()
        self.assertFalse(self.issue_a.date_accepted)

    def test_reject_needs_reason(self):
        """A rejection needs a reason and moves to the rejected stage."""
        office = self.issue_a.with_user(self.user_office_a)
        with self.assertRaisesText(UserError, "reason for rejecting"):
            office.action_reject()
        self.assertEqual(self.issue_a.stage_id, self.stage_new)
        office.action_reject(reason="Not within the office's remit.")
        self.assertEqual(self.issue_a.stage_id, self.stage_rejected)
        self.assertEqual(self.issue_a.reject_reason, "Not within the office's remit.")

    def test_solve_needs_resolution(self):
        """Marking solved needs an accepted issue and a resolution text."""
        officer = self.issue_a.with_user(self.user_officer_a)
        with self.assertRaisesText(UserError, "must be accepted"):
            officer.action_solve()
        self._accept(self.issue_a, "2025-09-01")
        with self.assertRaisesText(UserError, "Describe the solution"):
            officer.action_solve()
        officer.resolution = "<p>Land quota found.</p>"
        officer.action_solve()
        self.assertEqual(self.issue_a.stage_id, self.stage_solved)
        self.assertTrue(self.issue_a.date_solved)

    def test_close_out_refused_without_confirmation(self):
        """The office cannot close out an unconfirmed issue too early."""
        office = self.issue_a.with_user(self.user_office_a)
        with self.assertRaisesText(UserError, "once solved"):
            office.action_close(reason="No answer.")
        self._solve(self.issue_a)
        with self.assertRaisesText(UserError, "not been confirmed"):
            office.action_close()
        with self.assertRaisesText(UserError, "has waited 0 working days"):
            office.action_close(reason="The enterprise does not answer.")
        self.assertEqual(self.issue_a.stage_id, self.stage_solved)
        self.assertFalse(self.issue_a.date_closed)

    def test_office_close_out_with_reason(self):
        """After the configured wait the office closes out with a reason."""
        self.env["ir.config_parameter"].set_param(
            "liaison_service.issue_confirmation_wait_days", "3"
        )
        # Solved on 30 September 2025: by 9 October only 1 working day passed.
        self._solve(self.issue_a, solved_on="2025-09-30")
        office = self.issue_a.with_user(self.user_office_a)
        with freeze_time("2025-10-09"), self.assertRaisesText(UserError, "after 3"):
            office.action_close(reason="The enterprise does not answer.")
        with freeze_time("2025-10-11"):
            office.action_close(reason="The enterprise does not answer.")
        self.assertEqual(self.issue_a.stage_id, self.stage_closed)
        self.assertEqual(self.issue_a.confirmation_mode, "office")
        self.assertEqual(self.issue_a.confirmed_by, self.user_office_a)
        self.assertEqual(self.issue_a.date_closed, date(2025, 10, 11))

    def test_enterprise_confirms(self):
        """The enterprise's portal user confirms, which closes the issue out."""
        self._solve(self.issue_a)
        with self.assertRaises(AccessError):
            self.issue_a.with_user(self.user_portal_b).action_confirm()
        self.assertEqual(self.issue_a.stage_id, self.stage_solved)
        self.issue_a.with_user(self.user_portal_a).action_confirm()
        self.assertEqual(self.issue_a.stage_id, self.stage_closed)
        self.assertEqual(self.issue_a.confirmed_by, self.user_portal_a)
        self.assertEqual(self.issue_a.confirmation_mode, "enterprise")
        with self.assertRaisesText(UserError, "not awaiting a confirmation"):
            self.issue_a.with_user(self.user_portal_a).action_confirm()

    def test_stages_guarded_from_drag_and_drop(self):
        """Closing stages are reached only through the buttons."""
        officer = self.issue_a.with_user(self.user_officer_a)
        with self.assertRaisesText(UserError, "only through the buttons"):
            officer.stage_id = self.stage_closed
        with self.assertRaisesText(UserError, "Use the buttons"):
            officer.write({"date_solved": fields.Date.today()})
        officer.stage_id = self.stage_in_progress
        self.assertEqual(self.issue_a.stage_id, self.stage_in_progress)

    def test_reopen_keeps_history(self):
        """Reopening a closed issue clears the close-out and keeps the trail."""
        issue = self.issue_a.with_context(tracking_disable=False, mail_notrack=False)
        self._solve(issue)
        issue.with_user(self.user_portal_a).action_confirm()
        self._flush_tracking()
        office = issue.with_user(self.user_office_a)
        with self.assertRaisesText(UserError, "reason for reopening"):
            office.action_reopen()
        office.action_reopen(reason="The quota was withdrawn.")
        self._flush_tracking()
        self.assertEqual(issue.stage_id, self.stage_in_progress)
        self.assertEqual(issue.reopen_count, 1)
        self.assertFalse(issue.confirmed_by or issue.date_closed or issue.date_solved)
        stage_trail = self.env["mail.tracking.value"].search(
            [
                ("mail_message_id.model", "=", "liaison.issue"),
                ("mail_message_id.res_id", "=", issue.id),
                ("field_id.name", "=", "stage_id"),
            ]
        )
        # The chatter records the move out of the close-out stage.
        self.assertIn(
            (self.stage_closed.id, self.stage_in_progress.id),
            [(t.old_value_integer, t.new_value_integer) for t in stage_trail],
        )

    def test_escalation_ladder(self):
        """Officer → office freely; meeting only for a recorded major issue."""
        self._accept(self.issue_a, "2025-09-01")
        officer = self.issue_a.with_user(self.user_officer_a)
        officer.action_escalate(reason="Cannot be solved by the officer.")
        self.assertEqual(self.issue_a.escalation_level, "office")
        self.assertEqual(self.issue_a.stage_id, self.stage_escalated)
        office = self.issue_a.with_user(self.user_office_a)
        with self.assertRaisesText(UserError, "major-issue criterion"):
            office.action_escalate(reason="Needs a meeting.")
        self.assertEqual(self.issue_a.escalation_level, "office")
        office.major_criterion = "cross_department"
        office.action_escalate(reason="Needs a meeting.")
        office.action_escalate(reason="Needs the leadership.")
        self.assertEqual(self.issue_a.escalation_level, "leadership")
        with self.assertRaisesText(UserError, "already with the leadership"):
            office.action_escalate(reason="Again.")

    def _flush_tracking(self):
        self.env.flush_all()
        self.env.cr.precommit.run()

    def test_project_must_match_enterprise(self):
        """An issue cannot point at another enterprise's project."""
        with self.assertRaisesText(ValidationError, "does not belong"):
            self.issue_a.project_id = self.project_b
