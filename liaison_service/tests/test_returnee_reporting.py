# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .test_returnee_common import ReturneeCommon


@tagged("post_install", "-at_install")
class TestReturneeReporting(ReturneeCommon):
    """Obligations, submissions, reminders and the late list."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["liaison.returnee.reporting.status"].search([]).unlink()
        cls.env["liaison.returnee.obligation"].search([]).active = False
        Obligation = cls.env["liaison.returnee.obligation"]
        cls.ob_township = Obligation.create(
            {
                "department_id": cls.dept_township_a.id,
                "region_id": cls.county_a.id,
                "body_type": "township",
            }
        )
        cls.ob_unit = Obligation.create(
            {"department_id": cls.dept_a.id, "region_id": cls.county_a.id}
        )

    def _submit(self, user, obligation, day, title):
        submission = (
            self.env["liaison.returnee.submission"]
            .with_user(user)
            .create({"obligation_id": obligation.id, "name": title, "period_date": day})
        )
        submission.action_submit()
        return submission

    def test_defaults(self):
        """A township owes two materials a month, a member unit one."""
        self.assertEqual((self.ob_township.quota, self.ob_unit.quota), (2, 1))
        self.assertEqual(self.ob_township.dispatch_frequency, "monthly")
        self.assertEqual(self.ob_unit.dispatch_frequency, "bimonthly")

    def test_township_with_one_material_is_late(self):
        """One material in a month makes a township late; the unit is not."""
        Status = self.env["liaison.returnee.reporting.status"]
        Status._cron_reporting(today=date(2026, 3, 1))
        self._submit(self.user_township_a, self.ob_township, date(2026, 3, 10), "M1")
        self._submit(self.user_department_a, self.ob_unit, date(2026, 3, 12), "U1")
        Status._cron_reporting(today=date(2026, 4, 1))
        march = Status.search([("period_start", "=", date(2026, 3, 1))])
        by_body = {s.obligation_id: s for s in march}
        self.assertEqual(by_body[self.ob_township].state, "late")
        self.assertEqual(by_body[self.ob_township].submitted_count, 1)
        self.assertEqual(by_body[self.ob_unit].state, "done")
        late = Status.with_user(self.user_office_a).search([("state", "=", "late")])
        self.assertEqual(late.obligation_id, self.ob_township)

    def test_returned_material_does_not_count(self):
        """A returned material no longer counts towards the quota."""
        Status = self.env["liaison.returnee.reporting.status"]
        Status._cron_reporting(today=date(2026, 5, 1))
        self._submit(self.user_department_a, self.ob_unit, date(2026, 5, 3), "U1")
        sub = self.env["liaison.returnee.submission"].search(
            [("obligation_id", "=", self.ob_unit.id)]
        )
        sub.with_user(self.user_office_a).action_return(reason="Empty")
        Status._cron_reporting(today=date(2026, 6, 1))
        status = Status.search(
            [
                ("obligation_id", "=", self.ob_unit.id),
                ("period_start", "=", "2026-05-01"),
            ]
        )
        self.assertEqual(status.state, "late")

    def test_reminder_cron_twice_sends_one(self):
        """The reminder cron run twice before the end sends one reminder."""
        Status = self.env["liaison.returnee.reporting.status"]
        self._submit(self.user_township_a, self.ob_township, date(2026, 3, 10), "M1")
        Status._cron_reporting(today=date(2026, 3, 28))
        Status._cron_reporting(today=date(2026, 3, 29))
        status = Status.search([("obligation_id", "=", self.ob_township.id)])
        self.assertEqual(len(status), 1)
        self.assertTrue(status.reminder_sent)
        activities = self.env["mail.activity"].search(
            [("res_model", "=", status._name), ("res_id", "=", status.id)]
        )
        self.assertEqual(activities.user_id, self.user_township_a)
        self.assertEqual(len(activities), 1)

    def test_township_sees_and_submits_only_its_own(self):
        """A township user reads its obligations and cannot submit another's."""
        Obligation = self.env["liaison.returnee.obligation"]
        self.assertEqual(
            Obligation.with_user(self.user_township_a).search([]), self.ob_township
        )
        other = self.env["liaison.returnee.submission"].create(
            {"obligation_id": self.ob_unit.id, "name": "U", "period_date": "2026-03-01"}
        )
        with self.assertRaises(AccessError):
            other.with_user(self.user_township_a).action_submit()
        with self.assertRaises(AccessError):
            self.env["liaison.returnee.submission"].with_user(
                self.user_township_a
            ).create({"obligation_id": self.ob_unit.id, "name": "X"})
        mine = self._submit(self.user_township_a, self.ob_township, date.today(), "M")
        with self.assertRaises(AccessError):
            mine.with_user(self.user_township_a).action_accept()
        with self.assertRaises(AccessError):
            mine.with_user(self.user_township_a).write({"state": "accepted"})
        self.assertEqual(mine.state, "submitted")
