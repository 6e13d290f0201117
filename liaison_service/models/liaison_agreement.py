# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import hashlib

from odoo import api, fields, models
from odoo.exceptions import UserError

# Written by the actions only (liaison.workflow.mixin): the number when sent,
# the signature by the enterprise on its portal, the termination reason.
AGREEMENT_WORKFLOW_FIELDS = frozenset(
    {
        "name",
        "state",
        "signature",
        "signed_by",
        "signed_on",
        "signed_pdf_sha256",
        "signed_attachment_id",
        "terminate_reason",
    }
)

# Fields frozen once the agreement is signed or terminated.
AGREEMENT_LOCKED_FIELDS = {
    "name",
    "project_id",
    "service_mode",
    "scope",
    "matter",
    "material_line_ids",
    "pledge",
    "agent_officer_id",
    "agent_name",
    "principal_name",
    "agent_phone",
    "principal_phone",
    "date_sent",
    "signature",
    "signed_by",
    "signed_on",
    "signed_pdf_sha256",
    "signed_attachment_id",
}


class LiaisonAgreement(models.Model):
    """Entrustment agreement (委托协议, 004 附件1).

    Numbered per year when sent to the enterprise, signed by the enterprise on
    the portal (signature image, signer, time and the SHA-256 of the signed
    PDF are kept), then read-only; it can only be terminated with a reason.
    """

    _name = "liaison.agreement"
    _description = "Entrustment Agreement"
    _inherit = [
        "liaison.project.document.mixin",
        "liaison.official.number.mixin",
        "portal.mixin",
        "mail.thread",
        "mail.activity.mixin",
        "liaison.workflow.mixin",
    ]
    _order = "id desc"
    _rec_names_search = ["name", "partner_id.name", "project_id.name"]
    _workflow_fields = AGREEMENT_WORKFLOW_FIELDS
    _workflow_locked_fields = AGREEMENT_LOCKED_FIELDS
    _workflow_name_fields = ()
    _track_state_subtypes = {"signed": "liaison_service.mt_agreement_signed"}
    # A signed or terminated agreement cannot be changed.
    _locked_states = ("signed", "terminated")
    _signature_field = "signature"

    # name (the number), project_id, partner_id and region_id come from the
    # official number and project document mixins.
    service_mode = fields.Selection(
        [("assistance", "Assistance"), ("agency", "Agency")],
        required=True,
        default="agency",
        tracking=True,
        help="Assistance (帮办): the officer helps the enterprise apply. Agency "
        "(代办): the officer applies on the enterprise's behalf.",
    )
    scope = fields.Selection(
        [("full", "Full"), ("partial", "Partial")],
        required=True,
        default="full",
        tracking=True,
        help="Full service of every approval of the project, or only of the "
        "matters listed.",
    )
    matter = fields.Text(
        string="Entrusted Matters", help="The matters the enterprise entrusts."
    )
    material_line_ids = fields.One2many(
        "liaison.agreement.material",
        "agreement_id",
        string="Materials Handed Over",
        copy=True,
    )
    pledge = fields.Text(
        string="Truthfulness Pledge",
        default=lambda self: self._default_pledge(),
        help="The enterprise's pledge that the materials are true and complete.",
    )
    agent_officer_id = fields.Many2one(
        "liaison.officer",
        tracking=True,
        ondelete="restrict",
        help="The officer who acts for the enterprise.",
    )
    agent_name = fields.Char(
        string="Agent",
        help="The office acting as agent (受托方), as printed on the agreement.",
    )
    principal_name = fields.Char(
        string="Principal",
        tracking=True,
        help="The enterprise's contact signing as principal (委托方).",
    )
    # The parties' phones as printed on the agreement (004 附件1).
    agent_phone = fields.Char(
        help="Phone of the agent party; empty: the agent officer's phone.",
    )
    principal_phone = fields.Char(
        help="Phone of the principal party; empty: the project's responsible "
        "person's phone.",
    )
    date_sent = fields.Date(
        copy=False, help="Date the agreement was sent; its year sets the number."
    )
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("sent", "Awaiting Signature"),
            ("signed", "Signed"),
            ("terminated", "Terminated"),
        ],
        required=True,
        default="draft",
        tracking=True,
        index=True,
        copy=False,
        group_expand=True,
    )
    terminate_reason = fields.Text(
        string="Termination Reason", copy=False, readonly=True
    )
    # ---- Signature (STYLE §2 item 22) ----
    signature = fields.Image(
        copy=False, attachment=True, max_width=1024, max_height=1024
    )
    signed_by = fields.Char(copy=False)
    signed_on = fields.Datetime(copy=False)
    signed_pdf_sha256 = fields.Char(
        string="Signed PDF SHA-256",
        copy=False,
        help="SHA-256 of the PDF of the agreement as signed.",
    )
    signed_attachment_id = fields.Many2one(
        "ir.attachment", string="Signed PDF", copy=False, ondelete="restrict"
    )

    @api.model
    def _default_pledge(self):
        return self.env._(
            "The principal pledges that all the materials it provides are true, "
            "complete and valid, and bears the legal responsibility for any "
            "false material. The agent keeps the materials safe, uses them only "
            "for the entrusted matters and hands them back when the service ends."
        )

    def _draft_display_name(self):
        return self.env._("Draft Agreement")

    def _compute_access_url(self):
        for agreement in self:
            agreement.access_url = f"/my/liaison/agreements/{agreement.id}"

    @api.onchange("project_id")
    def _onchange_project_id(self):
        if self.project_id:
            self.agent_officer_id = self.project_id.main_officer_id
            self.principal_name = self.project_id.responsible_name

    # ---- CRUD ----
    def _workflow_locked_error(self, labels):
        return self.env._(
            "A signed or terminated agreement cannot be changed (%(fields)s).",
            fields=labels,
        )

    def _unlink_draft_only_error(self):
        return self.env._("Only draft agreements can be deleted; terminate it.")

    def _check_lines_editable(self):
        if self._workflow_locked():
            raise UserError(
                self.env._(
                    "The materials of a signed or terminated agreement cannot be "
                    "changed."
                )
            )

    # ---- Workflow ----
    def action_send(self):
        self._workflow_check_group("liaison_service.group_officer")
        self._workflow_check_state(
            ("draft",),
            self.env._("Only a draft agreement can be sent to the enterprise."),
        )
        for agreement in self:
            date_sent = agreement.date_sent or fields.Date.context_today(self)
            agreement._workflow_write(
                {
                    "state": "sent",
                    "date_sent": date_sent,
                    "name": agreement.name
                    or agreement._next_official_number(date_sent),
                }
            )

    def action_draft(self):
        self._workflow_check_group("liaison_service.group_officer")
        self._workflow_check_state(
            ("sent",), self.env._("Only a sent agreement can be reset to draft.")
        )
        self._workflow_write({"state": "draft"})

    def action_sign(self, signature, signed_by, pdf_bytes=None):
        """Sign as the enterprise; `signature` is a base64 image.

        The portal controller checks the access, renders the PDF of the
        agreement and passes it as ``pdf_bytes``: its SHA-256 is kept.
        """
        signer = self._check_enterprise_signs(
            signature,
            signed_by,
            [
                (
                    lambda agreement: agreement.state == "terminated",
                    self.env._("A terminated agreement cannot be signed."),
                ),
                (
                    lambda agreement: (
                        agreement.state == "signed" or agreement.signature
                    ),
                    self.env._("This agreement is already signed."),
                ),
                (
                    lambda agreement: not agreement._has_to_be_signed(),
                    self.env._("The agreement must be sent before it can be signed."),
                ),
            ],
        )
        vals = {
            "signature": signature,
            "signed_by": signer,
            "signed_on": fields.Datetime.now(),
            "state": "signed",
        }
        attachment = self.env["ir.attachment"]
        if pdf_bytes:
            vals["signed_pdf_sha256"] = hashlib.sha256(pdf_bytes).hexdigest()
            attachment = attachment.sudo().create(
                {
                    "name": f"{self.name}.pdf",
                    "raw": pdf_bytes,
                    "mimetype": "application/pdf",
                    "res_model": self._name,
                    "res_id": self.id,
                }
            )
            vals["signed_attachment_id"] = attachment.id
        # The new state is tracked under the signed subtype, which followers
        # subscribe to; this note keeps the signed PDF in the chatter.
        self._workflow_write(vals)
        self.message_post(
            body=self.env._("Agreement signed by %(name)s.", name=self.signed_by),
            attachment_ids=attachment.ids,
            subtype_xmlid="mail.mt_note",
        )
        return True

    def action_terminate(self, reason=None):
        """Terminate with a reason (`reason`, or the one on the record)."""
        self._workflow_check_group("liaison_service.group_office")
        for agreement in self:
            if agreement.state == "terminated":
                continue
            text = (reason or agreement.terminate_reason or "").strip()
            if not text:
                raise UserError(self.env._("Give a reason to terminate the agreement."))
            agreement._workflow_write({"state": "terminated", "terminate_reason": text})
            agreement.message_post(
                body=self.env._("Agreement terminated: %(reason)s", reason=text),
                subtype_xmlid="mail.mt_note",
            )
        return True
