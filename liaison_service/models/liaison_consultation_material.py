# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class LiaisonConsultationMaterial(models.Model):
    _name = "liaison.consultation.material"
    _description = "Missing Material of a Consultation"
    _inherit = ["liaison.material.line.mixin"]

    consultation_id = fields.Many2one(
        "liaison.consultation", required=True, index=True, ondelete="cascade"
    )
    note = fields.Char(help="What is missing or wrong, and how to provide it.")
