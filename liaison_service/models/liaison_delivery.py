# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

# Frozen once the enterprise confirmed the receipt.
DELIVERY_LOCKED_FIELDS = {
    "project_id",
    "results",
    "method",
    "tracking_number",
    "returned_material_ids",
    "date_sent",
    "receipt_signature",
    "receipt_signed_by",
    "receipt_signed_on",
}
# Written by the actions only (liaison.workflow.mixin): the receipt is
# signed by the enterprise on its portal.
DELIVERY_WORKFLOW_FIELDS = frozenset(
    {"state", "receipt_signature", "receipt_signed_by", "receipt_signed_on"}
)


class LiaisonDelivery(models.Model):
    """Delivery of the results to the enterprise (004 六3, 送达回执 附件2).

    In person or by post with a tracking number; the enterprise confirms the
    receipt by signing (on the portal); then the service can complete.
    """

    _name = "liaison.delivery"
    _description = "Result Delivery"
    _inherit = [
        "liaison.project.document.mixin",
        "portal.mixin",
        "mail.thread",
        "mail.activity.mixin",
        "liaison.workflow.mixin",
    ]
    _order = "id desc"
    _rec_names_search = ["project_id.name", "tracking_number"]
    _workflow_fields = DELIVERY_WORKFLOW_FIELDS
    _workflow_locked_fields = DELIVERY_LOCKED_FIELDS
    _track_state_subtypes = {"received": "liaison_service.mt_delivery_received"}
    # A delivery whose receipt is confirmed cannot be changed.
    _locked_states = ("received",)
    _signature_field = "receipt_signature"

    # project_id, partner_id and region_id come from the project document mixin.
    results = fields.Text(
        required=True, help="The licences, approvals and documents delivered."
    )
    method = fields.Selection(
        [("in_person", "In Person"), ("post", "Post")],
        string="Delivery Method",
        required=True,
        default="in_person",
        tracking=True,
    )
    tracking_number = fields.Char(tracking=True)
    returned_material_ids = fields.One2many(
        "liaison.delivery.material",
        "delivery_id",
        string="Returned Materials",
        copy=True,
    )
    date_sent = fields.Date(tracking=True, copy=False)
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("sent", "Awaiting Receipt"),
            ("received", "Received"),
        ],
        required=True,
        default="draft",
        tracking=True,
        index=True,
        copy=False,
    )
    receipt_signature = fields.Image(
        copy=False, attachment=True, max_width=1024, max_height=1024
    )
    receipt_signed_by = fields.Char(copy=False, tracking=True)
    receipt_signed_on = fields.Datetime(copy=False)

    @api.depends("project_id", "date_sent")
    def _compute_display_name(self):
        for delivery in self:
            delivery.display_name = self.env._(
                "Delivery of %(project)s", project=delivery.project_id.name or ""
            )

    def _compute_access_url(self):
        for delivery in self:
            delivery.access_url = f"/my/liaison/deliveries/{delivery.id}"

    @api.constrains("method", "tracking_number", "state")
    def _check_tracking_number(self):
        for delivery in self:
            if (
                delivery.method == "post"
                and delivery.state != "draft"
                and not (delivery.tracking_number or "").strip()
            ):
                raise ValidationError(
                    self.env._("A delivery by post needs its tracking number.")
                )

    def _workflow_locked_error(self, labels):
        return self.env._("A delivery whose receipt is confirmed cannot be changed.")

    def _unlink_draft_only_error(self):
        return self.env._("Only draft deliveries can be deleted.")

    def action_send(self):
        self._workflow_check_group("liaison_service.group_officer")
        self._workflow_check_state(
            ("draft",), self.env._("Only a draft delivery can be sent.")
        )
        self._workflow_check_state(
            lambda delivery: not delivery.project_id.is_closed,
            self.env._("The project is already closed."),
        )
        for delivery in self:
            delivery._workflow_write(
                {
                    "state": "sent",
                    "date_sent": delivery.date_sent or fields.Date.context_today(self),
                }
            )
        return True

    def action_confirm_receipt(self, signature, signed_by):
        """The enterprise confirms the receipt by signing (portal)."""
        signer = self._check_enterprise_signs(
            signature,
            signed_by,
            [
                (
                    lambda delivery: (
                        delivery.state == "received" or delivery.receipt_signature
                    ),
                    self.env._("The receipt is already confirmed."),
                ),
                (
                    lambda delivery: not delivery._has_to_be_signed(),
                    self.env._("The delivery has not been sent yet."),
                ),
            ],
        )
        self._workflow_write(
            {
                "receipt_signature": signature,
                "receipt_signed_by": signer,
                "receipt_signed_on": fields.Datetime.now(),
                "state": "received",
            }
        )
        # The status and the signer are tracked under the receipt subtype.
        project = self.project_id.sudo()
        if not project.is_closed and not project.stage_id.is_delivered:
            project.stage_id = project._get_stage("is_delivered")
        return True
