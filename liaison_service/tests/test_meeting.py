# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .test_issue_common import IssueCommon


@tagged("post_install", "-at_install")
class TestMeeting(IssueCommon):
    """Meetings: agenda, minutes signed by the convener, decisions to assignments."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Meeting = cls.env["liaison.meeting"]
        cls.issue_a.with_user(cls.user_office_a).action_accept()
        cls.meeting = cls.Meeting.with_user(cls.user_office_a).create(
            {
                "name": "Weekly meeting",
                "meeting_type": "weekly",
                "region_id": cls.county_a.id,
                "convener_id": cls.user_leader.id,
                "department_ids": [Command.set(cls.dept_a.ids)],
                "officer_ids": [Command.set(cls.officer_a.ids)],
                "issue_ids": [Command.set(cls.issue_a.ids)],
                "decision_ids": [
                    Command.create(
                        {
                            "name": "Land bureau to answer",
                            "issue_id": cls.issue_a.id,
                            "lead_department_id": cls.dept_a.id,
                            "cooperating_department_ids": [
                                Command.set(cls.dept_a2.ids)
                            ],
                            "deadline": "2099-12-31",
                        }
                    ),
                    Command.create(
                        {
                            "name": "Housing bureau to check",
                            "issue_id": cls.issue_a.id,
                            "lead_department_id": cls.dept_a2.id,
                        }
                    ),
                ],
            }
        )

    def test_sign_and_create_assignments(self):
        """Only the convener signs; decisions become assignments in one step."""
        meeting = self.meeting.with_user(self.user_office_a)
        with self.assertRaises(UserError):
            meeting.action_create_assignments()
        meeting.action_hold()
        with self.assertRaises(AccessError):
            meeting.action_sign()
        self.assertEqual(meeting.state, "held")
        meeting.with_user(self.user_leader).action_sign()
        self.assertEqual(meeting.state, "signed")
        self.assertEqual(meeting.signed_by, self.user_leader)
        with self.assertRaises(UserError):
            meeting.minutes = "<p>Changed afterwards</p>"
        meeting.action_create_assignments()
        decisions = meeting.decision_ids
        assignments = decisions.assignment_id
        self.assertEqual(len(assignments), 2)
        first = decisions[0].assignment_id
        self.assertEqual(first.lead_department_id, self.dept_a)
        self.assertEqual(first.cooperating_department_ids, self.dept_a2)
        self.assertEqual(str(first.deadline), "2099-12-31")
        self.assertEqual(assignments.issue_id, self.issue_a)
        self.assertEqual(set(assignments.mapped("state")), {"draft"})
        self.assertEqual(meeting.assignment_count, 2)
        # A second click creates nothing more.
        meeting.action_create_assignments()
        self.assertEqual(
            self.Assignment.search_count([("id", "in", assignments.ids)]), 2
        )
        self.assertEqual(meeting.decision_ids.assignment_id, assignments)

    def test_state_only_by_buttons(self):
        """The state and signature cannot be written directly."""
        with self.assertRaises(UserError):
            self.meeting.with_user(self.user_office_a).state = "signed"

    def test_access(self):
        """Departments and officers read their meetings; county B sees nothing."""
        other = self.Meeting.with_user(self.user_office_a).create(
            {
                "name": "Consultation",
                "meeting_type": "consultation",
                "region_id": self.county_a.id,
                "department_ids": [Command.set(self.dept_a2.ids)],
            }
        )
        both = self.meeting | other
        self.assertEqual(
            self.Meeting.with_user(self.user_department_a).search(
                [("id", "in", both.ids)]
            ),
            self.meeting,
        )
        self.assertEqual(
            self.Meeting.with_user(self.user_department_a2).search(
                [("id", "in", both.ids)]
            ),
            other,
        )
        self.assertEqual(
            self.Meeting.with_user(self.user_officer_a).search(
                [("id", "in", both.ids)]
            ),
            self.meeting,
        )
        self.assertFalse(
            self.Meeting.with_user(self.user_office_b).search([("id", "in", both.ids)])
        )
        self.assertEqual(
            self.Meeting.with_user(self.user_leader).search([("id", "in", both.ids)]),
            both,
        )
        with self.assertRaises(AccessError):
            self.meeting.with_user(self.user_department_a).write({"name": "Mine"})
        with self.assertRaises(AccessError):
            self.meeting.with_user(self.user_office_b).read(["name"])
        with self.assertRaises(AccessError):
            self.Meeting.with_user(self.user_office_b).create(
                {"name": "Intrusion", "region_id": self.county_a.id}
            )

    def test_add_to_meeting(self):
        """The issue list action opens a meeting with the issues on its agenda."""
        issues = self.issue_a | self.issue_a2
        action = issues.with_user(self.user_office_a).action_add_to_meeting()
        meeting = self.Meeting.browse(action["res_id"])
        self.assertEqual(meeting.issue_ids, issues)
        self.assertEqual(meeting.project_ids, self.project_a | self.project_a2)
        self.assertEqual(meeting.partner_ids, self.enterprise_a)
        self.assertEqual(meeting.state, "draft")
        self.assertIn(meeting, self.issue_a.meeting_ids)
