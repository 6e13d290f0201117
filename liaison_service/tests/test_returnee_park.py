# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import AccessError
from odoo.tests import tagged

from .test_policy_common import PolicyCommon


@tagged("post_install", "-at_install")
class TestReturneePark(PolicyCommon):
    """Parks: yearly re-review, enterprises hosted and subsidies received."""

    def test_review_dates_and_subsidies(self):
        """The next review is a year after the last; paid subsidies are summed."""
        self.park.recognised_date = "2025-04-01"
        self.assertEqual(str(self.park.next_review_date), "2026-04-01")
        self.env["liaison.returnee.park.review"].create(
            {"park_id": self.park.id, "date": "2026-03-20", "result": "passed"}
        )
        self.assertEqual(str(self.park.last_review_date), "2026-03-20")
        self.assertEqual(str(self.park.next_review_date), "2027-03-20")
        hosted = self._enterprise(months=2, employees=0, park_id=self.park.id)
        self._enterprise(months=2, employees=0)
        application = self._application(
            hosted, self.policy_park, amount_requested=80000
        )
        application.action_submit()
        application.action_approve()
        self.assertEqual(application.amount_approved, 50000)
        application.action_pay()
        self.park.invalidate_recordset()
        self.assertEqual(self.park.enterprise_count, 1)
        self.assertEqual(self.park.subsidy_total, 50000)

    def test_other_county_office_cannot_touch_park(self):
        """An office of another county neither sees nor edits the park."""
        parks = self.env["liaison.returnee.park"].with_user(self.user_office_b)
        self.assertFalse(parks.search([("id", "=", self.park.id)]))
        with self.assertRaises(AccessError):
            self.park.with_user(self.user_office_b).write({"level": "none"})
        with self.assertRaises(AccessError):
            self.park.with_user(self.user_office_a).write(
                {"region_id": self.township_b.id}
            )
        self.assertEqual(self.park.region_id, self.township_a)
