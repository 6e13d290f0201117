# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError


class LiaisonProjectDocumentMixin(models.AbstractModel):
    """A document of a project's service flow (004 六): entrustment agreement,
    dispatch sheet, result delivery.

    It belongs to one project and stores the project's enterprise and region,
    which the record rules, the portal and the searches read.  Its ``state``
    starts at ``draft``, and only a draft may be deleted; each document says
    why in ``_unlink_draft_only_error``.
    """

    _name = "liaison.project.document.mixin"
    _description = "Project Service Document"

    project_id = fields.Many2one(
        "liaison.project",
        string="Project",
        required=True,
        index=True,
        tracking=True,
        ondelete="restrict",
    )
    partner_id = fields.Many2one(
        related="project_id.partner_id", string="Enterprise", store=True, index=True
    )
    region_id = fields.Many2one(
        related="project_id.region_id", string="Region", store=True, index=True
    )

    @api.model
    def _valid_field_parameter(self, field, name):
        # The inheriting documents are mail threads: their project is tracked.
        return name == "tracking" or super()._valid_field_parameter(field, name)

    @api.ondelete(at_uninstall=False)
    def _unlink_only_draft(self):
        if any(document.state != "draft" for document in self):
            raise UserError(self._unlink_draft_only_error())

    def _unlink_draft_only_error(self):
        return self.env._("Only draft documents can be deleted.")
