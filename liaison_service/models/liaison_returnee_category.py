# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class LiaisonReturneeCategory(models.Model):
    """Category of a person working elsewhere (entrepreneur, doctorate, ...)."""

    _name = "liaison.returnee.category"
    _description = "Returnee Category"
    _order = "sequence, id"

    sequence = fields.Integer(default=10)
    name = fields.Char(required=True, translate=True)
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("name_unique", "unique(name)", "A returnee category name must be unique.")
    ]
