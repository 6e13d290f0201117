# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class LiaisonApprovalMaterial(models.Model):
    """A material the applicant hands in for an approval item (申报材料)."""

    _name = "liaison.approval.material"
    _description = "Approval Material"
    _inherit = ["liaison.jurisdiction.mixin"]
    _order = "item_id, sequence, id"
    _liaison_jurisdiction_fields = ("item_id",)

    item_id = fields.Many2one(
        "liaison.approval.item",
        string="Approval Item",
        required=True,
        index=True,
        ondelete="cascade",
    )
    department_id = fields.Many2one(
        related="item_id.department_id", store=True, index=True
    )
    sequence = fields.Integer(default=10)
    name = fields.Char(string="Material Name", required=True)
    original_required = fields.Boolean(
        string="Original required",
        help="The original must be shown or handed in, not only a copy.",
    )
    copies = fields.Integer(default=1, help="Number of copies to hand in.")
    note = fields.Char(string="Notes", help="Form, issuer or other remarks.")

    @api.constrains("copies")
    def _check_copies(self):
        for material in self:
            if material.copies < 0:
                raise ValidationError(
                    self.env._(
                        "The number of copies of %(material)s cannot be negative.",
                        material=material.name,
                    )
                )
