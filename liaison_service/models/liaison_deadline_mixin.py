# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.osv import expression


class LiaisonDeadlineMixin(models.AbstractModel):
    """The overdue flag of records with a deadline.

    A model inheriting it names its deadline (a date field) in
    ``_deadline_field`` and the records whose deadline still runs (not done,
    not closed) in ``_deadline_open_domain``.  Lifecycle of the flag: a record
    is overdue while it is in that domain and its deadline is before the
    user's today; it stops being overdue once done or closed.  The flag is
    computed, never stored, and searchable (``= True``, ``= False``, ``!=``).
    """

    _name = "liaison.deadline.mixin"
    _description = "Deadline and Overdue Flag"
    # Date field holding the deadline.
    _deadline_field = "deadline"
    # Records whose deadline still runs (an ORM domain, also used in memory).
    _deadline_open_domain = []

    is_overdue = fields.Boolean(
        string="Overdue",
        compute="_compute_is_overdue",
        search="_search_is_overdue",
    )

    def _deadline_depends(self):
        return [
            self._deadline_field,
            *(
                leaf[0]
                for leaf in self._deadline_open_domain
                if isinstance(leaf, (list, tuple))
            ),
        ]

    @api.depends(lambda self: self._deadline_depends())
    def _compute_is_overdue(self):
        today = fields.Date.context_today(self)
        running = set(self.filtered_domain(self._deadline_open_domain)._ids)
        for record in self:
            deadline = record[self._deadline_field]
            record.is_overdue = bool(
                record.id in running and deadline and deadline < today
            )

    def _search_is_overdue(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("Unsupported search on Overdue."))
        domain = expression.AND(
            [
                self._deadline_open_domain,
                [(self._deadline_field, "<", fields.Date.context_today(self))],
            ]
        )
        if (operator == "=") == value:
            return domain
        # A record without a deadline is not overdue either (NOT in SQL
        # would leave out its NULL).
        return expression.OR([[(self._deadline_field, "=", False)], ["!", *domain]])
