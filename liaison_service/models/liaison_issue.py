# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import timedelta

from odoo import Command, api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tools import SQL, create_index, is_html_empty

from .liaison_supervision_mixin import OPEN_ASSIGNMENT_STATES

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
# Five levels of satisfaction (SPEC C3) on the core rating values 5..1.
SATISFACTION_LEVELS = [
    ("5", "Very Satisfied"),
    ("4", "Satisfied"),
    ("3", "Fairly Satisfied"),
    ("2", "Unsatisfied"),
    ("1", "Very Unsatisfied"),
]
# Ratings at or below this value are "unsatisfied" and open a rectification.
UNSATISFIED_MAX = 2


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

    Materials to complete (补正, SPEC C3): the officer or the office asks the
    enterprise for missing materials, which pauses the issue (no supervision
    while it waits); on receipt the resolution clock restarts from the
    receipt date with the type's resolution days, in working days.

    Supervision (督办): past its resolution deadline, an open, unsolved issue
    without an open assignment climbs the supervision ladder of
    ``liaison.supervision.mixin`` (reminder, red supervision, bulletin,
    escalation to the leadership).

    Rating of the close-out by the enterprise: when an issue enters a stage
    with a rating template, the enterprise gets one rating request per
    close-out: ``rating_request_cycle`` remembers the close-out
    (``reopen_count + 1``) it was sent for, so moving back and forth does not
    send a second one; an issue reopened and closed out again gets a new
    request.  A rating is given once: a second answer through the same
    request is refused.  An unsatisfied answer opens a rectification.

    Meetings: issues are put on the agenda of weekly coordination and
    consultation meetings (``liaison.meeting``).
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
        "liaison.region.mixin",
        "liaison.enterprise.mixin",
        "liaison.workflow.mixin",
        # The ladder, with the deadline and overdue flag (liaison.deadline.mixin)
        # and the smart-button counts (liaison.count.mixin).
        "liaison.supervision.mixin",
    ]
    _order = "priority desc, id desc"
    _mail_post_access = "read"
    _rec_names_search = ["name", "partner_id.name"]
    _workflow_fields = ISSUE_WORKFLOW_FIELDS
    _liaison_jurisdiction_fields = ("region_id", "partner_id", "project_id")
    _deadline_field = "resolution_deadline"
    _deadline_open_domain = [("date_solved", "=", False)]
    _supervision_field = "issue_id"

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
    # Required company, indexed: liaison.enterprise.mixin.
    partner_id = fields.Many2one(
        tracking=True, help="The enterprise that raised the issue."
    )
    project_id = fields.Many2one(
        "liaison.project",
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
        tracking=True, help="The jurisdiction the issue belongs to."
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
        default=lambda self: self._default_stage_id(),
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
    is_overdue = fields.Boolean(help="Not solved by the resolution deadline.")

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

    # ---- Materials to complete (补正, SPEC C3) ----
    awaiting_materials = fields.Boolean(
        copy=False,
        readonly=True,
        tracking=True,
        help="The enterprise has been asked to complete its materials (补正).",
    )
    materials_note = fields.Text(
        string="Materials Requested",
        copy=False,
        tracking=True,
        help="Which materials the enterprise must complete.",
    )
    materials_requested_on = fields.Date(copy=False, readonly=True, tracking=True)
    materials_received_on = fields.Date(
        copy=False,
        readonly=True,
        tracking=True,
        help="The resolution deadline is counted from this date.",
    )

    # ---- Rating (SPEC C3) ----
    satisfaction_level = fields.Selection(
        SATISFACTION_LEVELS,
        compute="_compute_satisfaction_level",
        store=True,
        help="The enterprise's last rating on five levels.",
    )
    rating_request_cycle = fields.Integer(
        copy=False,
        readonly=True,
        help="Close-out (1 + times reopened) for which the rating request was "
        "sent; 0 when none was sent.",
    )
    rectification_ids = fields.One2many(
        "liaison.rectification", "issue_id", string="Rectifications"
    )
    rectification_count = fields.Integer(compute="_compute_rectification_count")

    # ---- Supervision (督办) ----
    supervision_step_ids = fields.One2many(
        "liaison.supervision.step", "issue_id", string="Supervision Ladder"
    )

    # ---- Meetings ----
    meeting_ids = fields.Many2many(
        "liaison.meeting",
        "liaison_meeting_issue_rel",
        "issue_id",
        "meeting_id",
        string="Meetings",
    )

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
    @api.depends("date_accepted", "type_id", "materials_received_on")
    def _compute_deadlines(self):
        # Once the missing materials are received, the resolution clock
        # restarts from the receipt date.
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
            if issue.materials_received_on and issue.type_id:
                issue.resolution_deadline = WorkingDay.add_working_days(
                    issue.materials_received_on, issue.type_id.resolution_days
                )

    def _compute_assignment_count(self):
        self._compute_related_count(
            "assignment_count", "liaison.assignment", "issue_id"
        )

    @api.depends("partner_id")
    def _compute_access_url(self):
        for issue in self:
            issue.access_url = f"/my/liaison/issues/{issue.id}"

    @api.depends("rating_last_value")
    def _compute_satisfaction_level(self):
        for issue in self:
            value = round(issue.rating_last_value or 0)
            issue.satisfaction_level = str(value) if 1 <= value <= 5 else False

    def _compute_rectification_count(self):
        if self.env["liaison.rectification"].has_access("read"):
            self._compute_related_count(
                "rectification_count", "liaison.rectification", "issue_id"
            )
        else:
            self.rectification_count = 0

    @api.depends("stage_id", "date_solved", "supervision_step_ids.colour")
    def _compute_supervision_colour(self):
        return super()._compute_supervision_colour()

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
        if vals.get("stage_id"):
            self._send_stage_rating_request()
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
    def _stage_missing_error(self, flag):
        return self.env._(
            "No issue stage is configured for this step (%(flag)s).", flag=flag
        )

    def _is_open(self):
        self.ensure_one()
        return not (self.stage_id.is_closed or self.stage_id.is_rejected)

    def _is_in_hand(self):
        """Accepted, open and unsolved: it can be solved, escalated, assigned
        or wait for materials."""
        self.ensure_one()
        return bool(self.date_accepted and self._is_open() and not self.date_solved)

    def _step_reason(self, reason, field, refusal):
        """The reason given for a step, or the one already in ``field``;
        ``refusal`` (a ``UserError`` message) when there is none."""
        self.ensure_one()
        text = (reason or self[field] or "").strip()
        if not text:
            raise UserError(refusal)
        return text

    def _check_awaiting_confirmation(self):
        self._workflow_check_state(
            lambda issue: issue.stage_id.is_solved,
            lambda issue: self.env._(
                "Issue %(issue)s is not awaiting a confirmation.", issue=issue.name
            ),
        )

    def action_accept(self):
        """The office accepts the issue: the clocks of its type start."""
        self._workflow_check_group("liaison_service.group_office")
        for issue in self:
            issue._workflow_check_state(
                lambda i: not i.date_accepted and i._is_open(),
                self.env._(
                    "Issue %(issue)s has already been accepted or is finished.",
                    issue=issue.name,
                ),
            )
            issue._workflow_check_state(
                lambda i: i.type_id,
                self.env._(
                    "Set the type of issue %(issue)s before accepting it: "
                    "the type sets its time limits.",
                    issue=issue.name,
                ),
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
            text = issue._step_reason(
                reason,
                "reject_reason",
                self.env._(
                    "Give the reason for rejecting issue %(issue)s.", issue=issue.name
                ),
            )
            issue._workflow_check_state(
                lambda i: not i.date_solved and i._is_open(),
                self.env._(
                    "Issue %(issue)s is solved or finished: it can no "
                    "longer be rejected.",
                    issue=issue.name,
                ),
            )
            issue._workflow_write({"reject_reason": text, "stage_id": stage.id})
        return True

    def action_solve(self):
        """The owner or the office records the solution."""
        self._workflow_check_group("liaison_service.group_officer")
        stage = self._get_stage("is_solved")
        for issue in self:
            issue._workflow_check_state(
                lambda i: i._is_in_hand(),
                self.env._(
                    "Issue %(issue)s must be accepted and still open to be solved.",
                    issue=issue.name,
                ),
            )
            issue._workflow_check_state(
                lambda i: not is_html_empty(i.resolution),
                self.env._(
                    "Describe the solution of issue %(issue)s first.",
                    issue=issue.name,
                ),
            )
        self._workflow_write(
            {"date_solved": fields.Date.context_today(self), "stage_id": stage.id}
        )
        return True

    def action_confirm(self):
        """The enterprise confirms the solution: the issue is closed out."""
        stage = self._get_stage("is_closed")
        user = self.env.user
        # Only the enterprise's own (portal) user confirms: an officer or the
        # office closes out with a reason (action_close).
        self._portal_check_enterprise(
            self.env._(
                "Only the enterprise can confirm the solution of issue %(issue)s."
            )
        )
        self._check_awaiting_confirmation()
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
            issue._workflow_check_state(
                lambda i: i.stage_id.is_solved and i.date_solved,
                self.env._(
                    "Issue %(issue)s can only be closed out once solved.",
                    issue=issue.name,
                ),
            )
            text = issue._step_reason(
                reason,
                "close_reason",
                self.env._(
                    "Issue %(issue)s has not been confirmed by the "
                    "enterprise: give the reason for closing it out.",
                    issue=issue.name,
                ),
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
            issue._workflow_check_state(
                lambda i: not i._is_open() or i.stage_id.is_solved,
                self.env._("Issue %(issue)s is still open.", issue=issue.name),
            )
            text = issue._step_reason(
                reason,
                "reopen_reason",
                self.env._(
                    "Give the reason for reopening issue %(issue)s.", issue=issue.name
                ),
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
            issue._workflow_check_state(
                lambda i: i._is_in_hand(),
                self.env._(
                    "Only an accepted, unsolved issue can be escalated (%(issue)s).",
                    issue=issue.name,
                ),
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
            text = issue._step_reason(
                reason,
                "escalation_reason",
                self.env._(
                    "Give the reason for escalating issue %(issue)s.", issue=issue.name
                ),
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
        self._workflow_check_state(
            lambda i: i._is_in_hand(),
            self.env._(
                "Issue %(issue)s must be accepted, open and unsolved to be assigned.",
                issue=self.name,
            ),
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
        return self._action_related(
            "liaison_service.liaison_assignment_action",
            [("issue_id", "=", self.id)],
            {"default_issue_id": self.id},
        )

    # ---- Materials to complete (补正) ----
    def action_request_materials(self, note=None):
        """Ask the enterprise to complete its materials: the issue waits."""
        self._workflow_check_group("liaison_service.group_officer")
        for issue in self:
            issue._workflow_check_state(
                lambda i: i._is_in_hand(),
                self.env._(
                    "Materials can only be requested for an accepted, "
                    "unsolved issue (%(issue)s).",
                    issue=issue.name,
                ),
            )
            issue._workflow_check_state(
                lambda i: not i.awaiting_materials,
                self.env._(
                    "Issue %(issue)s is already awaiting materials.", issue=issue.name
                ),
            )
            text = issue._step_reason(
                note,
                "materials_note",
                self.env._(
                    "List the materials issue %(issue)s needs.", issue=issue.name
                ),
            )
            issue._workflow_write(
                {
                    "awaiting_materials": True,
                    "materials_note": text,
                    "materials_requested_on": fields.Date.context_today(self),
                }
            )
        return True

    def action_materials_received(self):
        """The materials are complete: the resolution clock restarts today."""
        self._workflow_check_group("liaison_service.group_officer")
        self._workflow_check_state(
            lambda issue: issue.awaiting_materials,
            lambda issue: self.env._(
                "Issue %(issue)s is not awaiting materials.", issue=issue.name
            ),
        )
        self._workflow_write(
            {
                "awaiting_materials": False,
                "materials_received_on": fields.Date.context_today(self),
            }
        )
        return True

    # ---- Rating ----
    def _send_stage_rating_request(self):
        for issue in self:
            template = issue.stage_id.rating_template_id
            cycle = issue.reopen_count + 1
            if not template or issue.rating_request_cycle == cycle:
                continue
            partner = issue._rating_get_partner()
            if not partner:
                continue
            # Bookkeeping of the stage change the caller was allowed to make.
            issue.sudo().write({"rating_request_cycle": cycle})
            issue.rating_send_request(template, lang=partner.lang, force_send=False)

    def action_view_rectifications(self):
        return self._action_related(
            "liaison_service.liaison_rectification_action",
            [("issue_id", "=", self.id)],
            {"default_issue_id": self.id},
        )

    def _rating_get_partner(self):
        return self.partner_id.commercial_partner_id

    def _rating_get_operator(self):
        return self.officer_id.user_id.partner_id

    def _rating_apply_get_default_subtype_id(self):
        return self.env["ir.model.data"]._xmlid_to_res_id(
            "liaison_service.mt_issue_rating"
        )

    def rating_apply(
        self,
        rate,
        token=None,
        rating=None,
        feedback=None,
        subtype_xmlid=None,
        notify_delay_send=False,
    ):
        """Apply the enterprise's answer once; unsatisfied opens a rectification."""
        if token:
            rating = self.env["rating.rating"].search(
                [("access_token", "=", token)], limit=1
            )
        if rating and (rating.res_model != self._name or rating.res_id not in self.ids):
            raise UserError(self.env._("This rating does not belong to this issue."))
        if rating and rating.consumed:
            raise UserError(
                self.env._(
                    "This issue has already been rated; a rating cannot be given twice."
                )
            )
        rating = super().rating_apply(
            rate,
            rating=rating,
            feedback=feedback,
            subtype_xmlid=subtype_xmlid,
            notify_delay_send=notify_delay_send,
        )
        if 0 < rate <= UNSATISFIED_MAX:
            self.env["liaison.rectification"].sudo()._create_from_rating(
                self.browse(rating.res_id), rating
            )
        return rating

    # ---- Supervision (liaison.supervision.mixin) ----
    def _supervision_is_open(self):
        return bool(self._is_open() and not self.date_solved)

    @api.model
    def _supervision_candidate_where(self, today, blue_limit):
        # Open, unsolved, past the resolution deadline, no open assignment.
        return SQL(
            """r.active AND r.resolution_deadline < %s AND r.date_solved IS NULL
               AND NOT COALESCE(r.is_closed, FALSE)
               AND NOT EXISTS (SELECT 1 FROM liaison_issue_stage s
                                WHERE s.id = r.stage_id AND s.is_rejected)
               AND NOT EXISTS (SELECT 1 FROM liaison_assignment a
                                WHERE a.issue_id = r.id AND a.state IN %s)""",
            today,
            OPEN_ASSIGNMENT_STATES,
        )

    @api.model
    def _supervision_candidate_domain(self, today):
        # No supervision while the issue waits for the enterprise's materials.
        return [
            *super()._supervision_candidate_domain(today),
            ("awaiting_materials", "=", False),
        ]

    @api.model
    def _supervision_date_maps(self, ids, today):
        self.env.cr.execute(
            SQL(
                """SELECT ARRAY_AGG(DISTINCT resolution_deadline)
                     FROM liaison_issue WHERE id = ANY(%s)""",
                ids,
            )
        )
        return {"ladder": self._supervision_ladder_map(self.env.cr.fetchone()[0])}

    @api.model
    def _supervision_due_query(self, ids, today, blue_limit, maps):
        return SQL(
            """
            WITH ladder AS (%(ladder)s)
            SELECT i.id, i.region_id, v.step, v.day
              FROM liaison_issue i
              JOIN ladder l ON l.deadline = i.resolution_deadline,
                   LATERAL %(ladder_steps)s
             WHERE i.id = ANY(%(ids)s) AND v.day <= %(today)s
               AND NOT EXISTS (SELECT 1 FROM liaison_supervision_step s
                                WHERE s.issue_id = i.id AND s.step = v.step)
            """,
            ladder=self._supervision_ladder_sql(maps["ladder"]),
            ladder_steps=self._supervision_ladder_steps_sql(),
            ids=ids,
            today=today,
        )

    # ---- Meetings ----
    def action_add_to_meeting(self):
        """Open a new draft meeting whose agenda holds the selected issues."""
        regions = self.region_id
        region = regions if len(regions) == 1 else regions[:0]
        region = region or self._default_region_id()
        meeting = self.env["liaison.meeting"].create(
            {
                "name": self.env._("Weekly coordination meeting"),
                "region_id": (region or regions[:1]).id,
                "issue_ids": [Command.set(self.ids)],
                "project_ids": [Command.set(self.project_id.ids)],
                "partner_ids": [Command.set(self.partner_id.commercial_partner_id.ids)],
            }
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": "liaison.meeting",
            "res_id": meeting.id,
            "view_mode": "form",
        }

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

    # ---- Portal-facing actions ----
    # The enterprise's steps on its portal (liaison_service_portal): the
    # controllers parse the forms and call these; the rights are checked here.
    # Length of the subject taken from the description when none is given.
    _portal_subject_length = 40

    def _portal_check_enterprise(self, message):
        """Raise ``AccessError(message)`` unless the caller is a portal user of
        the issues' enterprise (or the superuser)."""
        user = self.env.user
        for issue in self:
            issue.check_access("read")
            is_enterprise = (
                user.partner_id.commercial_partner_id
                == issue.partner_id.commercial_partner_id
            )
            if not (self.env.su or (is_enterprise and user.share)):
                raise AccessError(message % {"issue": issue.name})

    @api.model
    def _portal_latest_project(self):
        """The latest project of the caller's enterprise: it gives an issue
        reported on the portal its region and officer."""
        partner = self.env.user.partner_id.commercial_partner_id
        return (
            self.env["liaison.project"]
            .sudo()
            .search([("partner_id", "child_of", partner.id)], order="id desc", limit=1)
        )

    @api.model
    def _portal_submit(self, vals, attachments=()):
        """The enterprise reports an issue on the direct channel (直通车).

        ``vals`` holds the form's ``name``, ``description`` (plain text),
        ``category_id`` and ``region_id``; nothing else is read.  The
        enterprise is the caller's, the region and officer come from its
        latest project (the region chosen in the form only without one), the
        issue starts in the first stage.  Portal users may not create issues:
        it is created as the superuser once these are checked; the reporter
        follows it and the description is posted under its name with the
        ``attachments`` (``(name, content)`` pairs).
        """
        # Imported here to keep the portal actions one block (issue 11 merge).
        from odoo.tools import plaintext2html

        user = self.env.user
        if not user.share or user._is_public():
            raise AccessError(
                self.env._("Only an enterprise reports an issue from its portal.")
            )
        partner = user.partner_id.commercial_partner_id
        project = self._portal_latest_project()
        description = (vals.get("description") or "").strip()
        if not description:
            raise UserError(self.env._("Describe the issue."))
        # Only the active categories (the default search filter).
        category = self.env["liaison.issue.category"].search(
            [("id", "=", vals.get("category_id") or 0)]
        )
        if not category:
            raise UserError(self.env._("Choose the nature of the issue."))
        region = project.region_id or (
            self.env["liaison.region"].sudo().browse(vals.get("region_id")).exists()
        )
        if not region:
            raise UserError(self.env._("Choose your region."))
        name = (vals.get("name") or "").strip()
        body = plaintext2html(description)
        issue = self.sudo().create(
            {
                "name": name
                or description.splitlines()[0][: self._portal_subject_length],
                "description": body,
                "category_id": category.id,
                "region_id": region.id,
                "partner_id": partner.id,
                "source": "direct_channel",
                "officer_id": project.main_officer_id.id,
            }
        )
        issue.message_subscribe(partner_ids=user.partner_id.ids)
        issue.message_post(
            body=body,
            attachments=list(attachments),
            author_id=user.partner_id.id,
            message_type="comment",
            subtype_xmlid="mail.mt_comment",
        )
        return issue

    def action_reject_solution(self, reason=None):
        """The enterprise does not accept the solution: the issue is reopened.

        Only the enterprise's own portal user answers (as it confirms with
        ``action_confirm``), with a reason: the office's reopening step is
        taken for it, and its reason posted in the chatter under its name.
        """
        # Imported here to keep the portal actions one block (issue 11 merge).
        from odoo.tools import plaintext2html

        self._portal_check_enterprise(
            self.env._(
                "Only the enterprise can reject the solution of issue %(issue)s."
            )
        )
        self._check_awaiting_confirmation()
        text = (reason or "").strip()
        if not text:
            raise UserError(self.env._("Tell us why the issue is not solved."))
        user = self.env.user
        for issue in self.sudo():
            issue.action_reopen(
                reason=self.env._(
                    "Not solved, according to %(name)s: %(reason)s",
                    name=user.name,
                    reason=text,
                )
            )
            issue.message_post(
                body=plaintext2html(self.env._("The solution is not accepted."))
                + plaintext2html(text),
                author_id=user.partner_id.id,
                message_type="comment",
                subtype_xmlid="mail.mt_comment",
            )
        return True
