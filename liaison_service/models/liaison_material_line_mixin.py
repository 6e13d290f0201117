# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class LiaisonMaterialLineMixin(models.AbstractModel):
    """A material listed on a paper of the service flow (004 六, 001 第十五条):
    missing at a consultation (一次性告知), handed over with an entrustment
    agreement, returned with a delivery.

    The lines are listed in order; each model adds the link to its paper
    (the lines are deleted with it) and what it tells of the material
    (copies, a note, whether it was handed back).
    """

    _name = "liaison.material.line.mixin"
    _description = "Material Line"
    _order = "sequence, id"

    sequence = fields.Integer(default=10)
    name = fields.Char(string="Material", required=True)
