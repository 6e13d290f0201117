# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class LiaisonRegionMixin(models.AbstractModel):
    """A record that belongs to one region: its required ``region_id``.

    The region is what the record rules filter on: office and leadership
    users reach their regions' subtree.  Through ``liaison.jurisdiction.mixin``
    a writer can only move the record where it may still reach it.  A model
    gives the field its own label, help or tracking by redefining only those
    attributes (``region_id = fields.Many2one(string="Township")``).
    """

    _name = "liaison.region.mixin"
    _inherit = ["liaison.jurisdiction.mixin"]
    _description = "Region"

    region_id = fields.Many2one(
        "liaison.region",
        required=True,
        index=True,
        ondelete="restrict",
    )

    @api.model
    def _default_region_id(self):
        """The writer's first region: the default of records it starts."""
        return self.env.user.liaison_region_ids[:1]
