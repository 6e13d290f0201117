# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from psycopg2 import IntegrityError

from odoo.tests import tagged
from odoo.tools import mute_logger

from .test_issue_common import SupervisionCommon


@tagged("post_install", "-at_install")
class TestSupervision(SupervisionCommon):
    """The supervision ladder (催办 → 督办 → 通报批评 → leadership)."""

    def _assignment(self, deadline, sent_on, signed_on=None):
        """A sent (or signed) assignment of issue A with the given dates."""
        assignment = self.Assignment.sudo().create(
            {
                "issue_id": self.issue_a.id,
                "lead_department_id": self.dept_a.id,
                "date_assigned": sent_on,
                "deadline": deadline,
                "state": "signed" if signed_on else "sent",
                "sent_on": sent_on,
                "signed_on": signed_on,
            }
        )
        return assignment

    def _steps(self, record):
        field = "assignment_id" if record._name == "liaison.assignment" else "issue_id"
        steps = self.Step.search([(field, "=", record.id)], order="date, id")
        return [(s.step, s.date) for s in steps]

    def test_weekend(self):
        """A Friday deadline: reminder on Monday, nothing over the weekend."""
        assignment = self._assignment("2025-09-05", "2025-08-27", "2025-08-28")
        self._run("2025-09-06")
        self._run("2025-09-07")
        self.assertEqual(self._steps(assignment), [])
        self._run("2025-09-08")
        self.assertEqual(self._steps(assignment), [("reminder", date(2025, 9, 8))])
        self.assertEqual(assignment.supervision_colour, "red")
        self._run("2025-09-22")
        self.assertEqual(
            self._steps(assignment),
            [
                ("reminder", date(2025, 9, 8)),
                ("supervision_red", date(2025, 9, 10)),
                ("bulletin", date(2025, 9, 15)),
                ("escalation", date(2025, 9, 22)),
            ],
        )

    def test_national_day(self):
        """A deadline before National Day 2025: the ladder skips Oct 1-8."""
        assignment = self._assignment("2025-09-30", "2025-09-19", "2025-09-22")
        self._run("2025-10-01")
        self._run("2025-10-08")
        self.assertEqual(self._steps(assignment), [])
        self._run("2025-10-09")
        self.assertEqual(self._steps(assignment), [("reminder", date(2025, 10, 9))])
        self._run("2025-10-22")
        self.assertEqual(
            self._steps(assignment),
            [
                ("reminder", date(2025, 10, 9)),
                # Saturday 11 October 2025 is a make-up working day.
                ("supervision_red", date(2025, 10, 11)),
                ("bulletin", date(2025, 10, 15)),
                ("escalation", date(2025, 10, 22)),
            ],
        )

    def test_make_up_day_and_pause(self):
        """Sunday 28 Sep 2025 is worked; a 10-day pause catches up in order."""
        assignment = self._assignment("2025-09-26", "2025-09-15", "2025-09-16")
        self._run("2025-09-27")
        self.assertEqual(self._steps(assignment), [])
        self._run("2025-09-28")
        self.assertEqual(self._steps(assignment), [("reminder", date(2025, 9, 28))])
        # The job does not run for 10 days, then runs twice.
        self._run("2025-10-11")
        self._run("2025-10-11")
        expected = [
            ("reminder", date(2025, 9, 28)),
            ("supervision_red", date(2025, 9, 30)),
            ("bulletin", date(2025, 10, 11)),
        ]
        self.assertEqual(self._steps(assignment), expected)
        self._run("2025-10-20")
        self._run("2025-10-21")
        self.assertEqual(
            self._steps(assignment), [*expected, ("escalation", date(2025, 10, 17))]
        )

    def test_run_twice_no_duplicates(self):
        """Two runs on the same day (or after the last step) add nothing."""
        assignment = self._assignment("2025-09-26", "2025-09-15", "2025-09-16")
        first = self._run("2025-11-03")
        self.assertEqual(
            len(first.filtered(lambda s: s.assignment_id == assignment)), 4
        )
        self.assertFalse(self._run("2025-11-03"))
        self.assertFalse(self._run("2025-11-10").filtered("assignment_id"))
        self.assertEqual(len(self._steps(assignment)), 4)
        with (
            mute_logger("odoo.sql_db"),
            self.assertRaises(IntegrityError),
            self.env.cr.savepoint(),
        ):
            self.Step.create(
                {
                    "assignment_id": assignment.id,
                    "step": "reminder",
                    "date": "2025-11-03",
                }
            )

    def test_chatter_and_leadership(self):
        """Each step is logged on the assignment; leaders hear of escalations."""
        assignment = self._assignment("2025-09-05", "2025-08-27", "2025-08-28")
        self._run("2025-09-22")
        notes = assignment.message_ids.filtered(
            lambda m: "deadline 2025-09-05" in (m.body or "")
        )
        self.assertEqual(len(notes), 4)
        # One inbox notification per leader of the region naming the record.
        Message = self.env["mail.message"]
        notified = Message.search(
            [
                ("message_type", "=", "user_notification"),
                ("partner_ids", "in", self.user_leader.partner_id.ids),
            ]
        )
        self.assertEqual(len(notified), 1)
        self.assertIn(assignment.display_name, notified.body)
        self.assertFalse(
            Message.search(
                [
                    ("message_type", "=", "user_notification"),
                    ("partner_ids", "in", self.user_office_b.partner_id.ids),
                ]
            )
        )

    def test_blue_and_yellow(self):
        """Blue one working day before the deadline; yellow when not signed for."""
        blue = self._assignment("2025-09-30", "2025-09-19", "2025-09-22")
        yellow = self._assignment("2025-09-30", "2025-09-01")
        self._run("2025-09-26")
        self.assertEqual(self._steps(blue), [])
        self._run("2025-09-29")
        self.assertEqual(self._steps(blue), [("supervision_blue", date(2025, 9, 29))])
        self.assertEqual(blue.supervision_colour, "blue")
        # Sent on Sep 1, to sign for by Sep 3: behind from Sep 4.
        self.assertEqual(
            self._steps(yellow),
            [
                ("supervision_yellow", date(2025, 9, 4)),
                ("supervision_blue", date(2025, 9, 29)),
            ],
        )
        self.assertEqual(yellow.supervision_colour, "yellow")
        blue.sudo().write({"state": "replied", "replied_on": "2025-09-29"})
        self.assertFalse(blue.supervision_colour)
        self._run("2025-10-20")
        self.assertEqual(len(self._steps(blue)), 1)

    def test_issue_without_assignment(self):
        """An issue past its resolution deadline without open assignment climbs too."""
        issue = self.issue_a2
        self._accept(issue, "2025-09-01")
        self.assertEqual(issue.resolution_deadline, date(2025, 9, 4))
        self._run("2025-09-05")
        self.assertEqual(self._steps(issue), [("reminder", date(2025, 9, 5))])
        self._run("2025-09-05")
        self.assertEqual(len(self._steps(issue)), 1)
        self._solve(issue, "2025-09-08")
        self._run("2025-10-05")
        self.assertEqual(len(self._steps(issue)), 1)
        self.assertFalse(issue.supervision_colour)

    def test_department_reads_own_steps(self):
        """A department reads the steps of its own assignments only."""
        assignment = self._assignment("2025-09-05", "2025-08-27", "2025-08-28")
        self._run("2025-09-08")
        Step = self.Step.with_user(self.user_department_a)
        self.assertEqual(Step.search([]).assignment_id, assignment)
        self.assertFalse(self.Step.with_user(self.user_department_a2).search([]))
        self.assertFalse(self.Step.with_user(self.user_office_b).search([]))
