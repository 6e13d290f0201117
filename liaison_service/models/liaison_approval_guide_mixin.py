# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class LiaisonApprovalGuideMixin(models.AbstractModel):
    """A record about one approval item, and the guide who answers for it.

    The department of the item is stored for the record rules and searches;
    the guide is the item's department guide (导办员) when the record is
    made, kept afterwards even if the item gets another guide, and editable.
    Used by the checklist lines of a project and the opinion requests.
    """

    _name = "liaison.approval.guide.mixin"
    _description = "Approval Item Guide"

    approval_item_id = fields.Many2one(
        "liaison.approval.item",
        string="Approval Item",
        required=True,
        ondelete="restrict",
    )
    department_id = fields.Many2one(
        related="approval_item_id.department_id",
        store=True,
        index=True,
        string="Department",
    )
    guide_id = fields.Many2one(
        "liaison.department.guide",
        string="Guide",
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
