# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import psycopg2

from odoo import SUPERUSER_ID, api, fields
from odoo.exceptions import ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .test_policy_common import PolicyCommon


@tagged("post_install", "-at_install")
class TestPolicyFund(PolicyCommon):
    """Funds commit approvals, pay disbursements and are never overdrawn."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.fund = cls.env["liaison.policy.fund"].create(
            {"name": "Small Fund", "budget": 20000}
        )
        cls.policy_startup.fund_id = cls.fund
        cls.policy_job.fund_id = cls.fund

    def _submitted(self, policy, **vals):
        enterprise = self._enterprise(months=13, employees=4)
        application = self._application(enterprise, policy, **vals)
        application.action_submit()
        return application

    def test_seeded_budgets(self):
        """The seed's funds: 2,000,000 CNY special, 10,000,000 CNY guarantee."""
        self.assertEqual(self.fund_special.budget, 2000000)
        self.assertGreaterEqual(self.fund_guarantee.budget, 10000000)

    def test_overdraft_refused_with_nothing_changed(self):
        """Approving past the budget is refused and changes nothing."""
        first = self._submitted(self.policy_startup)
        first.with_user(self.user_department_hr).action_approve()
        self.fund.invalidate_recordset()
        self.assertEqual(self.fund.committed, 12000)
        second = self._submitted(self.policy_startup)
        with self.assertRaisesText(ValidationError, "overdrawn"):
            second.with_user(self.user_office_a).action_approve()
        self.env.invalidate_all()
        self.assertEqual(second.state, "submitted")
        self.assertFalse(second.amount_approved)
        self.assertFalse(second.date_decided)
        self.assertEqual(self.fund.committed, 12000)
        self.assertEqual(self.fund.available, 8000)
        # 4 jobs = 8,000 CNY still fit exactly.
        third = self._submitted(self.policy_job, jobs_claimed=4)
        third.action_approve()
        self.fund.invalidate_recordset()
        self.assertEqual(self.fund.available, 0)

    def test_totals_equal_sum_of_disbursements(self):
        """The fund's paid total is the sum of the disbursements."""
        self.fund.budget = 100000
        applications = (
            self._submitted(self.policy_startup)
            | self._submitted(self.policy_job, jobs_claimed=2)
            | self._submitted(self.policy_job, jobs_claimed=5)
        )
        applications.action_approve()
        applications[:2].with_user(self.user_office_a).action_pay()
        self.fund.invalidate_recordset()
        self.assertEqual(
            self.fund.paid,
            sum(applications.filtered("date_paid").mapped("amount_paid")),
        )
        self.assertEqual(self.fund.paid, 12000 + 4000)
        self.assertEqual(self.fund.committed, 12000 + 4000 + 10000)
        # Paid on the office user's day.
        self.assertEqual(
            applications[0].date_paid,
            fields.Date.context_today(applications[0].with_user(self.user_office_a)),
        )

    def test_budget_cannot_drop_below_committed(self):
        """A budget lower than what is committed is refused."""
        self._submitted(self.policy_startup).action_approve()
        with self.assertRaises(ValidationError):
            self.fund.budget = 10000

    def test_approval_locks_the_fund_row(self):
        """An approval holds the fund's row lock: a concurrent one must wait."""
        fund_id = self.fund_special.id  # seeded, so committed and visible to all
        lock = "SELECT id FROM liaison_policy_fund WHERE id = %s FOR UPDATE NOWAIT"
        # Two transactions of their own, as two workers approving at once.
        with self.registry.cursor() as first:
            fund = api.Environment(first, SUPERUSER_ID, {})["liaison.policy.fund"]
            fund.browse(fund_id)._lock_and_check(0)
            with (
                self.registry.cursor() as second,
                mute_logger("odoo.sql_db"),
                self.assertRaises(psycopg2.errors.LockNotAvailable),
            ):
                second.execute(lock, [fund_id])
            first.rollback()
        with self.registry.cursor() as second:
            second.execute(lock, [fund_id])
            self.assertEqual(second.fetchone()[0], fund_id)
            second.rollback()
