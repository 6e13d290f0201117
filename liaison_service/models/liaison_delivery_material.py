# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class LiaisonDeliveryMaterial(models.Model):
    _name = "liaison.delivery.material"
    _description = "Material Returned with a Delivery"
    _inherit = ["liaison.material.line.mixin"]

    delivery_id = fields.Many2one(
        "liaison.delivery", required=True, index=True, ondelete="cascade"
    )
    copies = fields.Integer(default=1)
    note = fields.Char()
