# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class LiaisonCatalogueMixin(models.AbstractModel):
    """An entry of a list the office configures (issue and project types,
    kanban stages): a translated name and description, ordered by sequence,
    archived rather than deleted."""

    _name = "liaison.catalogue.mixin"
    _description = "Configurable List Entry"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    description = fields.Text(translate=True)
