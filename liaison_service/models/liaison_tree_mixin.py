# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class LiaisonTreeMixin(models.AbstractModel):
    """A configurable tree (regions, issue categories) shown by full path.

    The model declares its own ``parent_id`` (a many2one to itself) and
    ``child_ids``; the mixin keeps the parent store, the full name
    ``Parent / Child`` recomputed down the tree, and refuses a cycle with
    the model's ``_tree_cycle_message()``.
    """

    _name = "liaison.tree.mixin"
    _description = "Tree"
    _parent_store = True
    _order = "complete_name, id"
    _rec_name = "complete_name"

    parent_path = fields.Char(index=True)
    complete_name = fields.Char(
        compute="_compute_complete_name", store=True, recursive=True
    )

    @api.depends("name", "parent_id.complete_name")
    def _compute_complete_name(self):
        for node in self:
            if node.parent_id:
                node.complete_name = f"{node.parent_id.complete_name} / {node.name}"
            else:
                node.complete_name = node.name

    def _tree_cycle_message(self):
        """The refusal of a node placed under itself or one of its children."""
        raise NotImplementedError

    @api.constrains("parent_id")
    def _check_tree_cycle(self):
        if self._has_cycle():
            raise ValidationError(self._tree_cycle_message())
