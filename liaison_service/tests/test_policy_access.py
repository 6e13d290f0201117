# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import AccessError
from odoo.tests import tagged

from .test_policy_common import PolicyCommon


@tagged("post_install", "-at_install")
class TestPolicyAccess(PolicyCommon):
    """Who sees and decides policy applications, whatever the context sent."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.policy_other = cls.env["liaison.policy"].create(
            {
                "name": "Housing Policy",
                "department_id": cls.dept_a2.id,
                "amount_max": 1000,
            }
        )
        cls.app_a = cls._make(cls.enterprise_a, cls.policy_job, jobs_claimed=1)
        cls.app_b = cls._make(cls.enterprise_b, cls.policy_job, jobs_claimed=2)
        cls.app_other = cls._make(
            cls.enterprise_a, cls.policy_other, amount_requested=500
        )

    @classmethod
    def _make(cls, enterprise, policy, **vals):
        application = cls.env["liaison.policy.application"].create(
            {"enterprise_id": enterprise.id, "policy_id": policy.id, **vals}
        )
        application.action_submit()
        return application

    def _visible(self, user):
        return (
            self.env["liaison.policy.application"]
            .with_user(user)
            .search([("id", "in", (self.app_a | self.app_b | self.app_other).ids)])
        )

    def test_enterprise_sees_only_its_own(self):
        """An enterprise's portal user sees its own applications only."""
        self.assertEqual(self._visible(self.user_portal), self.app_a | self.app_other)
        self.assertEqual(self._visible(self.user_portal_b), self.app_b)
        with self.assertRaises(AccessError):
            self.app_b.with_user(self.user_portal).read(["name"])

    def test_department_sees_its_own_policies_only(self):
        """A department sees the applications for the policies it issues only."""
        self.assertEqual(
            self._visible(self.user_department_hr), self.app_a | self.app_b
        )
        self.assertFalse(self._visible(self.user_department_a))

    def test_office_by_jurisdiction(self):
        """The office sees its county's applications, not another county's."""
        self.assertEqual(
            self._visible(self.user_office_a), self.app_a | self.app_b | self.app_other
        )
        self.assertFalse(self._visible(self.user_office_b))

    def test_decisions_refused_to_other_roles(self):
        """Portal, officer and another department cannot approve, pay or forge state."""
        attempts = [
            (self.user_portal, "action_approve"),
            (self.user_portal, "action_pay"),
            (self.user_officer_a, "action_approve"),
            (self.user_officer_a, "action_pay"),
            (self.user_department_a, "action_approve"),
            (self.user_department_hr, "action_pay"),
            (self.user_office_b, "action_approve"),
        ]
        for user, method in attempts:
            with self.subTest(user=user.login, method=method):
                record = self.app_a.with_user(user).with_context(
                    active_test=False, install_mode=True, bypass=True
                )
                with self.assertRaises(AccessError):
                    getattr(record, method)()
        for user in (self.user_portal, self.user_officer_a, self.user_office_a):
            with (
                self.subTest(user=user.login, method="write"),
                self.assertRaises(AccessError),
            ):
                self.app_a.with_user(user).write(
                    {"state": "approved", "amount_approved": 1e6}
                )
        self.env.invalidate_all()
        self.assertEqual(self.app_a.state, "submitted")
        self.assertFalse(self.app_a.amount_approved)

    def test_issuing_department_decides(self):
        """The issuing department approves its policy's application; the office pays."""
        self.app_a.with_user(self.user_department_hr).action_approve()
        self.assertEqual(self.app_a.state, "approved")
        self.assertEqual(self.app_a.amount_approved, 2000)
        self.assertEqual(self.app_a.decided_by_id, self.user_department_hr)
        self.app_a.with_user(self.user_office_a).action_pay()
        self.assertEqual(self.app_a.state, "paid")
        self.assertEqual(self.app_a.amount_paid, 2000)

    def test_reject_through_reason_wizard(self):
        """A rejection needs a reason, given through the reason wizard."""
        action = self.app_b.with_user(self.user_department_hr).action_reject_open()
        wizard = (
            self.env["liaison.reason.wizard"]
            .with_user(self.user_department_hr)
            .browse(action["res_id"])
        )
        wizard.reason = "Materials incomplete"
        wizard.action_confirm()
        self.assertEqual(self.app_b.state, "rejected")
        self.assertEqual(self.app_b.decision_note, "Materials incomplete")
