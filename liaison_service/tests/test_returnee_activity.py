# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date, timedelta

from lxml import etree

from odoo.exceptions import AccessError
from odoo.tests import tagged
from odoo.tools.misc import file_path

from .test_returnee_common import ReturneeCommon


@tagged("post_install", "-at_install")
class TestReturneeActivity(ReturneeCommon):
    """The activity calendar: units, overdue flag, one reminder, townships."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Activity = cls.env["liaison.returnee.activity"]
        today = date.today()
        cls.late = cls.Activity.create(
            {
                "name": "Returnee congress",
                "activity_type": "congress",
                "region_id": cls.county_a.id,
                "date_start": today - timedelta(days=20),
                "date_end": today - timedelta(days=1),
                "lead_department_ids": [(6, 0, cls.dept_a.ids)],
                "cooperating_department_ids": [(6, 0, cls.dept_township_a.ids)],
            }
        )
        cls.soon = cls.Activity.create(
            {
                "name": "Warm way home",
                "activity_type": "warm_home",
                "region_id": cls.county_a.id,
                "date_start": today,
                "date_end": today + timedelta(days=3),
                "lead_department_ids": [(6, 0, cls.dept_township_a.ids)],
            }
        )
        cls.other = cls.Activity.create(
            {
                "name": "Other county forum",
                "region_id": cls.county_b.id,
                "date_start": today,
                "date_end": today + timedelta(days=30),
                "lead_department_ids": [(6, 0, cls.dept_b.ids)],
            }
        )

    def test_overdue_flag(self):
        """Not done by its deadline: overdue, in the field and the filter."""
        self.assertTrue(self.late.is_overdue)
        self.assertFalse(self.soon.is_overdue)
        overdue = self.Activity.search([("is_overdue", "=", True)])
        self.assertIn(self.late, overdue)
        self.assertNotIn(self.soon, overdue)
        self.late.action_done()
        self.assertFalse(self.late.is_overdue)

    def test_reminder_cron_twice_sends_one(self):
        """The lead units' users are reminded once before the deadline."""
        self.Activity._cron_remind()
        self.Activity._cron_remind()
        reminders = self.env["mail.activity"].search(
            [("res_model", "=", self.Activity._name), ("res_id", "=", self.soon.id)]
        )
        self.assertEqual(reminders.user_id, self.user_township_a)
        self.assertEqual(len(reminders), 1)
        self.assertTrue(self.soon.reminder_sent)
        with self.assertRaises(AccessError):
            self.soon.with_user(self.user_office_a).write({"reminder_sent": False})

    def test_units_see_and_update_only_their_own(self):
        """A lead unit updates its activity; a cooperating township reads it."""
        visible = self.Activity.with_user(self.user_township_a).search(
            [("id", "in", (self.late | self.soon | self.other).ids)]
        )
        self.assertEqual(visible, self.late | self.soon)
        self.soon.with_user(self.user_township_a).write({"result": "Stalls set up"})
        self.soon.with_user(self.user_township_a).action_done()
        self.assertEqual(self.soon.status, "done")
        with self.assertRaises(AccessError):
            self.late.with_user(self.user_township_a).write({"result": "x"})
        with self.assertRaises(AccessError):
            self.Activity.with_user(self.user_township_a).create(
                {"name": "x", "region_id": self.township_a.id,
                 "date_start": date.today(), "date_end": date.today()}
            )  # fmt: skip

    def test_large_activities_per_township_and_year(self):
        """Each township's large activities are counted per year."""
        for township, days in ((self.township_a, (10, 200)), (self.township_a2, (15,))):
            for day in days:
                self.Activity.create(
                    {
                        "name": "Township fair",
                        "region_id": township.id,
                        "is_large": True,
                        "date_start": date(2026, 1, 1) + timedelta(days=day),
                        "date_end": date(2026, 1, 1) + timedelta(days=day),
                    }
                )
        groups = self.Activity.with_user(self.user_office_a).read_group(
            [("is_large", "=", True), ("region_id.level", "=", "township")],
            ["region_id"],
            ["region_id", "date_start:year"],
            lazy=False,
        )
        counts = {
            (g["region_id"][0], g["date_start:year"]): g["__count"] for g in groups
        }
        self.assertEqual(counts[(self.township_a.id, "2026")], 2)
        self.assertEqual(counts[(self.township_a2.id, "2026")], 1)

    def test_demo_plan_has_the_eighteen_rows(self):
        """The 18 rows of 002 附件2 are in the demo data (and loaded with it)."""
        path = file_path("liaison_service/demo/liaison_returnee_demo.xml")
        plan = etree.parse(path).xpath(
            "//record[@model='liaison.returnee.activity']"
            "[field[@name='responsibility_text']]"
        )
        self.assertEqual(len(plan), 18)
        if self.env.ref("liaison_service.returnee_activity_18_ret_demo", False):
            loaded = self.Activity.search([("responsibility_text", "!=", False)])
            self.assertGreaterEqual(len(loaded), 18)
