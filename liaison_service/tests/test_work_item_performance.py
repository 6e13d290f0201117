# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields
from odoo.tests import tagged

from .test_issue_common import IssueCommon

# The fields the home list of work items reads (liaison_work_item_view_list).
LIST_SPEC = {
    "kind": {},
    "name": {},
    "partner_id": {"fields": {"display_name": {}}},
    "department_id": {"fields": {"display_name": {}}},
    "user_id": {"fields": {"display_name": {}}},
    "step": {},
    "deadline": {},
    "is_overdue": {},
    "colour": {},
}


@tagged("post_install", "-at_install")
class TestWorkItemPerformance(IssueCommon):
    """The homes read their work items in a constant number of queries."""

    def _create_issues(self, count):
        today = fields.Date.today()
        return (
            self.Issue.sudo()
            .create(
                [
                    self._issue_vals(
                        name=f"Home load {i}",
                        officer_id=self.officer_a.id,
                        region_id=(self.county_a, self.township_a)[i % 2].id,
                        stage_id=self.stage_accepted.id,
                        date_accepted=today,
                    )
                    for i in range(count)
                ]
            )
            .sudo(False)
        )

    def _list_queries(self, user, issues):
        domain = [("res_model", "=", "liaison.issue"), ("res_id", "in", issues.ids)]
        queries, rows = self.warm_list_queries(
            user, "liaison.work.item", LIST_SPEC, domain, len(issues)
        )
        self.assertEqual(rows, len(issues))
        return queries

    def test_list_queries_do_not_grow(self):
        """Reading 500 work items costs as many queries as reading 10."""
        few = self._create_issues(10)
        many = self._create_issues(500)
        for user in (self.user_officer_a, self.user_office_a):
            self.assertEqual(
                self._list_queries(user, few), self._list_queries(user, many)
            )
