# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import tagged

from .test_issue_common import IssueCommon

# The fields the issue kanban reads (liaison_issue_view_kanban).
KANBAN_SPEC = {
    "name": {},
    "color": {},
    "priority": {},
    "is_overdue": {},
    "resolution_deadline": {},
    "partner_id": {"fields": {"display_name": {}}},
    "region_id": {"fields": {"display_name": {}}},
    "category_id": {"fields": {"display_name": {}}},
    "type_id": {"fields": {"display_name": {}}},
    "officer_id": {"fields": {"display_name": {}}},
    "stage_id": {"fields": {"display_name": {}}},
    "activity_ids": {},
    "activity_state": {},
    "activity_exception_decoration": {},
    "activity_exception_icon": {},
    "activity_summary": {},
    "activity_type_icon": {},
    "activity_type_id": {"fields": {"display_name": {}}},
}


@tagged("post_install", "-at_install")
class TestIssuePerformance(IssueCommon):
    def _create_issues(self, count):
        categories = self.env["liaison.issue.category"].create(
            [{"name": f"Category {i}"} for i in range(5)]
        )
        officers = self.officer_a | self.officer_a2 | self.officer_a3
        return self.Issue.create(
            [
                self._issue_vals(
                    name=f"Generated issue {i}",
                    category_id=categories[i % 5].id,
                    officer_id=officers[i % 3].id,
                    region_id=(self.county_a, self.township_a)[i % 2].id,
                )
                for i in range(count)
            ]
        )

    def _kanban_queries(self, issues):
        queries, rows = self.warm_list_queries(
            self.user_office_a,
            "liaison.issue",
            KANBAN_SPEC,
            [("id", "in", issues.ids)],
            len(issues),
        )
        self.assertEqual(rows, len(issues))
        return queries

    def test_kanban_queries_do_not_grow(self):
        """Reading the kanban costs as many queries for 500 issues as for 10."""
        issues = self._create_issues(500)
        self.env["mail.activity"].create(
            [
                {
                    "res_model_id": self.env["ir.model"]._get_id("liaison.issue"),
                    "res_id": issue.id,
                    "summary": "Call back",
                    "user_id": self.user_office_a.id,
                }
                for issue in issues[::7]
            ]
        )
        small = self._kanban_queries(issues[:10])
        large = self._kanban_queries(issues)
        self.assertEqual(small, large)
        self.assertLess(large, 20)
