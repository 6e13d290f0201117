# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class LiaisonAgreementMaterial(models.Model):
    _name = "liaison.agreement.material"
    _description = "Material Handed Over with an Agreement"
    _inherit = ["liaison.material.line.mixin"]

    agreement_id = fields.Many2one(
        "liaison.agreement", required=True, index=True, ondelete="cascade"
    )
    copies = fields.Integer(default=1)
    is_original = fields.Boolean(string="Original")
    returned = fields.Boolean(help="Handed back to the enterprise.")
    returned_date = fields.Date()

    _sql_constraints = [
        (
            "copies_positive",
            "CHECK(copies > 0)",
            "The number of copies must be positive.",
        )
    ]

    @api.model_create_multi
    def create(self, vals_list):
        lines = super().create(vals_list)
        lines.agreement_id._check_lines_editable()
        return lines

    def write(self, vals):
        if set(vals) - {"returned", "returned_date"}:
            self.agreement_id._check_lines_editable()
        return super().write(vals)

    def unlink(self):
        self.agreement_id._check_lines_editable()
        return super().unlink()
