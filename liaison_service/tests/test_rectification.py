# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .test_issue_common import IssueCommon


@tagged("post_install", "-at_install")
class TestRectification(IssueCommon):
    """Rectification of unsatisfied ratings, materials, rejected replies."""

    def _rate(self, issue, rate, day="2025-09-30", feedback="Too slow."):
        """Close ``issue`` out and rate it through its token on ``day``."""
        self._solve(issue)
        issue.with_user(self.user_portal_a).action_confirm()
        rating = issue.rating_ids.filtered(lambda r: not r.consumed)
        with freeze_time(day):
            issue.sudo().rating_apply(
                rate, token=rating.access_token, feedback=feedback
            )
        return issue.rectification_ids

    def test_unsatisfied_opens_rectification(self):
        """不满意 opens one rectification due 15 working days later."""
        rectification = self._rate(self.issue_a, 2)
        self.assertEqual(len(rectification), 1)
        # 2025-09-30 + 15 working days over National Day (10-01..10-08 off,
        # Saturday 10-11 a make-up working day) = 2025-10-28.
        self.assertEqual(rectification.deadline, date(2025, 10, 28))
        self.assertEqual(rectification.rating_date, date(2025, 9, 30))
        self.assertEqual(rectification.reason, "Too slow.")
        self.assertEqual(rectification.satisfaction_level, "2")
        self.assertEqual(rectification.owner_id, self.user_officer_a)
        self.assertEqual(rectification.partner_id, self.enterprise_a)
        self.assertEqual(rectification.region_id, self.township_a)
        self.assertEqual(rectification.state, "open")
        self.assertEqual(self.issue_a.rectification_count, 1)
        self.assertEqual(rectification.activity_ids.user_id, self.user_officer_a)

    def test_very_unsatisfied_opens_rectification(self):
        """非常不满意 opens one too; with no officer the office owns it."""
        rectification = self._rate(self.issue_a2, 1)
        self.assertEqual(len(rectification), 1)
        self.assertFalse(rectification.owner_id)

    def test_satisfied_opens_none(self):
        """基本满意 and better open no rectification."""
        # Counted before and after: the demo data may hold rectifications.
        before = self.env["liaison.rectification"].search_count([])
        self.assertFalse(self._rate(self.issue_a, 3))
        self.assertEqual(self.env["liaison.rectification"].search_count([]), before)

    def test_done_requires_measures_and_callback(self):
        """Done is refused without measures or a call-back, then accepted."""
        rectification = self._rate(self.issue_a, 2)
        officer = rectification.with_user(self.user_officer_a)
        with self.assertRaisesText(UserError, "measures"):
            officer.action_done()
        officer.measures = "Land quota re-examined with the bureau."
        with self.assertRaisesText(UserError, "call-back"):
            officer.action_done()
        officer.write(
            {
                "callback_date": "2025-10-20",
                "callback_result": "The enterprise accepts the new plan.",
                "callback_satisfied": True,
            }
        )
        officer.action_done()
        self.assertEqual(rectification.state, "done")
        self.assertFalse(rectification.activity_ids)
        with self.assertRaisesText(UserError, "no longer change"):
            officer.measures = "Something else."
        with self.assertRaisesText(UserError, "already done"):
            officer.action_done()

    def test_overdue(self):
        """Open past its deadline, a rectification is overdue (searchable)."""
        rectification = self._rate(self.issue_a, 2)
        Rectification = self.env["liaison.rectification"]
        with freeze_time("2025-10-28"):
            rectification.invalidate_recordset(["is_overdue"])
            self.assertFalse(rectification.is_overdue)
            self.assertFalse(Rectification.search([("is_overdue", "=", True)]))
        with freeze_time("2025-10-29"):
            rectification.invalidate_recordset(["is_overdue"])
            self.assertTrue(rectification.is_overdue)
            self.assertEqual(
                Rectification.search([("is_overdue", "=", True)]), rectification
            )

    def test_access(self):
        """County B and another enterprise see nothing; departments nothing."""
        rectification = self._rate(self.issue_a, 2)
        Rectification = self.env["liaison.rectification"]
        self.assertEqual(
            Rectification.with_user(self.user_office_a).search([]), rectification
        )
        self.assertEqual(
            Rectification.with_user(self.user_officer_a).search([]), rectification
        )
        self.assertEqual(
            Rectification.with_user(self.user_portal_a).search([]), rectification
        )
        self.assertFalse(Rectification.with_user(self.user_office_b).search([]))
        self.assertFalse(Rectification.with_user(self.user_officer_a2).search([]))
        self.assertFalse(Rectification.with_user(self.user_portal_b).search([]))
        with self.assertRaises(AccessError):
            rectification.with_user(self.user_office_b).read(["measures"])
        with self.assertRaises(AccessError):
            rectification.with_user(self.user_portal_a).measures = "Portal edit."
        with self.assertRaises(AccessError):
            Rectification.with_user(self.user_department_a).search([])

    def test_materials_restart_the_clock(self):
        """补正: on receipt the resolution deadline restarts from that day."""
        issue = self._accept(self.issue_a, "2025-09-01")
        self.assertEqual(issue.resolution_deadline, date(2025, 9, 4))
        officer = issue.with_user(self.user_officer_a)
        with self.assertRaisesText(UserError, "List the materials"):
            officer.action_request_materials()
        with freeze_time("2025-09-03"):
            officer.action_request_materials(note="Land survey map.")
        self.assertTrue(issue.awaiting_materials)
        self.assertEqual(issue.materials_requested_on, date(2025, 9, 3))
        with self.assertRaisesText(UserError, "already awaiting"):
            officer.action_request_materials(note="Again.")
        # While waiting, the issue is not supervised.
        self.assertFalse(self.Issue._run_supervision_ladder(date(2025, 9, 20)))
        with freeze_time("2025-09-30"):
            officer.action_materials_received()
        self.assertFalse(issue.awaiting_materials)
        self.assertEqual(issue.materials_received_on, date(2025, 9, 30))
        # 3 working days from 2025-09-30 over National Day: 10-09, 10-10, 10-11.
        self.assertEqual(issue.resolution_deadline, date(2025, 10, 11))
        with self.assertRaisesText(UserError, "not awaiting"):
            officer.action_materials_received()

    def test_rejected_reply_is_yellow(self):
        """An answer sent back as insufficient takes a yellow step."""
        issue = self._accept(self.issue_a, "2025-09-01")
        assignment = self.Assignment.sudo().create(
            {
                "issue_id": issue.id,
                "lead_department_id": self.dept_a.id,
                "date_assigned": "2025-09-01",
                "deadline": "2025-09-30",
                "state": "replied",
                "sent_on": "2025-09-01",
                "signed_on": "2025-09-02",
                "reply": "<p>We will look into it.</p>",
            }
        )
        office = assignment.with_user(self.user_office_a)
        with self.assertRaisesText(UserError, "insufficient"):
            office.action_reject_reply()
        with freeze_time("2025-09-10"):
            office.action_reject_reply(reason="No date, no measures.")
        self.assertEqual(assignment.state, "signed")
        self.assertTrue(assignment.reply_rejected)
        self.assertEqual(assignment.reply_rejected_on, date(2025, 9, 10))
        self.Assignment._cron_supervision_ladder(today="2025-09-11")
        steps = self.env["liaison.supervision.step"].search(
            [("assignment_id", "=", assignment.id)]
        )
        self.assertEqual(
            [(s.step, s.date) for s in steps],
            [("supervision_yellow", date(2025, 9, 10))],
        )
        self.assertEqual(assignment.supervision_colour, "yellow")
        # The department answers again.
        department = assignment.with_user(self.user_department_a)
        department.reply = "<p>Quota allocated on 2025-09-15.</p>"
        department.action_reply()
        self.assertEqual(assignment.state, "replied")
        self.assertFalse(assignment.supervision_colour)
