# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class LiaisonHoliday(models.Model):
    """A public holiday, or a make-up working day (调休), kept by the office.

    Only used for the years the chinesecalendar library does not know yet:
    those years count weekends plus these days as days off, and a day marked
    as a working day is worked even when it falls on a weekend.
    """

    _name = "liaison.holiday"
    _description = "Public Holiday"
    _order = "date desc, id"

    date = fields.Date(required=True, index=True)
    name = fields.Char(
        string="Description", required=True, help="e.g. 国庆节, 国庆节调休上班."
    )
    is_working_day = fields.Boolean(
        string="Make-up Working Day",
        help="Checked for a weekend day that is worked to make up for a holiday "
        "(调休上班); unchecked for a day off.",
    )

    _sql_constraints = [
        ("date_uniq", "unique(date)", "A date can be configured only once."),
    ]

    @api.constrains("date", "is_working_day")
    def _check_working_day_weekend(self):
        for holiday in self:
            if holiday.is_working_day and holiday.date.weekday() < 5:
                raise ValidationError(
                    self.env._(
                        "%(date)s is a weekday: only a Saturday or a Sunday can be "
                        "a make-up working day.",
                        date=holiday.date,
                    )
                )
