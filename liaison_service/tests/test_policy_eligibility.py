# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import UserError
from odoo.tests import tagged

from .test_policy_common import PolicyCommon


@tagged("post_install", "-at_install")
class TestPolicyEligibility(PolicyCommon):
    """Each seeded rule, with an enterprise on each side of it."""

    def _matches(self, enterprise, policy):
        return policy in enterprise.matching_policy_ids

    def test_startup_months_in_operation(self):
        """11 months of operation do not qualify for the start-up subsidy, 12 do."""
        eleven = self._enterprise(months=11, employees=3)
        twelve = self._enterprise(months=12, employees=3)
        self.assertEqual(eleven.months_in_operation, 11)
        self.assertFalse(self._matches(eleven, self.policy_startup))
        self.assertTrue(self._matches(twelve, self.policy_startup))

    def test_startup_contracted_employees(self):
        """0 contracted employees do not qualify for the start-up subsidy, 1 does."""
        none = self._enterprise(months=13, employees=0)
        one = self._enterprise(months=13, employees=1)
        self.assertFalse(self._matches(none, self.policy_startup))
        self.assertTrue(self._matches(one, self.policy_startup))

    def test_startup_social_insurance_and_first_licence(self):
        """No social insurance, or not a first licence: no start-up subsidy."""
        uninsured = self._enterprise(months=13, employees=2, social_insurance=False)
        second = self._enterprise(months=13, employees=2, first_licence=False)
        self.assertFalse(self._matches(uninsured, self.policy_startup))
        self.assertFalse(self._matches(second, self.policy_startup))

    def test_job_subsidy_contracted_employees(self):
        """The job subsidy needs one employee under contract; 2,000 CNY a job."""
        none = self._enterprise(months=2, employees=0)
        one = self._enterprise(months=2, employees=1)
        self.assertFalse(self._matches(none, self.policy_job))
        self.assertTrue(self._matches(one, self.policy_job))
        application = self._application(one, self.policy_job, jobs_claimed=3)
        self.assertEqual(application.amount_entitled, 6000)

    def test_loans_by_kind_and_returnee(self):
        """Individual businesses get up to 100,000 CNY, small enterprises 3,000,000."""
        individual = self._enterprise(
            months=1, employees=0, enterprise_kind="individual"
        )
        small = self._enterprise(months=1, employees=0)
        outsider = self._enterprise(months=1, employees=0, is_returnee=False)
        self.assertTrue(self._matches(individual, self.policy_loan_individual))
        self.assertFalse(self._matches(individual, self.policy_loan_small))
        self.assertTrue(self._matches(small, self.policy_loan_small))
        self.assertFalse(self._matches(small, self.policy_loan_individual))
        self.assertFalse(outsider.matching_policy_ids)
        loan = self._application(
            individual, self.policy_loan_individual, amount_requested=150000
        )
        self.assertEqual(loan.amount_entitled, 100000)
        big = self._application(small, self.policy_loan_small, amount_requested=5e6)
        self.assertEqual(big.amount_entitled, 3000000)

    def test_park_subsidy_needs_a_park(self):
        """The park subsidy goes to enterprises hosted in a park only."""
        outside = self._enterprise(months=1, employees=0)
        inside = self._enterprise(months=1, employees=0, park_id=self.park.id)
        self.assertFalse(self._matches(outside, self.policy_park))
        self.assertTrue(self._matches(inside, self.policy_park))

    def test_second_startup_subsidy_refused(self):
        """An enterprise cannot receive the one-time start-up subsidy twice."""
        enterprise = self._enterprise(months=14, employees=2)
        first = self._application(enterprise, self.policy_startup)
        second = self._application(enterprise, self.policy_startup)
        first.action_submit()
        second.action_submit()
        first.action_approve()
        self.assertEqual(first.amount_approved, 12000)
        self.assertFalse(self._matches(enterprise, self.policy_startup))
        with self.assertRaises(UserError):
            second.action_approve()
        self.assertEqual(second.state, "submitted")
        third = self._application(enterprise, self.policy_startup)
        with self.assertRaises(UserError):
            third.action_submit()
        self.assertEqual(third.state, "draft")

    def test_submit_refused_when_not_eligible(self):
        """An application for a policy the enterprise does not meet is refused."""
        young = self._enterprise(months=3, employees=2)
        application = self._application(young, self.policy_startup)
        with self.assertRaises(UserError):
            application.action_submit()
        self.assertEqual(application.state, "draft")

    def test_matching_is_set_based(self):
        """Matching many enterprises costs one query per policy, not per enterprise."""
        few = self.env["liaison.returnee.enterprise"].browse(
            [self._enterprise(months=13, employees=i % 3).id for i in range(3)]
        )
        many = self.env["liaison.returnee.enterprise"].browse(
            [self._enterprise(months=13, employees=i % 3).id for i in range(30)]
        )
        Policy = self.env["liaison.policy"]
        self.env.invalidate_all()
        small, _result = self.count_queries(Policy._match_enterprises, few)
        self.env.invalidate_all()
        queries, result = self.count_queries(Policy._match_enterprises, many)
        self.assertEqual(queries, small)
        self.assertEqual(len(result[self.policy_job]), 20)

    def test_briefing_one_entry_per_matching_enterprise(self):
        """An officer's briefing records one entry per matching enterprise it serves."""
        matching = self._enterprise(months=13, employees=1)
        self._enterprise(months=13, employees=0)
        other_officer = self._enterprise(months=13, employees=1, officer_id=False)
        policy = self.policy_job.with_user(self.user_officer_a)
        policy.action_push_briefing()
        briefings = self.env["liaison.policy.briefing"].search(
            [("policy_id", "=", self.policy_job.id)]
        )
        self.assertIn(matching, briefings.enterprise_id)
        self.assertIn(self.enterprise_a, briefings.enterprise_id)
        self.assertNotIn(other_officer, briefings.enterprise_id)
        self.assertEqual(len(briefings), len(briefings.enterprise_id))
        self.assertEqual(briefings.user_id, self.user_officer_a)
