# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from bisect import bisect_left, bisect_right
from datetime import date, datetime, timedelta
from functools import lru_cache

import chinese_calendar

from odoo import api, fields, models
from odoo.exceptions import UserError

# Days looked ahead at once when adding working days: a Chinese year never
# has more than 3 consecutive weeks off, so 2 calendar days per working day
# plus a margin rarely needs a second window.
WINDOW_MARGIN_DAYS = 31


@lru_cache(maxsize=256)
def chinese_calendar_knows(year):
    """Whether the chinesecalendar library has the holidays of ``year``."""
    try:
        chinese_calendar.is_workday(date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


class LiaisonWorkingDay(models.AbstractModel):
    """Chinese working days (工作日) for time limits counted in working days.

    Years known to the chinesecalendar library use its official holidays and
    make-up working days (调休); other years use weekends plus the days the
    office configured in ``liaison.holiday``.  Each call loads the configured
    days of its whole range in one query.
    """

    _name = "liaison.working.day"
    _description = "Working Day Calendar"

    @api.model
    def _to_date(self, value):
        if isinstance(value, datetime):
            return value.date()
        return fields.Date.to_date(value)

    @api.model
    def _get_checker(self, start, end):
        """A function telling whether a day of [start, end] is a working day."""
        configured = {}
        if not all(
            chinese_calendar_knows(year) for year in range(start.year, end.year + 1)
        ):
            holidays = (
                self.env["liaison.holiday"]
                .sudo()
                .search_fetch(
                    [("date", ">=", start), ("date", "<=", end)],
                    ["date", "is_working_day"],
                )
            )
            configured = {h.date: h.is_working_day for h in holidays}

        def is_working(day):
            if chinese_calendar_knows(day.year):
                return chinese_calendar.is_workday(day)
            if day in configured:
                return configured[day]
            return day.weekday() < 5

        return is_working

    @api.model
    def is_working_day(self, day):
        """Whether ``day`` (a date) is a working day."""
        day = self._to_date(day)
        return self._get_checker(day, day)(day)

    @api.model
    def add_working_days(self, start_date, n):
        """The date ``n`` working days after ``start_date`` (not counted).

        ``n`` = 0 returns ``start_date``; a negative ``n`` counts backwards.
        """
        start = self._to_date(start_date)
        if not start:
            raise UserError(self.env._("A start date is needed to count working days."))
        return self.add_working_days_batch([start], n)[start]

    @api.model
    def add_working_days_batch(self, days, n):
        """``{day: add_working_days(day, n)}`` for every date of ``days``.

        One calendar load and one walk for the lot, whatever the number of
        dates: jobs that count working days from thousands of records call it
        once per distinct date instead of once per record.
        """
        days = {self._to_date(day) for day in days if day}
        if not days or not n:
            return {day: day for day in days}
        first, last = min(days), max(days)
        span = 2 * abs(n) + WINDOW_MARGIN_DAYS
        while True:
            low = first if n > 0 else first - timedelta(days=span)
            high = last + timedelta(days=span) if n > 0 else last
            is_working = self._get_checker(low, high)
            working = [
                day
                for day in (
                    low + timedelta(days=k) for k in range((high - low).days + 1)
                )
                if is_working(day)
            ]
            result = {}
            for day in days:
                # First working day after ``day`` (n > 0), last one before it.
                if n > 0:
                    index = bisect_right(working, day) + n - 1
                else:
                    index = bisect_left(working, day) + n
                if not 0 <= index < len(working):
                    break
                result[day] = working[index]
            else:
                return result
            span *= 2

    @api.model
    def count_working_days(self, start, end):
        """Working days after ``start`` up to and including ``end``.

        ``count_working_days(d, add_working_days(d, n)) == n``; negative when
        ``end`` is before ``start``.
        """
        start, end = self._to_date(start), self._to_date(end)
        if end < start:
            return -self.count_working_days(end, start)
        if end == start:
            return 0
        first = start + timedelta(days=1)
        is_working = self._get_checker(first, end)
        return sum(
            1
            for offset in range((end - first).days + 1)
            if is_working(first + timedelta(days=offset))
        )
