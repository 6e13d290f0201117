# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class LiaisonDispatch(models.Model):
    """Dispatch sheet (派任单, 001 附件2): the office assigns the officers.

    Issuing it (office only) numbers it per year (派任〔2026〕3号), writes the
    main officer and the assistants onto the project ("1+1" / "1+N"), moves
    the project to the dispatched stage and notifies the officers.
    """

    _name = "liaison.dispatch"
    _description = "Dispatch Sheet"
    _inherit = [
        "liaison.project.document.mixin",
        "liaison.official.number.mixin",
        "mail.thread",
        "mail.activity.mixin",
        "liaison.workflow.mixin",
    ]
    # Numbered and moved along by the actions only.
    _workflow_fields = frozenset({"name", "state"})
    _workflow_name_fields = ()
    _track_state_subtypes = {"issued": "liaison_service.mt_dispatch_issued"}
    # An issued or cancelled dispatch cannot be changed.
    _locked_states = ("issued", "cancelled")
    _order = "date desc, id desc"
    _rec_names_search = ["name", "project_id.name"]

    # name (the number), project_id, partner_id and region_id come from the
    # official number and project document mixins.
    main_officer_id = fields.Many2one(
        "liaison.officer",
        required=True,
        tracking=True,
        ondelete="restrict",
        domain="[('state', '=', 'active')]",
    )
    assistant_officer_ids = fields.Many2many(
        "liaison.officer",
        "liaison_dispatch_assistant_officer_rel",
        "dispatch_id",
        "officer_id",
        string="Assistant Officers",
        domain="[('state', '=', 'active'), ('id', '!=', main_officer_id)]",
    )
    date = fields.Date(
        required=True, default=fields.Date.context_today, tracking=True, copy=False
    )
    instructions = fields.Text(
        help="What the officers are asked to do, and by when (派任要求)."
    )
    state = fields.Selection(
        [("draft", "Draft"), ("issued", "Issued"), ("cancelled", "Cancelled")],
        required=True,
        default="draft",
        tracking=True,
        index=True,
        copy=False,
    )

    def _draft_display_name(self):
        return self.env._("Draft Dispatch")

    @api.constrains("main_officer_id", "assistant_officer_ids")
    def _check_officers(self):
        for dispatch in self:
            if dispatch.main_officer_id in dispatch.assistant_officer_ids:
                raise ValidationError(
                    self.env._(
                        "%(officer)s cannot be both the main officer and an assistant.",
                        officer=dispatch.main_officer_id.name,
                    )
                )

    def _workflow_locked_error(self, labels):
        return self.env._("An issued or cancelled dispatch cannot be changed.")

    def _unlink_draft_only_error(self):
        return self.env._("Only draft dispatches can be deleted; cancel it.")

    def action_issue(self):
        self._workflow_check_group("liaison_service.group_office")
        dispatched = self.env["liaison.project"]._get_stage("is_dispatched")
        self._workflow_check_state(
            ("draft",), self.env._("Only a draft dispatch can be issued.")
        )
        self._workflow_check_state(
            lambda dispatch: not dispatch.project_id.is_closed,
            lambda dispatch: self.env._(
                "Project %(name)s is closed: no officer can be dispatched.",
                name=dispatch.project_id.name,
            ),
        )
        for dispatch in self:
            project = dispatch.project_id
            officers = dispatch.main_officer_id | dispatch.assistant_officer_ids
            inactive = officers.filtered(lambda o: o.state != "active")
            if inactive:
                raise UserError(
                    self.env._(
                        "Only active officers can be dispatched: %(names)s.",
                        names=", ".join(inactive.mapped("name")),
                    )
                )
            dispatch._workflow_write(
                {
                    "state": "issued",
                    "name": dispatch._next_official_number(dispatch.date),
                }
            )
            project_vals = {
                "main_officer_id": dispatch.main_officer_id.id,
                "assistant_officer_ids": [
                    fields.Command.set(dispatch.assistant_officer_ids.ids)
                ],
            }
            if not project.stage_id or project.stage_id.is_intake:
                project_vals["stage_id"] = dispatched.id
            project.write(project_vals)
            for officer in officers.filtered("user_id"):
                project.activity_schedule(
                    "mail.mail_activity_data_todo",
                    summary=self.env._(
                        "Dispatched to serve the project (%(number)s)",
                        number=dispatch.name,
                    ),
                    note=dispatch.instructions,
                    user_id=officer.user_id.id,
                )
        return True

    def action_cancel(self):
        self._workflow_check_group("liaison_service.group_office")
        self._workflow_check_state(
            ("draft", "issued"), self.env._("This dispatch is already cancelled.")
        )
        self._workflow_write({"state": "cancelled"})
