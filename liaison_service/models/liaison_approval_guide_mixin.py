# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class LiaisonApprovalGuideMixin(models.AbstractModel):
    """A record about one approval item (a checklist line, an opinion request).

    It keeps the item's department and the item's guide (专职指导员) taken
    when the item is set, which the office may change, with the guide's
    phone.  Each model adds its own index, tracking and help texts.
    """

    _name = "liaison.approval.guide.mixin"
    _description = "Approval Item Guide"

    approval_item_id = fields.Many2one(
        "liaison.approval.item", required=True, ondelete="restrict"
    )
    department_id = fields.Many2one(
        related="approval_item_id.department_id",
        store=True,
        index=True,
        string="Department",
    )
    guide_id = fields.Many2one(
        "liaison.department.guide",
        compute="_compute_guide_id",
        store=True,
        readonly=False,
        precompute=True,
    )
    guide_phone = fields.Char(related="guide_id.phone", string="Guide Phone")

    @api.depends("approval_item_id")
    def _compute_guide_id(self):
        for record in self:
            record.guide_id = record.approval_item_id.sudo().guide_id
