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

    def _jurisdiction_twin(self, field_names, domain=()):
        """Another record, archived ones too, with the same values of
        ``field_names`` as this one (and matching ``domain``): what a
        uniqueness rule (a code in its region, a user's one record) refuses.
        Searched with sudo, so the rule holds beyond the writer's regions."""
        self.ensure_one()
        same = [
            (name, "=", self._fields[name].convert_to_write(self[name], self))
            for name in field_names
        ]
        return (
            self.sudo()
            .with_context(active_test=False)
            .search([*same, ("id", "!=", self.id), *domain], limit=1)
        )

    def _jurisdiction_region_ids(self):
        """Ids of the record's region and of every region below it."""
        self.ensure_one()
        return tuple(
            self.env["liaison.region"]
            .sudo()
            .search([("id", "child_of", self.region_id.id)])
            .ids
        )
