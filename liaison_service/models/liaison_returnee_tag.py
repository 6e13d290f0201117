# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class LiaisonReturneeTag(models.Model):
    """Free tag on a person of the out-of-town database."""

    _name = "liaison.returnee.tag"
    _description = "Returnee Tag"
    _order = "name"

    name = fields.Char(required=True)
    color = fields.Integer()

    _sql_constraints = [("name_unique", "unique(name)", "A tag name must be unique.")]
