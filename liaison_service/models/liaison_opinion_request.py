# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

REPLY_DAYS_PARAM = "liaison_service.opinion_reply_days"
DEFAULT_REPLY_DAYS = 5
# What a department user (not an officer) may write: its written reply.
REPLY_FIELDS = {"reply", "required_material_ids", "missing_materials"}


class LiaisonOpinionRequest(models.Model):
    """Opinion request (意见征询, 001 第十四条) from an officer to a guide.

    Lifecycle: draft → sent to the department guide of an approval item →
    replied (the guide's written reply lists everything needed at once,
    一次性告知) → closed by the officer.  The department of the item sees
    and answers the requests addressed to it, and writes nothing else.
    """

    _name = "liaison.opinion.request"
    _description = "Opinion Request"
    _inherit = [
        "liaison.official.number.mixin",
        "mail.thread",
        "mail.activity.mixin",
        "liaison.workflow.mixin",
        "liaison.deadline.mixin",
        "liaison.approval.guide.mixin",
    ]
    _deadline_field = "reply_deadline"
    _deadline_open_domain = [("state", "=", "sent")]
    _workflow_fields = frozenset({"state", "replied_by", "date_replied"})
    _workflow_name_fields = ()
    _order = "date_requested desc, id desc"
    _mail_post_access = "read"
    _rec_names_search = ["name", "question"]

    def _default_reply_days(self):
        value = self.env["ir.config_parameter"].sudo().get_param(REPLY_DAYS_PARAM, "")
        try:
            return int(value) if value else DEFAULT_REPLY_DAYS
        except ValueError:
            return DEFAULT_REPLY_DAYS

    # The official number (liaison.official.number.mixin), given on creation.
    name = fields.Char(
        required=True,
        default=lambda self: self.env._("New"),
        tracking=None,
        help=None,
    )
    project_id = fields.Many2one(
        "liaison.project",
        required=True,
        index=True,
        tracking=True,
        ondelete="restrict",
    )
    region_id = fields.Many2one(
        related="project_id.region_id", store=True, index=True, string="Region"
    )
    checklist_line_id = fields.Many2one(
        "liaison.checklist.line",
        string="Checklist Item",
        index="btree_not_null",
        ondelete="set null",
        domain="[('project_id', '=', project_id)]",
    )
    approval_item_id = fields.Many2one(
        tracking=True,
        compute="_compute_approval_item_id",
        store=True,
        readonly=False,
        precompute=True,
    )
    guide_id = fields.Many2one(
        tracking=True,
        help="The current guide of the approval item, who replies.",
    )
    question = fields.Text(required=True)
    requested_by = fields.Many2one(
        "res.users",
        default=lambda self: self.env.user,
        domain=[("share", "=", False)],
        tracking=True,
    )
    date_requested = fields.Date(
        string="Requested On", default=fields.Date.context_today, tracking=True
    )
    reply_days = fields.Integer(
        string="Reply Within",
        default=_default_reply_days,
        help="Working days the guide has to reply (default set by the system "
        f"parameter {REPLY_DAYS_PARAM}, else {DEFAULT_REPLY_DAYS}).",
    )
    reply_deadline = fields.Date(
        compute="_compute_reply_deadline",
        store=True,
        help="Requested on plus the reply time, in Chinese working days.",
    )
    reply = fields.Html(
        string="Written Reply",
        help="The guide's reply: everything the applicant needs, said at once "
        "(一次性告知).",
    )
    required_material_ids = fields.Many2many(
        "liaison.approval.material",
        "liaison_opinion_request_material_rel",
        "request_id",
        "material_id",
        string="Required Materials",
        domain="[('item_id', '=', approval_item_id)]",
    )
    missing_materials = fields.Text(
        string="Other Materials Needed",
        help="Materials needed that are not in the catalogue, one a line.",
    )
    replied_by = fields.Many2one("res.users", copy=False)
    date_replied = fields.Date(string="Replied On", copy=False)
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("sent", "Sent"),
            ("replied", "Replied"),
            ("closed", "Closed"),
        ],
        required=True,
        default="draft",
        tracking=True,
        index=True,
        copy=False,
    )

    # ---- Computes ----
    @api.depends("checklist_line_id")
    def _compute_approval_item_id(self):
        for request in self:
            if request.checklist_line_id:
                request.approval_item_id = request.checklist_line_id.approval_item_id

    @api.depends("date_requested", "reply_days")
    def _compute_reply_deadline(self):
        calendar = self.env["liaison.working.day"]
        for request in self:
            request.reply_deadline = (
                calendar.add_working_days(
                    request.date_requested, max(request.reply_days, 0)
                )
                if request.date_requested
                else False
            )

    # ---- CRUD ----
    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if not vals.get("name") or vals["name"] == self.env._("New"):
                vals["name"] = self._next_official_number(
                    vals.get("date_requested")
                ) or self.env._("New")
        return super().create(vals_list)

    def write(self, vals):
        if self._is_reply_only_user() and set(vals) - REPLY_FIELDS:
            raise AccessError(
                self.env._(
                    "A department can only write the reply of an opinion request "
                    "(reply and materials needed)."
                )
            )
        if self._is_reply_only_user() and self.filtered(
            lambda request: request.state != "sent"
        ):
            raise UserError(
                self.env._("Only an opinion request that was sent can be answered.")
            )
        return super().write(vals)

    def _is_reply_only_user(self):
        """A department user who is not an officer: only answers."""
        return not self.env.su and not self.env.user.has_group(
            "liaison_service.group_officer"
        )

    # ---- Actions ----
    def action_send(self):
        self._workflow_check_group("liaison_service.group_officer")
        for request in self:
            request._workflow_check_state(
                ("draft",),
                self.env._(
                    "Only a draft opinion request can be sent (%(name)s).",
                    name=request.name,
                ),
            )
            request._workflow_check_state(
                lambda r: r.guide_id,
                self.env._(
                    "The approval item %(item)s has no current guide to ask.",
                    item=request.approval_item_id.name,
                ),
            )
        self._workflow_write({"state": "sent"})
        for request in self:
            if request.guide_id.user_id:
                request.message_subscribe(request.guide_id.user_id.partner_id.ids)
                request.activity_schedule(
                    "mail.mail_activity_data_todo",
                    date_deadline=request.reply_deadline,
                    summary=self.env._("Reply to the opinion request"),
                    user_id=request.guide_id.user_id.id,
                )

    def action_reply(self):
        """The guide sends the written reply (一次性告知)."""
        for request in self:
            request._workflow_check_state(
                ("sent",),
                self.env._(
                    "Only a sent opinion request can be answered (%(name)s).",
                    name=request.name,
                ),
            )
            request._workflow_check_state(
                lambda r: (
                    (r.reply or "").strip()
                    or r.required_material_ids
                    or r.missing_materials
                ),
                self.env._(
                    "Write the reply of %(name)s, listing everything needed, "
                    "before sending it.",
                    name=request.name,
                ),
            )
        # The reply fields are checked by the write access of the guide; the
        # state and the stamp are set by the workflow.
        self.check_access("write")
        self._workflow_write(
            {
                "state": "replied",
                "replied_by": self.env.user.id,
                "date_replied": fields.Date.context_today(self),
            }
        )
        self.sudo().activity_feedback(["mail.mail_activity_data_todo"])

    def action_close(self):
        self._workflow_check_group("liaison_service.group_officer")
        self._workflow_check_state(
            ("replied",),
            lambda request: self.env._(
                "Only an answered opinion request can be closed (%(name)s).",
                name=request.name,
            ),
        )
        self._workflow_write({"state": "closed"})

    def action_reset_draft(self):
        self._workflow_check_group("liaison_service.group_officer")
        self.filtered(lambda request: request.state == "sent")._workflow_write(
            {"state": "draft"}
        )
