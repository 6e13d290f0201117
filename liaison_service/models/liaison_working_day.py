# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
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
        step = 1 if n >= 0 else -1
        remaining = abs(n)
        day = start
        while remaining:
            window = 2 * remaining + WINDOW_MARGIN_DAYS
            first = day + timedelta(days=step)
            last = day + timedelta(days=step * window)
            is_working = self._get_checker(min(first, last), max(first, last))
            for _i in range(window):
                day += timedelta(days=step)
                if is_working(day):
                    remaining -= 1
                    if not remaining:
                        break
        return day

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
