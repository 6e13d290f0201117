# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import AccessError
from odoo.tests import tagged

from .test_issue_common import IssueCommon


@tagged("post_install", "-at_install")
class TestIssueAccess(IssueCommon):
    def _visible(self, user):
        return self.Issue.with_user(user).search(
            [("id", "in", (self.issue_a | self.issue_a2 | self.issue_b).ids)]
        )

    def test_office_sees_its_county_only(self):
        """County A's office sees nothing of county B."""
        self.assertCountyJurisdiction(
            self._visible, self.issue_a | self.issue_a2, self.issue_b
        )

    def test_leadership_sees_city(self):
        """The city leadership sees both counties."""
        self.assertEqual(
            self._visible(self.user_leader),
            self.issue_a | self.issue_a2 | self.issue_b,
        )

    def test_officer_sees_own_and_project_issues(self):
        """An officer sees the issues it owns or of the projects it serves."""
        self.assertEqual(self._visible(self.user_officer_a), self.issue_a)
        # Officer A2 assists project A2.
        self.assertEqual(self._visible(self.user_officer_a2), self.issue_a2)

    def test_enterprise_sees_own_issues_read_only(self):
        """A portal user reads its company's issues only, without writing."""
        self.assertEqual(
            self._visible(self.user_portal_a), self.issue_a | self.issue_a2
        )
        self.assertEqual(self._visible(self.user_portal_b), self.issue_b)
        with self.assertRaises(AccessError):
            self.issue_b.with_user(self.user_portal_a).read(["name"])
        with self.assertRaises(AccessError):
            self.issue_a.with_user(self.user_portal_a).name = "Changed"

    def test_department_sees_assigned_issues_only(self):
        """A department sees an issue once an assignment is sent to it."""
        self.assertFalse(self._visible(self.user_department_a))
        self._accept(self.issue_a, "2025-09-01")
        assignment = self.Assignment.create(
            {
                "issue_id": self.issue_a.id,
                "lead_department_id": self.dept_a2.id,
                "cooperating_department_ids": [(6, 0, self.dept_a.ids)],
            }
        )
        assignment.with_user(self.user_director_a).action_approve()
        self.assertFalse(self._visible(self.user_department_a))
        assignment.with_user(self.user_office_a).action_send()
        self.assertEqual(self._visible(self.user_department_a), self.issue_a)
        self.assertEqual(self._visible(self.user_department_a2), self.issue_a)
        self.assertEqual(self.issue_a.stage_id, self.stage_assigned)
        with self.assertRaises(AccessError):
            self.issue_a.with_user(self.user_department_a).name = "Changed"

    def test_internal_user_without_group_sees_nothing(self):
        """A plain internal user has no access to issues."""
        with self.assertRaises(AccessError):
            self._visible(self.user_internal)
