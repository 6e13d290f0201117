# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import tagged

from .test_policy_common import PolicyCommon

POLICY_LIST_SPEC = {
    "sequence": {},
    "name": {},
    "kind": {},
    "department_id": {"fields": {"display_name": {}}},
    "issuing_body": {},
    "fund_id": {"fields": {"display_name": {}}},
    "amount_fixed": {},
    "amount_per_job": {},
    "amount_max": {},
    "one_time": {},
    "currency_id": {"fields": {}},
}
APPLICATION_LIST_SPEC = {
    "name": {},
    "enterprise_id": {"fields": {"display_name": {}}},
    "policy_id": {"fields": {"display_name": {}}},
    "region_id": {"fields": {"display_name": {}}},
    "date_submitted": {},
    "amount_approved": {},
    "amount_paid": {},
    "state": {},
    "currency_id": {"fields": {}},
}


@tagged("post_install", "-at_install")
class TestPolicyQueries(PolicyCommon):
    """Policy and application lists cost the same queries for 10 or 300 rows."""

    def _policies(self, count, prefix):
        funds = self.env["liaison.policy.fund"].create(
            [{"name": f"{prefix} fund {i}", "budget": 1000} for i in range(count)]
        )
        return self.env["liaison.policy"].create(
            [
                {
                    "name": f"{prefix} policy {i}",
                    "department_id": self.dept_hr.id,
                    "fund_id": funds[i].id,
                }
                for i in range(count)
            ]
        )

    def test_policy_list_queries_do_not_grow(self):
        """The policy list reads 10 or 300 policies in as many queries."""
        small = self._policies(10, "S")
        big = self._policies(300, "B")
        self.assertEqual((len(small), len(big)), (10, 300))
        self.assertListQueriesConstant(
            self.user_department_hr, "liaison.policy", POLICY_LIST_SPEC, small, big
        )

    def test_application_list_queries_do_not_grow(self):
        """The office's application list reads 10 or 300 rows in as many queries."""
        enterprises = [self._enterprise(months=2, employees=1) for _i in range(30)]
        Application = self.env["liaison.policy.application"]
        apps = Application.create(
            [
                {
                    "enterprise_id": enterprises[i % 30].id,
                    "policy_id": self.policy_job.id,
                    "jobs_claimed": 1,
                }
                for i in range(310)
            ]
        )
        small, big = apps[:10], apps[10:]
        self.assertEqual(len(big), 300)
        self.assertListQueriesConstant(
            self.user_office_a, Application._name, APPLICATION_LIST_SPEC, small, big
        )

    def test_matching_policies_of_many_enterprises(self):
        """Matching policies of 10 or 300 enterprises costs as many queries."""
        Enterprise = self.env["liaison.returnee.enterprise"]
        small = Enterprise.browse(
            [self._enterprise(months=13, employees=1).id for _i in range(10)]
        )
        big = Enterprise.browse(
            [self._enterprise(months=13, employees=i % 2).id for i in range(300)]
        )
        counts = []
        for records in (small, small, big):
            records = records.with_user(self.user_office_a)
            records.env.invalidate_all()
            counts.append(self.count_queries(records.read, ["matching_policy_ids"])[0])
        self.assertEqual(counts[1], counts[2])
