# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tools import SQL, is_html_empty

from .liaison_supervision_mixin import OPEN_ASSIGNMENT_STATES, YELLOW_AFTER_SIGN_DUE

# Time limits in working days (SPEC C3, common county practice).
SIGN_DAYS = 2  # sign for (签收) or send back (退回) the notice
LEAD_REPLY_DAYS = 7  # the lead department (主办) answers
COOPERATING_REPORT_DAYS = 3  # cooperating departments (协办) report to the lead
EXTENSION_NOTICE_DAYS = 1  # an extension is asked at least this much before
# Fields only the workflow actions may write (liaison.workflow.mixin); the
# send-back reason is given through the reason wizard.
ASSIGNMENT_WORKFLOW_FIELDS = frozenset(
    {
        "name",
        "state",
        "approved_by",
        "approved_on",
        "sent_on",
        "signed_by",
        "signed_on",
        "returned_on",
        "replied_by",
        "replied_on",
        "closed_on",
        "extension_state",
        "extension_count",
        "reply_rejected",
        "reply_rejected_on",
        "reply_reject_reason",
        "return_reason",
    }
)
# Fields the lead department writes, the rest being the office's: the reply
# while the notice is signed for, the extension request while it runs.
DEPARTMENT_FIELDS = {
    "reply": ("signed",),
    "extension_deadline": ("sent", "signed"),
    "extension_reason": ("sent", "signed"),
}


class LiaisonAssignment(models.Model):
    """Assignment notice (交办通知单, 003 五(五)).

    Lifecycle: the office drafts a notice for an issue, addressed to a lead
    department (主办) and cooperating departments (协办), with a deadline and
    instructions; the office director approves it, which gives it its yearly
    number (交办〔2026〕15号), and the office sends it.  Within ``SIGN_DAYS``
    working days the lead department signs for it or sends it back with a
    reason.  The lead answers within ``LEAD_REPLY_DAYS`` working days (the
    default deadline), the cooperating departments report to it within
    ``COOPERATING_REPORT_DAYS``; an extension is asked at least
    ``EXTENSION_NOTICE_DAYS`` before the deadline and approved by the office.
    The office closes the notice once answered.

    Cooperating departments report to the lead department through
    ``liaison.assignment.cooperation``.  Sent and signed-for notices are
    supervised by the daily ladder (``liaison.supervision.mixin``): blue near
    the deadline, yellow when not signed for in time or when the office sends
    the answer back, then reminder, red supervision, bulletin and escalation
    once past the deadline.
    """

    _name = "liaison.assignment"
    _description = "Assignment Notice"
    _inherit = [
        "liaison.official.number.mixin",
        "mail.thread",
        "mail.activity.mixin",
        "liaison.jurisdiction.mixin",
        "liaison.workflow.mixin",
        # The ladder, with the deadline and overdue flag (liaison.deadline.mixin).
        "liaison.supervision.mixin",
    ]
    _order = "date_assigned desc, id desc"
    _rec_names_search = ["name", "issue_id.name"]
    _workflow_fields = ASSIGNMENT_WORKFLOW_FIELDS
    _workflow_name_fields = ()
    _deadline_field = "deadline"
    _deadline_open_domain = [("state", "in", OPEN_ASSIGNMENT_STATES)]
    _supervision_field = "assignment_id"

    # ---- Notice ----
    # The official number (liaison.official.number.mixin), in a plain index.
    name = fields.Char(index=True, help=None)
    issue_id = fields.Many2one(
        "liaison.issue",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
    )
    partner_id = fields.Many2one(related="issue_id.partner_id", string="Enterprise")
    region_id = fields.Many2one(
        related="issue_id.region_id", store=True, index=True, string="Region"
    )
    lead_department_id = fields.Many2one(
        "liaison.department",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
        help="The department responsible for solving the issue (主办单位).",
    )
    cooperating_department_ids = fields.Many2many(
        "liaison.department",
        "liaison_assignment_cooperating_department_rel",
        "assignment_id",
        "department_id",
        string="Cooperating Departments",
        help="Departments that help the lead department (协办单位) and report to it.",
    )
    is_lead_department = fields.Boolean(
        string="My Department Leads",
        compute="_compute_is_lead_department",
        help="The current user belongs to the lead department: the buttons of "
        "the lead department are shown to it only.",
    )
    date_assigned = fields.Date(
        string="Assignment Date",
        required=True,
        default=fields.Date.context_today,
        tracking=True,
    )
    deadline = fields.Date(
        compute="_compute_deadline",
        store=True,
        readonly=False,
        precompute=True,
        required=True,
        tracking=True,
        help="Date by which the lead department must have solved the issue; "
        f"by default {LEAD_REPLY_DAYS} working days after the assignment date.",
    )
    instructions = fields.Html(help="What the departments must do (交办事项).")
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("approved", "Approved"),
            ("sent", "Sent"),
            ("signed", "Signed For"),
            ("returned", "Sent Back"),
            ("replied", "Replied"),
            ("closed", "Closed"),
        ],
        string="Status",
        required=True,
        default="draft",
        copy=False,
        index=True,
        tracking=True,
        group_expand=True,
    )
    approved_by = fields.Many2one("res.users", copy=False, readonly=True)
    approved_on = fields.Date(copy=False, readonly=True)
    sent_on = fields.Date(copy=False, readonly=True, tracking=True)
    sign_due_date = fields.Date(
        string="Sign-for Due Date",
        compute="_compute_due_dates",
        store=True,
        help="The lead department signs for the notice or sends it back within "
        f"{SIGN_DAYS} working days of receiving it.",
    )
    cooperating_report_due = fields.Date(
        string="Cooperating Report Due Date",
        compute="_compute_due_dates",
        store=True,
        help="Cooperating departments report to the lead department within "
        f"{COOPERATING_REPORT_DAYS} working days.",
    )
    lead_reply_due = fields.Date(
        string="Lead Reply Due Date",
        compute="_compute_due_dates",
        store=True,
        help=f"The lead department answers within {LEAD_REPLY_DAYS} working days, "
        "and by the deadline at the latest.",
    )
    signed_by = fields.Many2one("res.users", copy=False, readonly=True)
    signed_on = fields.Date(string="Signed For On", copy=False, readonly=True)
    is_signed_late = fields.Boolean(
        string="Signed Late", compute="_compute_is_signed_late", store=True
    )
    return_reason = fields.Text(
        string="Send-back Reason", copy=False, readonly=True, tracking=True
    )
    returned_on = fields.Date(string="Sent Back On", copy=False, readonly=True)
    reply = fields.Html(copy=False, help="The lead department's answer (办理结果).")
    replied_by = fields.Many2one("res.users", copy=False, readonly=True)
    replied_on = fields.Date(copy=False, readonly=True, tracking=True)
    reply_rejected = fields.Boolean(
        copy=False,
        readonly=True,
        tracking=True,
        help="The office sent the answer back as insufficient (poor quality).",
    )
    reply_rejected_on = fields.Date(copy=False, readonly=True)
    reply_reject_reason = fields.Text(
        string="Reply Rejection Reason", copy=False, readonly=True, tracking=True
    )
    closed_on = fields.Date(copy=False, readonly=True)
    extension_deadline = fields.Date(
        string="Requested Deadline", copy=False, tracking=True
    )
    extension_reason = fields.Text(copy=False, tracking=True)
    extension_state = fields.Selection(
        [
            ("requested", "Requested"),
            ("approved", "Approved"),
            ("refused", "Refused"),
        ],
        copy=False,
        readonly=True,
        tracking=True,
    )
    extension_count = fields.Integer(string="Extensions", copy=False, readonly=True)

    # ---- Cooperating departments' reports ----
    cooperation_report_ids = fields.One2many(
        "liaison.assignment.cooperation",
        "assignment_id",
        string="Cooperating Reports",
    )
    missing_cooperation_department_ids = fields.Many2many(
        "liaison.department",
        string="Reports Awaited From",
        compute="_compute_missing_cooperation_department_ids",
        help="Cooperating departments that have not reported yet.",
    )

    # ---- Supervision (督办) ----
    supervision_step_ids = fields.One2many(
        "liaison.supervision.step", "assignment_id", string="Supervision Ladder"
    )

    # ---- Computes ----
    @api.depends_context("uid")
    @api.depends("lead_department_id")
    def _compute_is_lead_department(self):
        department = self.env.user.liaison_department_id
        for assignment in self:
            assignment.is_lead_department = bool(
                department and assignment.lead_department_id == department
            )

    @api.depends("date_assigned")
    def _compute_deadline(self):
        # By default the lead department's reply time; a deadline given (by
        # the office, a meeting decision or an extension) is kept.
        WorkingDay = self.env["liaison.working.day"]
        for assignment in self:
            if not assignment.deadline:
                assignment.deadline = WorkingDay.add_working_days(
                    assignment.date_assigned or fields.Date.context_today(self),
                    LEAD_REPLY_DAYS,
                )

    @api.depends("sent_on", "signed_on", "deadline")
    def _compute_due_dates(self):
        WorkingDay = self.env["liaison.working.day"]
        for assignment in self:
            sent = assignment.sent_on
            if not sent:
                assignment.sign_due_date = False
                assignment.cooperating_report_due = False
                assignment.lead_reply_due = False
                continue
            assignment.sign_due_date = WorkingDay.add_working_days(sent, SIGN_DAYS)
            start = assignment.signed_on or sent
            assignment.cooperating_report_due = min(
                WorkingDay.add_working_days(start, COOPERATING_REPORT_DAYS),
                assignment.deadline,
            )
            assignment.lead_reply_due = min(
                WorkingDay.add_working_days(start, LEAD_REPLY_DAYS),
                assignment.deadline,
            )

    @api.depends("signed_on", "sign_due_date")
    def _compute_is_signed_late(self):
        for assignment in self:
            assignment.is_signed_late = bool(
                assignment.signed_on
                and assignment.sign_due_date
                and assignment.signed_on > assignment.sign_due_date
            )

    @api.depends("cooperating_department_ids", "cooperation_report_ids.department_id")
    def _compute_missing_cooperation_department_ids(self):
        for assignment in self:
            assignment.missing_cooperation_department_ids = (
                assignment.cooperating_department_ids
                - assignment.cooperation_report_ids.department_id
            )

    @api.depends("state", "supervision_step_ids.colour")
    def _compute_supervision_colour(self):
        return super()._compute_supervision_colour()

    def _draft_display_name(self):
        return self.env._("Draft Assignment")

    # ---- Constraints ----
    @api.constrains("date_assigned", "deadline")
    def _check_deadline(self):
        for assignment in self:
            if assignment.deadline and assignment.deadline < assignment.date_assigned:
                raise ValidationError(
                    self.env._(
                        "The deadline (%(deadline)s) of an assignment cannot be "
                        "before its assignment date (%(date)s).",
                        deadline=assignment.deadline,
                        date=assignment.date_assigned,
                    )
                )

    @api.constrains("lead_department_id", "cooperating_department_ids")
    def _check_departments(self):
        for assignment in self:
            if assignment.lead_department_id in assignment.cooperating_department_ids:
                raise ValidationError(
                    self.env._(
                        "%(department)s cannot be both the lead and a "
                        "cooperating department.",
                        department=assignment.lead_department_id.name,
                    )
                )

    # ---- CRUD ----
    def write(self, vals):
        if not self.env.su:
            self._workflow_check_write(vals)
            self._check_caller_write(vals)
        return super().write(vals)

    def _check_caller_write(self, vals):
        """What a caller may write besides the actions' fields.

        The office edits a draft or sent-back notice (its instructions at any
        time before it is closed); the lead department writes its reply while
        the notice is signed for and its extension request while it runs.
        A cooperating department writes nothing here: it reports to the lead
        through its cooperation report.
        """
        department_fields = set(vals) & set(DEPARTMENT_FIELDS)
        office_fields = set(vals) - department_fields
        is_office = self.env.user.has_group("liaison_service.group_office")
        if office_fields and not is_office:
            raise AccessError(
                self.env._(
                    "Departments can only answer, send back or ask for an "
                    "extension of an assignment."
                )
            )
        if office_fields and any(a.state not in ("draft", "returned") for a in self):
            changed = office_fields - {"instructions"}
            if changed or any(a.state == "closed" for a in self):
                raise UserError(
                    self.env._(
                        "An approved assignment can no longer be changed; "
                        "ask for an extension to move its deadline."
                    )
                )
        if department_fields:
            if not is_office:
                self._check_lead_department()
            for name in department_fields:
                for assignment in self:
                    if assignment.state not in DEPARTMENT_FIELDS[name]:
                        raise UserError(
                            self.env._(
                                "Assignment %(assignment)s is %(state)s: its "
                                "%(field)s can no longer be changed.",
                                assignment=assignment.display_name,
                                state=assignment._workflow_state_label(),
                                field=self._workflow_field_label(name),
                            )
                        )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_numbered(self):
        if any(a.state != "draft" or a.name for a in self):
            raise UserError(
                self.env._("Only draft, unnumbered assignments can be deleted.")
            )

    # ---- Helpers ----
    def _check_lead_department(self):
        """The current user belongs to the lead department of every notice."""
        if self.env.su:
            return
        department = self.env.user.liaison_department_id
        for assignment in self:
            if assignment.lead_department_id != department:
                raise AccessError(
                    self.env._(
                        "Only the lead department %(department)s can do this on "
                        "assignment %(assignment)s.",
                        department=assignment.lead_department_id.sudo().name,
                        assignment=assignment.display_name,
                    )
                )

    def _state_refusal(self, assignment):
        return self.env._(
            "Assignment %(assignment)s is %(state)s: this step is not possible now.",
            assignment=assignment.display_name,
            state=assignment._workflow_state_label(),
        )

    def _check_state(self, states):
        self._workflow_check_state(states, self._state_refusal)

    # ---- Actions ----
    def action_approve(self):
        """The office director approves the notice, which numbers it."""
        self._workflow_check_group("liaison_service.group_office_director")
        self._check_state(("draft",))
        for assignment in self:
            if not assignment.issue_id.date_accepted or not (
                assignment.issue_id._is_open()
            ):
                raise UserError(
                    self.env._(
                        "Issue %(issue)s must be accepted and open to be assigned.",
                        issue=assignment.issue_id.name,
                    )
                )
            vals = {
                "state": "approved",
                "approved_by": self.env.user.id,
                "approved_on": fields.Date.context_today(self),
            }
            if not assignment.name:
                vals["name"] = assignment._next_official_number(
                    assignment.date_assigned
                )
            assignment._workflow_write(vals)
        return True

    def action_send(self):
        """The office sends the approved notice to the departments."""
        self._workflow_step(
            "liaison_service.group_office",
            ("approved",),
            self._state_refusal,
            {"state": "sent", "sent_on": fields.Date.context_today(self)},
        )
        self.issue_id._move_to_stage("is_assigned", ("is_accepted",))
        return True

    def action_sign(self):
        """The lead department signs for the notice (签收)."""
        self._check_lead_department()
        self._check_state(("sent",))
        self._workflow_write(
            {
                "state": "signed",
                "signed_by": self.env.user.id,
                "signed_on": fields.Date.context_today(self),
            }
        )
        self.issue_id._move_to_stage("is_in_progress", ("is_accepted", "is_assigned"))
        return True

    def action_return(self, reason=None):
        """The lead department sends the notice back with a reason (退回)."""
        self._check_lead_department()
        self._check_state(("sent",))
        today = fields.Date.context_today(self)
        for assignment in self:
            text = (reason or assignment.return_reason or "").strip()
            if not text:
                raise UserError(
                    self.env._(
                        "Give the reason for sending back assignment %(assignment)s.",
                        assignment=assignment.display_name,
                    )
                )
            if today > assignment.sign_due_date:
                raise UserError(
                    self.env._(
                        "Assignment %(assignment)s could be sent back until "
                        "%(date)s (%(days)s working days): sign for it and ask "
                        "the office instead.",
                        assignment=assignment.display_name,
                        date=assignment.sign_due_date,
                        days=SIGN_DAYS,
                    )
                )
            assignment._workflow_write(
                {"state": "returned", "return_reason": text, "returned_on": today}
            )
        return True

    def action_reset_draft(self):
        """The office takes back a sent-back notice to re-address it."""
        return self._workflow_step(
            "liaison_service.group_office",
            ("returned",),
            self._state_refusal,
            {
                "state": "draft",
                "sent_on": False,
                "signed_on": False,
                "signed_by": False,
            },
        )

    def action_request_extension(self, new_deadline=None, reason=None):
        """The lead department asks for a later deadline (延期)."""
        self._check_lead_department()
        self._check_state(("sent", "signed"))
        today = fields.Date.context_today(self)
        WorkingDay = self.env["liaison.working.day"]
        for assignment in self:
            deadline = fields.Date.to_date(
                new_deadline or assignment.extension_deadline
            )
            text = (reason or assignment.extension_reason or "").strip()
            if assignment.extension_state == "requested":
                raise UserError(
                    self.env._(
                        "An extension of assignment %(assignment)s is already "
                        "awaiting the office.",
                        assignment=assignment.display_name,
                    )
                )
            if not deadline or not text:
                raise UserError(
                    self.env._(
                        "Give the requested deadline and the reason for the "
                        "extension of assignment %(assignment)s.",
                        assignment=assignment.display_name,
                    )
                )
            if deadline <= assignment.deadline:
                raise UserError(
                    self.env._(
                        "The requested deadline must be after the current "
                        "deadline %(deadline)s.",
                        deadline=assignment.deadline,
                    )
                )
            if (
                WorkingDay.count_working_days(today, assignment.deadline)
                < EXTENSION_NOTICE_DAYS
            ):
                raise UserError(
                    self.env._(
                        "An extension must be asked at least %(days)s working "
                        "day(s) before the deadline (%(deadline)s) of "
                        "assignment %(assignment)s.",
                        days=EXTENSION_NOTICE_DAYS,
                        deadline=assignment.deadline,
                        assignment=assignment.display_name,
                    )
                )
            assignment._workflow_write(
                {
                    "extension_deadline": deadline,
                    "extension_reason": text,
                    "extension_state": "requested",
                }
            )
        return True

    def _check_extension_requested(self):
        """The office decides on an extension the lead department asked for."""
        self._workflow_check_group("liaison_service.group_office")
        self._workflow_check_state(
            lambda assignment: assignment.extension_state == "requested",
            lambda assignment: self.env._(
                "No extension of assignment %(assignment)s is awaiting approval.",
                assignment=assignment.display_name,
            ),
        )

    def action_approve_extension(self):
        """The office grants the requested deadline."""
        self._check_extension_requested()
        for assignment in self:
            assignment._workflow_write(
                {
                    "deadline": assignment.extension_deadline,
                    "extension_state": "approved",
                    "extension_count": assignment.extension_count + 1,
                }
            )
        return True

    def action_refuse_extension(self):
        """The office refuses the requested deadline."""
        self._check_extension_requested()
        self._workflow_write({"extension_state": "refused"})
        return True

    def action_reply(self):
        """The lead department answers the notice (办理结果)."""
        self._check_lead_department()
        self._check_state(("signed",))
        for assignment in self:
            if is_html_empty(assignment.reply):
                raise UserError(
                    self.env._(
                        "Write the answer to assignment %(assignment)s first.",
                        assignment=assignment.display_name,
                    )
                )
        self._workflow_write(
            {
                "state": "replied",
                "replied_by": self.env.user.id,
                "replied_on": fields.Date.context_today(self),
            }
        )
        return True

    def action_open_reject_reply(self):
        """Ask the office why the answer is insufficient, then send it back."""
        return self.env["liaison.reason.wizard"]._action_open(
            self, "action_reject_reply", self.env._("Reject the Reply")
        )

    def action_reject_reply(self, reason=None):
        """The office sends an insufficient answer back to the lead department."""
        self._workflow_check_group("liaison_service.group_office")
        self._check_state(("replied",))
        text = (reason or "").strip()
        if not text:
            raise UserError(
                self.env._("Give the reason why the answer is insufficient.")
            )
        self._workflow_write(
            {
                "state": "signed",
                "reply_rejected": True,
                "reply_rejected_on": fields.Date.context_today(self),
                "reply_reject_reason": text,
            }
        )
        return True

    def action_close(self):
        """The office closes the answered notice."""
        return self._workflow_step(
            "liaison_service.group_office",
            ("replied",),
            self._state_refusal,
            {"state": "closed", "closed_on": fields.Date.context_today(self)},
        )

    # ---- Supervision (liaison.supervision.mixin) ----
    def _supervision_is_open(self):
        return self.state in OPEN_ASSIGNMENT_STATES

    @api.model
    def _supervision_candidate_where(self, today, blue_limit):
        # Near or past the deadline, answer sent back, or not signed for in time.
        return SQL(
            """r.state IN %s AND (
                   r.reply_rejected OR r.deadline <= %s
                   OR (r.sign_due_date < %s
                       AND (r.signed_on IS NULL OR r.is_signed_late)))""",
            OPEN_ASSIGNMENT_STATES,
            blue_limit,
            today,
        )

    @api.model
    def _supervision_date_maps(self, ids, today):
        self.env.cr.execute(
            SQL(
                """SELECT ARRAY_AGG(DISTINCT deadline) FILTER (WHERE deadline < %s),
                          ARRAY_AGG(DISTINCT sign_due_date)
                              FILTER (WHERE sign_due_date < %s)
                     FROM liaison_assignment WHERE id = ANY(%s)""",
                today,
                today,
                ids,
            )
        )
        deadlines, sign_dues = self.env.cr.fetchone()
        behind = self.env["liaison.working.day"].add_working_days_batch(
            sign_dues or [], YELLOW_AFTER_SIGN_DUE
        )
        return {
            "ladder": self._supervision_ladder_map(deadlines or []),
            "behind": list(behind.items()),
        }

    @api.model
    def _supervision_due_query(self, ids, today, blue_limit, maps):
        # Blue: deadline within a working day.  Yellow: not signed for by the
        # working day after the sign-for date (before the deadline), else the
        # day the office sent the answer back.  Then the overdue ladder.
        behind = list(zip(*maps["behind"], strict=True)) or [[], []]
        return SQL(
            """
            WITH ladder AS (%(ladder)s),
                 behind AS (SELECT * FROM unnest(%(sign_dues)s::date[],
                                                 %(behinds)s::date[])
                                       AS b(sign_due, behind)),
                 cand AS (SELECT id, region_id, deadline, sign_due_date, signed_on,
                                 reply_rejected, reply_rejected_on
                            FROM liaison_assignment WHERE id = ANY(%(ids)s)),
                 due AS (
                     SELECT c.id, c.region_id, 'supervision_blue' AS step,
                            %(today)s::date AS day
                       FROM cand c
                      WHERE c.deadline BETWEEN %(today)s AND %(blue_limit)s
                     UNION ALL
                     SELECT c.id, c.region_id, 'supervision_yellow',
                            CASE WHEN b.behind <= LEAST(%(today)s, c.deadline)
                                      AND (c.signed_on IS NULL
                                           OR c.signed_on >= b.behind)
                                 THEN b.behind
                                 WHEN c.reply_rejected
                                      AND c.reply_rejected_on <= %(today)s
                                 THEN c.reply_rejected_on
                            END
                       FROM cand c
                       LEFT JOIN behind b ON b.sign_due = c.sign_due_date
                     UNION ALL
                     SELECT c.id, c.region_id, v.step, v.day
                       FROM cand c
                       JOIN ladder l ON l.deadline = c.deadline,
                            LATERAL %(ladder_steps)s
                 )
            SELECT d.id, d.region_id, d.step, d.day
              FROM due d
             WHERE d.day <= %(today)s
               AND NOT EXISTS (SELECT 1 FROM liaison_supervision_step s
                                WHERE s.assignment_id = d.id AND s.step = d.step)
            """,
            ladder=self._supervision_ladder_sql(maps["ladder"]),
            sign_dues=list(behind[0]),
            behinds=list(behind[1]),
            ids=ids,
            today=today,
            blue_limit=blue_limit,
            ladder_steps=self._supervision_ladder_steps_sql(),
        )

    @api.model
    def _cron_supervision_ladder(self, today=None, batch_size=None):
        """Daily: the ladder of assignments, then of issues without one open.

        Run by the scheduled action, it commits after each batch of records
        and reports its progress; when it nears the time limit it stops and
        the scheduler runs it again at once, resuming where it stopped (steps
        already taken are skipped).  Called from code, it never commits.
        """
        today = fields.Date.to_date(today) or fields.Date.context_today(self)
        progress = None
        if self.env.context.get("cron_id"):
            progress = self._supervision_cron_progress()
        steps = self._run_supervision_ladder(today, batch_size, progress)
        if progress and progress.stopped:
            return steps
        return steps | self.env["liaison.issue"]._run_supervision_ladder(
            today, batch_size, progress
        )

    # ---- Chatter ----
    def _track_subtype(self, init_values):
        # Status changes (approved, sent, signed for, replied...) go under
        # their own internal subtype, which the issue's followers may take on.
        self.ensure_one()
        if "state" in init_values:
            return self.env.ref(
                "liaison_service.mt_assignment_state", raise_if_not_found=False
            ) or super()._track_subtype(init_values)
        return super()._track_subtype(init_values)
