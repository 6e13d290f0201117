# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class LiaisonIssueCategory(models.Model):
    """Nature of an issue (问题性质), a configurable tree (003 五(三))."""

    _name = "liaison.issue.category"
    _description = "Issue Category"
    _inherit = ["liaison.tree.mixin"]

    name = fields.Char(required=True, translate=True)
    complete_name = fields.Char(string="Full Name")
    parent_id = fields.Many2one(
        "liaison.issue.category",
        string="Parent Category",
        index=True,
        ondelete="cascade",
    )
    child_ids = fields.One2many(
        "liaison.issue.category", "parent_id", string="Subcategories"
    )
    active = fields.Boolean(default=True)
    description = fields.Text(translate=True)

    def _tree_cycle_message(self):
        return self.env._("A category cannot be its own parent or ancestor.")
