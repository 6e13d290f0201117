# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError


class LiaisonProjectDocumentMixin(models.AbstractModel):
    """A document of a project's service flow (004 六): entrustment agreement,
    dispatch sheet, result delivery.

    It belongs to one project and stores the project's enterprise and region,
    which the record rules, the portal and the searches read.  Its ``state``
    starts at ``draft``, and only a draft may be deleted; each document says
    why in ``_unlink_draft_only_error``.  In the ``_locked_states`` it is
    read-only (``liaison.workflow.mixin``: ``_workflow_locked``).  The
    enterprise signs it on its portal while it is ``sent`` and its
    ``_signature_field`` is empty (``_check_enterprise_signs``).
    ``_track_state_subtypes`` maps a
    state to the chatter subtype its tracking is told under (followers of the
    document, or of its project through the parent subtype, subscribe to it).
    List the mixin before the mail mixins in ``_inherit``.
    """

    _name = "liaison.project.document.mixin"
    _description = "Project Service Document"
    _track_state_subtypes = {}
    # States in which the document cannot be changed any more.
    _locked_states = ()
    # Image field of the enterprise's signature.
    _signature_field = None

    project_id = fields.Many2one(
        "liaison.project",
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

    def _workflow_locked(self):
        return self.filtered(lambda document: document.state in self._locked_states)

    def _has_to_be_signed(self):
        """True when the enterprise may sign: sent, not yet signed."""
        self.ensure_one()
        return self.state == "sent" and not self[self._signature_field]

    def _check_enterprise_signs(self, signature, signed_by, refusals):
        """The enterprise signs ``self`` (one document) on its portal.

        Checked in order: the signer (only the enterprise, through its
        portal), ``refusals`` (``[(refused, message)]``: the first step
        ``refused(self)`` refuses says why), then the signature given.
        Returns the signer's name.
        """
        self.ensure_one()
        self._workflow_check_enterprise_signer(self.project_id.sudo().partner_id)
        for refused, message in refusals:
            if refused(self):
                raise UserError(message)
        return self._check_signature_given(signature, signed_by)

    def _check_signature_given(self, signature, signed_by):
        """The enterprise's signature image and signer's name, as its portal
        sends them: both are required.  Returns the signer's name."""
        if not signature:
            raise UserError(self.env._("The signature is empty."))
        if not (signed_by or "").strip():
            raise UserError(self.env._("Give the name of the signer."))
        return signed_by.strip()

    def _track_subtype(self, init_values):
        self.ensure_one()
        xmlid = "state" in init_values and self._track_state_subtypes.get(self.state)
        subtype = xmlid and self.env.ref(xmlid, raise_if_not_found=False)
        return subtype or super()._track_subtype(init_values)
