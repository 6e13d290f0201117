# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class LiaisonEnterpriseMixin(models.AbstractModel):
    """A record about one enterprise: its required ``partner_id``, a company.

    A model narrows the enterprises offered or tracks the field by
    redefining only those attributes (``partner_id = fields.Many2one(
    tracking=True)``).
    """

    _name = "liaison.enterprise.mixin"
    _description = "Enterprise Record"

    partner_id = fields.Many2one(
        "res.partner",
        string="Enterprise",
        required=True,
        index=True,
        ondelete="restrict",
        domain=[("is_company", "=", True)],
    )
