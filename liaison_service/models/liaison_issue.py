# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tools import create_index, is_html_empty

# Working days the enterprise has to confirm a solution before the office may
# close the issue out on its own, with a reason (ir.config_parameter).
CONFIRMATION_WAIT_PARAM = "liaison_service.issue_confirmation_wait_days"
DEFAULT_CONFIRMATION_WAIT_DAYS = 5
# Escalation ladder (003 五(二)): officer → office → meeting → leadership.
ESCALATION_LEVELS = [
    ("officer", "Officer"),
    ("office", "Office"),
    ("meeting", "Consultation Meeting"),
    ("leadership", "Leadership"),
]
# Levels that only take major issues (001 第十八条).
MAJOR_LEVELS = ("meeting", "leadership")
# Fields only the workflow actions may write (liaison.workflow.mixin); the
# reasons are given through the reason wizard when the step is taken.
ISSUE_WORKFLOW_FIELDS = frozenset(
    {
        "date_accepted",
        "date_solved",
        "date_closed",
        "confirmed_by",
        "confirmed_on",
        "confirmation_mode",
        "escalation_level",
        "reopen_count",
        "rating_request_cycle",
        "awaiting_materials",
        "materials_requested_on",
        "materials_received_on",
        "reject_reason",
        "close_reason",
        "reopen_reason",
        "escalation_reason",
        "satisfaction_level",
    }
)
STAGE_FLAGS = (
    "is_accepted",
    "is_assigned",
    "is_in_progress",
    "is_solved",
    "is_closed",
    "is_rejected",
    "is_escalated",
)
# Flags of the stages an issue may only reach through an action.
GUARDED_FLAGS = ("is_solved", "is_closed", "is_rejected", "is_escalated")


class LiaisonIssue(models.Model):
    """Enterprise issue on the ledger (问题台账, 003 五(三)).

    Lifecycle: an issue is recorded (new: officer visit, direct channel,
    meeting or hotline); the office accepts it, which starts the response and
    resolution clocks of its type in working days, or rejects it with a
    reason.  It may be assigned to departments (assigned, in progress) and
    escalated officer → office → consultation meeting → leadership.  Once
    solved it awaits the enterprise's confirmation; it is closed out (销号)
    when the enterprise confirms, or by the office with a reason when the
    enterprise has not answered for a configured number of working days.
    The office may reopen it; the chatter keeps the history.
    """

    _name = "liaison.issue"
    _description = "Enterprise Issue"
    # rating.mixin brings mail.thread (listing both breaks the MRO); the stage
    # tracking mixin comes first so its _track_template reaches mail.thread's.
    _inherit = [
        "liaison.stage.tracking.mixin",
        "portal.mixin",
        "rating.mixin",
        "mail.activity.mixin",
        "liaison.jurisdiction.mixin",
        "liaison.workflow.mixin",
    ]
    _order = "priority desc, id desc"
    _mail_post_access = "read"
    _rec_names_search = ["name", "partner_id.name"]
    _workflow_fields = ISSUE_WORKFLOW_FIELDS
    _liaison_jurisdiction_fields = ("region_id", "partner_id", "project_id")

    def _default_stage_id(self):
        return self.env["liaison.issue.stage"].search(
            [("fold", "=", False)], order="sequence, id", limit=1
        )

    @api.model
    def _read_group_stage_ids(self, stages, domain):
        return stages.search([], order=stages._order)

    # ---- Issue ----
    name = fields.Char(string="Subject", required=True, tracking=True, index="trigram")
    active = fields.Boolean(default=True, tracking=True)
    color = fields.Integer(string="Color Index")
    priority = fields.Selection(
        [("0", "Normal"), ("1", "Important"), ("2", "Urgent")],
        default="0",
        index=True,
        tracking=True,
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Enterprise",
        required=True,
        index=True,
        tracking=True,
        ondelete="restrict",
        domain=[("is_company", "=", True)],
        help="The enterprise that raised the issue.",
    )
    project_id = fields.Many2one(
        "liaison.project",
        string="Project",
        index="btree_not_null",
        tracking=True,
        ondelete="restrict",
        domain="[('partner_id', '=', partner_id)]",
    )
    source = fields.Selection(
        [
            ("officer_visit", "Officer Visit"),
            ("direct_channel", "Direct Channel"),
            ("meeting", "Meeting"),
            ("hotline", "Hotline"),
        ],
        required=True,
        default="officer_visit",
        tracking=True,
        help="How the issue reached the ledger; the direct channel (直通车) is "
        "the enterprise portal.",
    )
    region_id = fields.Many2one(
        "liaison.region",
        string="Region",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
        help="The jurisdiction the issue belongs to.",
    )
    category_id = fields.Many2one(
        "liaison.issue.category",
        string="Nature",
        index=True,
        tracking=True,
        ondelete="restrict",
        help="Nature category of the issue (问题性质).",
    )
    type_id = fields.Many2one(
        "liaison.issue.type",
        string="Type",
        index=True,
        tracking=True,
        ondelete="restrict",
        help="The type sets the response and resolution time limits.",
    )
    officer_id = fields.Many2one(
        "liaison.officer",
        string="Owner",
        index="btree_not_null",
        tracking=True,
        ondelete="restrict",
        domain=[("state", "in", ("appointed", "active"))],
        help="The officer who owns the issue until it is closed out.",
    )
    work_log_id = fields.Many2one(
        "liaison.work.log",
        string="From Work Log",
        index="btree_not_null",
        ondelete="set null",
        copy=False,
        help="The officer's visit or work log entry the issue was noted in.",
    )
    description = fields.Html()
    resolution = fields.Html(help="How the issue was solved.")

    # ---- Workflow ----
    stage_id = fields.Many2one(
        "liaison.issue.stage",
        string="Stage",
        default=_default_stage_id,
        group_expand="_read_group_stage_ids",
        tracking=True,
        index=True,
        ondelete="restrict",
        copy=False,
    )
    is_solved = fields.Boolean(related="stage_id.is_solved")
    is_closed = fields.Boolean(related="stage_id.is_closed", store=True, index=True)
    is_rejected = fields.Boolean(related="stage_id.is_rejected")
    date_accepted = fields.Date(
        string="Accepted On", copy=False, readonly=True, tracking=True
    )
    response_deadline = fields.Date(
        compute="_compute_deadlines",
        store=True,
        help="Date by which the enterprise must have an answer, in working days "
        "from acceptance.",
    )
    resolution_deadline = fields.Date(
        compute="_compute_deadlines",
        store=True,
        tracking=True,
        help="Date by which the issue must be solved, in working days from acceptance.",
    )
    date_solved = fields.Date(
        string="Solved On", copy=False, readonly=True, tracking=True
    )
    date_closed = fields.Date(
        string="Closed Out On", copy=False, readonly=True, tracking=True
    )
    reject_reason = fields.Text(
        string="Rejection Reason", copy=False, readonly=True, tracking=True
    )
    confirmed_by = fields.Many2one(
        "res.users", copy=False, readonly=True, tracking=True
    )
    confirmed_on = fields.Datetime(copy=False, readonly=True, tracking=True)
    confirmation_mode = fields.Selection(
        [("enterprise", "Enterprise"), ("office", "Office, No Answer")],
        string="Confirmed By Whom",
        copy=False,
        readonly=True,
        tracking=True,
    )
    close_reason = fields.Text(
        string="Close-out Reason",
        copy=False,
        readonly=True,
        tracking=True,
        help="Why the office closes out the issue without the enterprise's "
        "confirmation.",
    )
    reopen_count = fields.Integer(string="Times Reopened", copy=False, readonly=True)
    reopen_reason = fields.Text(copy=False, readonly=True, tracking=True)
    is_overdue = fields.Boolean(
        string="Overdue",
        compute="_compute_is_overdue",
        search="_search_is_overdue",
        help="Not solved by the resolution deadline.",
    )

    # ---- Escalation (003 五(二), 001 第十八条) ----
    escalation_level = fields.Selection(
        ESCALATION_LEVELS,
        default="officer",
        required=True,
        copy=False,
        readonly=True,
        tracking=True,
        help="Who handles the issue: the officer, the office, a consultation "
        "meeting or the leadership.",
    )
    major_criterion = fields.Selection(
        [
            ("cross_department", "Overlapping or Unclear Department Duties"),
            ("reform_conflict", "Conflict from Trial Reform Rules"),
            ("key_project", "Key Project Needing Faster Approval"),
            ("office_decision", "Other Case Judged Necessary by the Office"),
        ],
        string="Major-Issue Criterion",
        copy=False,
        tracking=True,
        help="Why the issue is a major issue to submit to a consultation "
        "meeting or the leadership (001 第十八条).",
    )
    escalation_reason = fields.Text(copy=False, readonly=True, tracking=True)
    assignment_ids = fields.One2many(
        "liaison.assignment", "issue_id", string="Assignments"
    )
    assignment_count = fields.Integer(compute="_compute_assignment_count")

    def init(self):
        res = super().init()
        # Kanban columns read a stage in the model's order (priority desc,
        # id desc) with a limit: an index in that order stops after the page.
        create_index(
            self.env.cr,
            "liaison_issue_stage_priority_id_index",
            self._table,
            ["stage_id", "priority DESC", "id DESC"],
        )
        # The list's order (scale): a page of the list stops after its rows.
        create_index(
            self.env.cr,
            "liaison_issue_priority_id_index",
            self._table,
            ["priority DESC", "id DESC"],
        )
        return res

    # ---- Computes ----
    @api.depends("date_accepted", "type_id")
    def _compute_deadlines(self):
        WorkingDay = self.env["liaison.working.day"]
        for issue in self:
            if issue.date_accepted and issue.type_id:
                issue.response_deadline = WorkingDay.add_working_days(
                    issue.date_accepted, issue.type_id.response_days
                )
                issue.resolution_deadline = WorkingDay.add_working_days(
                    issue.date_accepted, issue.type_id.resolution_days
                )
            else:
                issue.response_deadline = False
                issue.resolution_deadline = False

    @api.depends("resolution_deadline", "date_solved")
    def _compute_is_overdue(self):
        today = fields.Date.context_today(self)
        for issue in self:
            issue.is_overdue = bool(
                issue.resolution_deadline
                and not issue.date_solved
                and issue.resolution_deadline < today
            )

    def _search_is_overdue(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("Unsupported search on Overdue."))
        domain = [
            ("resolution_deadline", "<", fields.Date.context_today(self)),
            ("date_solved", "=", False),
        ]
        if (operator == "=") == value:
            return domain
        return ["!", "&", *domain]

    def _compute_assignment_count(self):
        counts = dict(
            self.env["liaison.assignment"]._read_group(
                [("issue_id", "in", self.ids)], ["issue_id"], ["__count"]
            )
        )
        for issue in self:
            issue.assignment_count = counts.get(issue, 0)

    @api.depends("partner_id")
    def _compute_access_url(self):
        for issue in self:
            issue.access_url = f"/my/liaison/issues/{issue.id}"

    # ---- Onchanges ----
    @api.onchange("project_id")
    def _onchange_project_id(self):
        if self.project_id:
            self.partner_id = self.project_id.partner_id
            self.region_id = self.project_id.region_id
            self.officer_id = self.project_id.main_officer_id or self.officer_id

    # ---- CRUD ----
    @api.model_create_multi
    def create(self, vals_list):
        issues = super().create(vals_list)
        if not self.env.su:
            if any(issue.stage_id[flag] for issue in issues for flag in GUARDED_FLAGS):
                raise AccessError(self.env._("A new issue cannot start in this stage."))
            issues._check_officer_scope()
        return issues

    def write(self, vals):
        if not self.env.su and vals.get("stage_id"):
            stage = self.env["liaison.issue.stage"].browse(vals["stage_id"])
            if any(stage[flag] for flag in GUARDED_FLAGS) or any(
                issue.stage_id[flag] for issue in self for flag in GUARDED_FLAGS
            ):
                raise AccessError(
                    self.env._(
                        "Issues enter and leave the stage %(stage)s (or "
                        "their current one) only through the buttons: "
                        "solve, confirm, close out, reject, escalate or "
                        "reopen.",
                        stage=stage.name,
                    )
                )
        if (
            not self.env.su
            and {"partner_id", "project_id"} & set(vals)
            and not self.env.user.has_group("liaison_service.group_office")
        ):
            raise AccessError(
                self.env._(
                    "Only the office can move an issue to another "
                    "enterprise or project."
                )
            )
        res = super().write(vals)
        if not self.env.su and {"region_id", "officer_id"} & set(vals):
            self._check_officer_scope()
        return res

    def _check_officer_scope(self):
        """An officer records issues of his own region's enterprises only.

        The office is held to its jurisdiction by the record rules; an
        officer's rule only asks that he owns the issue, so the region and
        the enterprise are checked here: the region must lie in the region
        of the officer's card, and the enterprise must have a project in it
        or none in another region.
        """
        if self.env.user.has_group("liaison_service.group_office"):
            return
        officers = (
            self.env["liaison.officer"].sudo().search([("user_id", "=", self.env.uid)])
        )
        regions = officers.region_id
        for issue in self.sudo():
            allowed = (
                regions
                and issue.region_id
                and bool(
                    issue.region_id.search_count(
                        [
                            ("id", "=", issue.region_id.id),
                            ("id", "child_of", regions.ids),
                        ]
                    )
                )
            )
            projects = (
                self.env["liaison.project"]
                .sudo()
                .search(
                    [
                        (
                            "partner_id",
                            "child_of",
                            issue.partner_id.commercial_partner_id.ids,
                        )
                    ]
                )
            )
            if allowed and projects:
                allowed = bool(
                    projects.filtered_domain([("region_id", "child_of", regions.ids)])
                )
            if not allowed:
                raise AccessError(
                    self.env._(
                        "An officer records issues only for the enterprises of "
                        "his own region (%(issue)s).",
                        issue=issue.display_name,
                    )
                )

    # ---- Actions ----
    def _get_stage(self, flag):
        stage = self.env["liaison.issue.stage"].search([(flag, "=", True)], limit=1)
        if not stage:
            raise UserError(
                self.env._(
                    "No issue stage is configured for this step (%(flag)s).",
                    flag=flag,
                )
            )
        return stage

    def _is_open(self):
        self.ensure_one()
        return not (self.stage_id.is_closed or self.stage_id.is_rejected)

    def action_accept(self):
        """The office accepts the issue: the clocks of its type start."""
        self._workflow_check_group("liaison_service.group_office")
        for issue in self:
            if issue.date_accepted or not issue._is_open():
                raise UserError(
                    self.env._(
                        "Issue %(issue)s has already been accepted or is finished.",
                        issue=issue.name,
                    )
                )
            if not issue.type_id:
                raise UserError(
                    self.env._(
                        "Set the type of issue %(issue)s before accepting it: "
                        "the type sets its time limits.",
                        issue=issue.name,
                    )
                )
        self._workflow_write(
            {
                "date_accepted": fields.Date.context_today(self),
                "stage_id": self._get_stage("is_accepted").id,
            }
        )
        return True

    def action_reject(self, reason=None):
        """The office rejects the issue with a reason."""
        self._workflow_check_group("liaison_service.group_office")
        stage = self._get_stage("is_rejected")
        for issue in self:
            text = (reason or issue.reject_reason or "").strip()
            if not text:
                raise UserError(
                    self.env._(
                        "Give the reason for rejecting issue %(issue)s.",
                        issue=issue.name,
                    )
                )
            if issue.date_solved or not issue._is_open():
                raise UserError(
                    self.env._(
                        "Issue %(issue)s is solved or finished: it can no "
                        "longer be rejected.",
                        issue=issue.name,
                    )
                )
            issue._workflow_write({"reject_reason": text, "stage_id": stage.id})
        return True

    def action_solve(self):
        """The owner or the office records the solution."""
        self._workflow_check_group("liaison_service.group_officer")
        stage = self._get_stage("is_solved")
        for issue in self:
            if not issue.date_accepted or not issue._is_open() or issue.date_solved:
                raise UserError(
                    self.env._(
                        "Issue %(issue)s must be accepted and still open to be solved.",
                        issue=issue.name,
                    )
                )
            if is_html_empty(issue.resolution):
                raise UserError(
                    self.env._(
                        "Describe the solution of issue %(issue)s first.",
                        issue=issue.name,
                    )
                )
        self._workflow_write(
            {"date_solved": fields.Date.context_today(self), "stage_id": stage.id}
        )
        return True

    def action_confirm(self):
        """The enterprise confirms the solution: the issue is closed out."""
        stage = self._get_stage("is_closed")
        user = self.env.user
        for issue in self:
            issue.check_access("read")
            is_enterprise = (
                user.partner_id.commercial_partner_id
                == issue.partner_id.commercial_partner_id
            )
            # Only the enterprise's own (portal) user confirms: an officer
            # or the office closes out with a reason (action_close).
            if not (self.env.su or (is_enterprise and user.share)):
                raise AccessError(
                    self.env._(
                        "Only the enterprise can confirm the solution of issue "
                        "%(issue)s.",
                        issue=issue.name,
                    )
                )
            if not issue.stage_id.is_solved:
                raise UserError(
                    self.env._(
                        "Issue %(issue)s is not awaiting a confirmation.",
                        issue=issue.name,
                    )
                )
        self.sudo()._workflow_write(
            {
                "confirmed_by": user.id,
                "confirmed_on": fields.Datetime.now(),
                "confirmation_mode": "enterprise",
                "date_closed": fields.Date.context_today(self),
                "stage_id": stage.id,
            }
        )
        return True

    @api.model
    def _get_confirmation_wait_days(self):
        value = (
            self.env["ir.config_parameter"]
            .sudo()
            .get_param(CONFIRMATION_WAIT_PARAM, DEFAULT_CONFIRMATION_WAIT_DAYS)
        )
        try:
            return max(int(value), 0)
        except ValueError:
            return DEFAULT_CONFIRMATION_WAIT_DAYS

    def action_close(self, reason=None):
        """The office closes out an issue the enterprise did not confirm."""
        self._workflow_check_group("liaison_service.group_office")
        stage = self._get_stage("is_closed")
        wait_days = self._get_confirmation_wait_days()
        today = fields.Date.context_today(self)
        WorkingDay = self.env["liaison.working.day"]
        for issue in self:
            if not issue.stage_id.is_solved or not issue.date_solved:
                raise UserError(
                    self.env._(
                        "Issue %(issue)s can only be closed out once solved.",
                        issue=issue.name,
                    )
                )
            text = (reason or issue.close_reason or "").strip()
            if not text:
                raise UserError(
                    self.env._(
                        "Issue %(issue)s has not been confirmed by the "
                        "enterprise: give the reason for closing it out.",
                        issue=issue.name,
                    )
                )
            waited = WorkingDay.count_working_days(issue.date_solved, today)
            if waited < wait_days:
                raise UserError(
                    self.env._(
                        "Issue %(issue)s has waited %(waited)s working days for "
                        "the enterprise's confirmation; the office may close "
                        "it out after %(days)s.",
                        issue=issue.name,
                        waited=waited,
                        days=wait_days,
                    )
                )
            issue._workflow_write(
                {
                    "close_reason": text,
                    "confirmed_by": self.env.user.id,
                    "confirmed_on": fields.Datetime.now(),
                    "confirmation_mode": "office",
                    "date_closed": today,
                    "stage_id": stage.id,
                }
            )
        return True

    def action_reopen(self, reason=None):
        """The office reopens a solved, closed or rejected issue."""
        self._workflow_check_group("liaison_service.group_office")
        for issue in self:
            if issue._is_open() and not issue.stage_id.is_solved:
                raise UserError(
                    self.env._(
                        "Issue %(issue)s is still open.",
                        issue=issue.name,
                    )
                )
            text = (reason or issue.reopen_reason or "").strip()
            if not text:
                raise UserError(
                    self.env._(
                        "Give the reason for reopening issue %(issue)s.",
                        issue=issue.name,
                    )
                )
            stage = (
                issue._get_stage("is_in_progress")
                if issue.date_accepted
                else issue._default_stage_id()
            )
            issue._workflow_write(
                {
                    "reopen_reason": text,
                    "reopen_count": issue.reopen_count + 1,
                    "date_solved": False,
                    "date_closed": False,
                    "confirmed_by": False,
                    "confirmed_on": False,
                    "confirmation_mode": False,
                    "stage_id": stage.id,
                }
            )
        return True

    def action_escalate(self, reason=None):
        """Escalate one step: officer → office → meeting → leadership."""
        self._workflow_check_group("liaison_service.group_officer")
        stage = self._get_stage("is_escalated")
        levels = [level for level, _label in ESCALATION_LEVELS]
        for issue in self:
            if not issue.date_accepted or not issue._is_open() or issue.date_solved:
                raise UserError(
                    self.env._(
                        "Only an accepted, unsolved issue can be escalated "
                        "(%(issue)s).",
                        issue=issue.name,
                    )
                )
            index = levels.index(issue.escalation_level)
            if index + 1 >= len(levels):
                raise UserError(
                    self.env._(
                        "Issue %(issue)s is already with the leadership.",
                        issue=issue.name,
                    )
                )
            level = levels[index + 1]
            if level in MAJOR_LEVELS:
                issue._workflow_check_group("liaison_service.group_office")
                if not issue.major_criterion:
                    raise UserError(
                        self.env._(
                            "Only major issues go to a consultation meeting or "
                            "the leadership: record the major-issue criterion "
                            "of issue %(issue)s.",
                            issue=issue.name,
                        )
                    )
            text = (reason or issue.escalation_reason or "").strip()
            if not text:
                raise UserError(
                    self.env._(
                        "Give the reason for escalating issue %(issue)s.",
                        issue=issue.name,
                    )
                )
            issue._workflow_write(
                {
                    "escalation_reason": text,
                    "escalation_level": level,
                    "stage_id": stage.id,
                }
            )
        return True

    def _move_to_stage(self, flag, from_flags=()):
        """Move the issues whose stage has no flag or one of ``from_flags``."""
        stage = self._get_stage(flag)
        issues = self.filtered(
            lambda i: not any(i.stage_id[f] for f in STAGE_FLAGS if f not in from_flags)
        )
        if issues:
            issues.sudo()._workflow_write({"stage_id": stage.id})

    def action_assign(self):
        """The office drafts an assignment notice (交办单) for the issue."""
        self.ensure_one()
        self._workflow_check_group("liaison_service.group_office")
        if not self.date_accepted or not self._is_open() or self.date_solved:
            raise UserError(
                self.env._(
                    "Issue %(issue)s must be accepted, open and unsolved to be "
                    "assigned.",
                    issue=self.name,
                )
            )
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Assign Issue"),
            "res_model": "liaison.assignment",
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "current",
            "context": {"default_issue_id": self.id},
        }

    def action_view_assignments(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "liaison_service.liaison_assignment_action"
        )
        action["domain"] = [("issue_id", "=", self.id)]
        action["context"] = {"default_issue_id": self.id}
        return action

    # ---- Constraints ----
    @api.constrains("date_accepted", "date_closed")
    def _check_closed_after_accepted(self):
        # KPIs count days from acceptance to close-out: never negative.  Each
        # date is its user's local day (the enterprise may be a time zone
        # behind the office that accepted), hence the one day of tolerance.
        for issue in self:
            if (
                issue.date_closed
                and issue.date_accepted
                and issue.date_closed < issue.date_accepted - timedelta(days=1)
            ):
                raise ValidationError(
                    self.env._(
                        "Issue %(issue)s cannot be closed out (%(closed)s) before "
                        "it was accepted (%(accepted)s).",
                        issue=issue.name,
                        closed=issue.date_closed,
                        accepted=issue.date_accepted,
                    )
                )

    @api.constrains("project_id", "partner_id")
    def _check_project_partner(self):
        for issue in self:
            if (
                issue.project_id
                and issue.project_id.partner_id.commercial_partner_id
                != issue.partner_id.commercial_partner_id
            ):
                raise ValidationError(
                    self.env._(
                        "Project %(project)s does not belong to %(partner)s.",
                        project=issue.project_id.name,
                        partner=issue.partner_id.name,
                    )
                )
