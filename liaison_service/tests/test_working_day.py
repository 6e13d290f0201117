# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date, timedelta

from odoo.exceptions import ValidationError
from odoo.tests import TransactionCase, tagged

from odoo.addons.base.tests.common import DISABLED_MAIL_CONTEXT


@tagged("post_install", "-at_install")
class TestWorkingDay(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, **DISABLED_MAIL_CONTEXT))
        cls.calendar = cls.env["liaison.working.day"]
        # 2035 is not in chinesecalendar: 国庆 1-7 Oct (Mon-Sun), make-up
        # working day Saturday 29 Sep.
        cls.env["liaison.holiday"].create(
            [{"date": date(2035, 10, day), "name": "国庆节"} for day in range(1, 8)]
            + [
                {
                    "date": date(2035, 9, 29),
                    "name": "国庆节调休上班",
                    "is_working_day": True,
                }
            ]
        )

    def test_national_day_2025(self):
        """National Day 2025: 1-8 Oct off, Sunday 28 Sep and Saturday 11 Oct worked."""
        cal = self.calendar
        self.assertTrue(cal.is_working_day(date(2025, 9, 28)))  # Sunday
        self.assertTrue(cal.is_working_day(date(2025, 10, 11)))  # Saturday
        self.assertFalse(cal.is_working_day(date(2025, 10, 8)))  # Wednesday
        self.assertFalse(cal.is_working_day(date(2025, 9, 27)))  # Saturday
        self.assertTrue(cal.is_working_day(date(2025, 10, 9)))
        # 30 Sep + 1 working day jumps the whole holiday to Thursday 9 Oct.
        self.assertEqual(cal.add_working_days(date(2025, 9, 30), 1), date(2025, 10, 9))
        # 9 Oct, 10 Oct, Saturday 11 Oct (make-up), Monday 13 Oct.
        self.assertEqual(cal.add_working_days(date(2025, 9, 30), 4), date(2025, 10, 13))
        # Friday 26 Sep + 1: Sunday 28 Sep is a make-up working day.
        self.assertEqual(cal.add_working_days(date(2025, 9, 26), 1), date(2025, 9, 28))
        self.assertEqual(
            cal.count_working_days(date(2025, 9, 26), date(2025, 10, 13)), 7
        )
        self.assertEqual(
            cal.count_working_days(date(2025, 10, 13), date(2025, 9, 26)), -7
        )

    def test_add_and_count_are_inverse(self):
        """Counting the days added gives back n, forwards and backwards."""
        cal = self.calendar
        start = date(2025, 9, 20)
        for n in (0, 1, 5, 15, 60):
            end = cal.add_working_days(start, n)
            self.assertEqual(cal.count_working_days(start, end), n)
        self.assertEqual(cal.add_working_days(date(2025, 10, 9), -1), date(2025, 9, 30))
        self.assertEqual(cal.add_working_days(start, 0), start)

    def test_unknown_year_uses_configured_holidays(self):
        """2035: weekends plus the configured holidays and make-up days."""
        cal = self.calendar
        self.assertFalse(cal.is_working_day(date(2035, 10, 3)))  # Wednesday, holiday
        self.assertTrue(cal.is_working_day(date(2035, 9, 29)))  # Saturday, make-up
        self.assertFalse(cal.is_working_day(date(2035, 9, 30)))  # Sunday
        self.assertTrue(cal.is_working_day(date(2035, 10, 8)))  # Monday
        # Friday 28 Sep + 1 = Saturday 29 Sep; + 2 jumps to Monday 8 Oct.
        self.assertEqual(cal.add_working_days(date(2035, 9, 28), 1), date(2035, 9, 29))
        self.assertEqual(cal.add_working_days(date(2035, 9, 28), 2), date(2035, 10, 8))
        self.assertEqual(
            cal.count_working_days(date(2035, 9, 28), date(2035, 10, 12)), 6
        )
        # An ordinary week of an unknown year: weekends only.
        self.assertEqual(cal.add_working_days(date(2035, 3, 2), 1), date(2035, 3, 5))

    def test_range_across_known_and_unknown_years(self):
        """A long time limit crossing from a known into an unknown year."""
        cal = self.calendar
        start = date(2026, 12, 30)  # Wednesday, known year
        end = cal.add_working_days(start, 300)
        self.assertEqual(end.year, 2028)
        self.assertEqual(cal.count_working_days(start, end), 300)

    def test_working_days_query_count(self):
        """A long count loads the configured holidays in one query."""
        cal = self.calendar
        cal.count_working_days(date(2035, 1, 1), date(2035, 1, 2))
        with self.assertQueryCount(1):
            cal.count_working_days(date(2035, 1, 1), date(2035, 12, 31))
        with self.assertQueryCount(1):
            cal.add_working_days(date(2035, 1, 1), 200)

    def test_make_up_day_on_weekday_refused(self):
        """A make-up working day must be a weekend day."""
        with self.assertRaises(ValidationError):
            self.env["liaison.holiday"].create(
                {"date": date(2035, 5, 2), "name": "x", "is_working_day": True}
            )

    # ---- Batch helper (province-scale jobs) ----
    def test_add_working_days_batch_matches_single(self):
        """The batch helper gives add_working_days for every date, both ways."""
        cal = self.calendar
        days = [date(2025, 9, 20) + timedelta(days=k) for k in range(25)] + [
            date(2035, 9, 25) + timedelta(days=k) for k in range(15)
        ]
        for n in (1, 2, 5, 11, -1, -3):
            batch = cal.add_working_days_batch([*days, None], n)
            self.assertEqual(set(batch), set(days))
            for day in days:
                self.assertEqual(batch[day], cal.add_working_days(day, n), (day, n))
        self.assertEqual(cal.add_working_days_batch(days, 0)[days[0]], days[0])
        self.assertEqual(cal.add_working_days_batch([], 3), {})
        # Far apart dates in one call; a long stretch walked at once.
        far = cal.add_working_days_batch([date(2025, 1, 2), date(2035, 9, 28)], 40)
        self.assertEqual(far[date(2025, 1, 2)], cal.add_working_days("2025-01-02", 40))
        self.assertEqual(
            far[date(2035, 9, 28)], cal.add_working_days(date(2035, 9, 28), 40)
        )
