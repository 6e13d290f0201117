# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class LiaisonCountMixin(models.AbstractModel):
    """The records pointing to a record, behind its smart buttons.

    Counted in one grouped query for the whole batch, never one query per
    record: a list or a kanban of 500 records costs what one record costs;
    opened through the window action of their model.
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

    def _action_related(self, xmlid, domain, context):
        """The window action ``xmlid`` limited to ``domain``, with ``context``."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(xmlid)
        action["domain"] = domain
        action["context"] = context
        return action
