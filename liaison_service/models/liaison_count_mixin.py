# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class LiaisonCountMixin(models.AbstractModel):
    """Counts of the records pointing to each record (smart buttons).

    One grouped query for the whole batch, never one query per record: a
    list or a kanban of 500 records costs what one record costs.
    """

    _name = "liaison.count.mixin"
    _description = "Related Counts"

    def _compute_related_count(self, field_name, model, inverse_name, domain=()):
        """Set ``field_name`` to the number of ``model`` records whose
        ``inverse_name`` is the record (and that match ``domain``)."""
        counts = dict(
            self.env[model]._read_group(
                [(inverse_name, "in", self.ids), *domain], [inverse_name], ["__count"]
            )
        )
        for record in self:
            record[field_name] = counts.get(record, 0)
