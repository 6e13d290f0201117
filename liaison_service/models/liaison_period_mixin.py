# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, models
from odoo.exceptions import ValidationError


class LiaisonPeriodMixin(models.AbstractModel):
    """A record that covers a period: it may not end before it starts.

    ``_period_fields`` names the model's start and end dates; an empty date
    leaves the period open on that side.  ``_period_error`` gives, for the
    refused record, the message of the model.
    """

    _name = "liaison.period.mixin"
    _description = "Period"
    _period_fields = ("date_from", "date_to")

    @api.constrains(lambda self: self._period_fields)
    def _check_dates(self):
        start, end = self._period_fields
        for record in self:
            if record[start] and record[end] and record[end] < record[start]:
                raise ValidationError(record._period_error())

    def _period_error(self):
        """Message refusing the period of ``self`` (one record)."""
        raise NotImplementedError
