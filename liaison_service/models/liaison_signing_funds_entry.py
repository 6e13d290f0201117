# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class LiaisonSigningFundsEntry(models.Model):
    """Funds landed on a signed project at a date (实际资金落地)."""

    _name = "liaison.signing.funds.entry"
    _description = "Funds Landed Entry"
    _order = "date desc, id desc"

    signing_project_id = fields.Many2one(
        "liaison.signing.project", required=True, index=True, ondelete="cascade"
    )
    date = fields.Date(required=True, default=fields.Date.context_today)
    currency_id = fields.Many2one(related="signing_project_id.currency_id")
    amount = fields.Monetary(required=True)
    note = fields.Char()

    @api.constrains("amount")
    def _check_amount(self):
        for entry in self:
            if not 0 < entry.amount <= 10_000_000_000_000:
                raise ValidationError(self.env._("A funds amount must be positive."))
