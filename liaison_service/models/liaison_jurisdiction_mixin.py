# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class LiaisonJurisdictionMixin(models.AbstractModel):
    """Keeps records inside the writer's jurisdiction.

    Odoo checks record rules before a write, not after: without this, an office
    user could move a record of its county to another county.  Writing one of
    ``_liaison_jurisdiction_fields`` re-checks the write rules afterwards, so a
    record can only be moved where its writer may still reach it.
    """

    _name = "liaison.jurisdiction.mixin"
    _description = "Jurisdiction Check"
    _liaison_jurisdiction_fields = ("region_id",)

    def write(self, vals):
        res = super().write(vals)
        if not self.env.su and any(
            f in vals for f in self._liaison_jurisdiction_fields
        ):
            self.check_access("write")
        return res
