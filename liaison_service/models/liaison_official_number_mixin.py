# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class LiaisonOfficialNumberMixin(models.AbstractModel):
    """An official document number (委托〔2026〕7号, 派任〔2026〕3号).

    The document's action gives it from the document's gapless yearly
    sequence (``ir.sequence`` coded as the model,
    ``_next_official_number``) when it is sent or issued (issue 10); the
    unique constraint backs
    the sequence in the database, so a number never repeats.  Before that the
    document shows its ``_draft_display_name``.
    """

    _name = "liaison.official.number.mixin"
    _description = "Official Number"

    name = fields.Char(
        string="Number",
        readonly=True,
        copy=False,
        index="trigram",
        tracking=True,
        help="The official number, given by a yearly sequence without gaps "
        "when the document is sent or issued.",
    )
    _sql_constraints = [
        (
            "name_uniq",
            "unique(name)",
            "This number is already used: official numbers never repeat.",
        )
    ]

    @api.model
    def _valid_field_parameter(self, field, name):
        # The numbered documents are mail threads: their number is tracked.
        return name == "tracking" or super()._valid_field_parameter(field, name)

    @api.depends("name")
    def _compute_display_name(self):
        for document in self:
            document.display_name = document.name or document._draft_display_name()

    def _draft_display_name(self):
        return self.env._("Draft")

    def _next_official_number(self, date):
        """The next number of the model's yearly sequence, for the year of
        ``date``; the caller (an action) has checked the caller's rights."""
        return self.env["liaison.workflow.mixin"]._workflow_next_number(
            self._name, date
        )
