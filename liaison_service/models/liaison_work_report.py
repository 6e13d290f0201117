# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import timedelta

from dateutil.relativedelta import relativedelta
from markupsafe import Markup, escape

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

from .liaison_work_log import week_start_of

WORKFLOW_FIELDS = {
    "state",
    "submitted_on",
    "accepted_on",
    "returned_on",
    "return_reason",
    "reminded",
}
# Defaults, overridable in ir.config_parameter: a weekly report is due this
# many days after its Sunday; a monthly one on this day of the next month.
WEEKLY_DUE_DAYS = 1
MONTHLY_DUE_DAY = 5
REMINDER_DAYS = 2


class LiaisonWorkReport(models.Model):
    """An officer's weekly (周报) or monthly (月报) report (003 五(一) 五(三) 六(一)).

    Lifecycle: a draft is generated from the period's work log, visits and
    issues (``_generate``, set-based, for all officers at once); the officer
    edits it and submits it (``action_submit``); the office accepts it or
    returns it with a reason (``liaison.reason.wizard``), after which the
    officer corrects and submits again.  A report submitted after its due
    date, or still not submitted when it is due, is late.  A cron generates
    the drafts of the periods just ended and reminds officers before the due
    date, once per report.

    For set-based reading (appraisal): ``officer_id``, ``period_type``,
    ``date_from``, ``date_to``, ``due_date``, ``state``, ``submitted_on``,
    ``is_late``, ``visit_count``, ``log_count``, ``issue_count``.
    """

    _name = "liaison.work.report"
    _description = "Officer Work Report"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "liaison.workflow.mixin",
        "liaison.region.mixin",
        "liaison.reminder.mixin",
    ]
    _order = "date_from desc, period_type, officer_id"
    _mail_post_access = "read"
    _workflow_fields = frozenset(WORKFLOW_FIELDS)

    name = fields.Char(compute="_compute_name", store=True)
    officer_id = fields.Many2one(
        "liaison.officer", required=True, index=True, readonly=True
    )
    user_id = fields.Many2one(
        related="officer_id.user_id", string="Officer User", store=True, index=True
    )
    region_id = fields.Many2one(readonly=True)
    period_type = fields.Selection(
        [("weekly", "Weekly Report"), ("monthly", "Monthly Report")],
        string="Kind",
        required=True,
        readonly=True,
        index=True,
    )
    date_from = fields.Date(string="From", required=True, readonly=True, index=True)
    date_to = fields.Date(string="To", required=True, readonly=True)
    due_date = fields.Date(required=True, readonly=True, index=True)
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("submitted", "Submitted"),
            ("accepted", "Accepted by the Office"),
            ("returned", "Returned for Revision"),
        ],
        default="draft",
        required=True,
        index=True,
        tracking=True,
    )
    content = fields.Html(string="Report", sanitize=True)
    plan = fields.Text(string="Next Period's Plan")
    visit_count = fields.Integer(string="Visits", readonly=True, aggregator="sum")
    log_count = fields.Integer(string="Log Entries", readonly=True, aggregator="sum")
    hours = fields.Float(readonly=True, aggregator="sum")
    issue_count = fields.Integer(
        string="Issues Raised", readonly=True, aggregator="sum"
    )
    missed_visits = fields.Integer(readonly=True, aggregator="sum")
    submitted_on = fields.Datetime(readonly=True, copy=False, tracking=True)
    accepted_on = fields.Datetime(readonly=True, copy=False)
    returned_on = fields.Datetime(readonly=True, copy=False)
    return_reason = fields.Text(readonly=True, copy=False, tracking=True)
    reminded = fields.Boolean(readonly=True, copy=False)
    is_late = fields.Boolean(
        string="Late",
        compute="_compute_is_late",
        search="_search_is_late",
        help="Submitted after the due date, or not submitted and past due.",
    )

    _sql_constraints = [
        (
            "officer_period_uniq",
            "unique(officer_id, period_type, date_from)",
            "One report per officer and period.",
        )
    ]

    @api.depends("officer_id.name", "period_type", "date_from", "date_to")
    def _compute_name(self):
        labels = dict(self._fields["period_type"]._description_selection(self.env))
        for report in self:
            report.name = "{} {} {}～{}".format(
                labels.get(report.period_type, ""),
                report.officer_id.sudo().name or "",
                report.date_from,
                report.date_to,
            )

    @api.depends("state", "submitted_on", "due_date")
    def _compute_is_late(self):
        today = fields.Date.context_today(self)
        for report in self:
            if report.submitted_on:
                report.is_late = report.submitted_on.date() > report.due_date
            else:
                report.is_late = report.due_date < today

    def _search_is_late(self, operator, value):
        today = fields.Date.context_today(self)
        self.env.flush_all()
        self.env.cr.execute(
            """SELECT id FROM liaison_work_report
                WHERE (submitted_on IS NOT NULL
                       AND submitted_on::date > due_date)
                   OR (submitted_on IS NULL AND due_date < %s)""",
            [today],
        )
        ids = [row[0] for row in self.env.cr.fetchall()]
        positive = (operator == "=") == bool(value)
        return [("id", "in" if positive else "not in", ids)]

    def write(self, vals):
        if not self.env.su and {"content", "plan"} & set(vals):
            for report in self:
                if report.state not in ("draft", "returned"):
                    raise UserError(
                        self.env._(
                            "%(name)s has been submitted: it can no longer be edited.",
                            name=report.name,
                        )
                    )
        return super().write(vals)

    # ---- Periods ----
    @api.model
    def _period(self, period_type, day):
        """(date_from, date_to, due_date) of the period containing ``day``."""
        params = self.env["ir.config_parameter"].sudo()
        if period_type == "weekly":
            start = week_start_of(day)
            end = start + timedelta(days=6)
            days = int(
                params.get_param(
                    "liaison_service.weekly_report_due_days", WEEKLY_DUE_DAYS
                )
            )
            return start, end, end + timedelta(days=days)
        start = day.replace(day=1)
        end = start + relativedelta(months=1, days=-1)
        due_day = int(
            params.get_param("liaison_service.monthly_report_due_day", MONTHLY_DUE_DAY)
        )
        return start, end, end + timedelta(days=due_day)

    # ---- Generation ----
    @api.model
    def _generate(self, period_type, day, officers=None):
        """Draft reports of the period containing ``day`` for ``officers``
        (default: every appointed or active officer), set-based: the counts
        come from three read_group calls whatever the number of officers.
        Existing reports are left as they are."""
        date_from, date_to, due = self._period(period_type, day)
        Officer = self.env["liaison.officer"].sudo()
        if officers is None:
            officers = Officer.search([("state", "in", ("appointed", "active"))])
        officers = officers.sudo()
        existing = set(
            self.sudo()
            .search(
                [
                    ("officer_id", "in", officers.ids),
                    ("period_type", "=", period_type),
                    ("date_from", "=", date_from),
                ]
            )
            .officer_id.ids
        )
        officers = officers.filtered(lambda o: o.id not in existing)
        if not officers:
            return self.browse()
        Log = self.env["liaison.work.log"].sudo()
        period = [
            ("officer_id", "in", officers.ids),
            ("date", ">=", date_from),
            ("date", "<=", date_to),
        ]
        logs = {
            (officer.id, kind): (count, hours)
            for officer, kind, count, hours in Log._read_group(
                period, ["officer_id", "kind"], ["__count", "hours:sum"]
            )
        }
        issues = {
            officer.id: count
            for officer, count in Log._read_group(
                [*period, ("issue_id", "!=", False)], ["officer_id"], ["__count"]
            )
        }
        missed = {
            officer.id: count
            for officer, count in self.env["liaison.visit.compliance"]
            .sudo()
            ._read_group(
                [
                    ("officer_id", "in", officers.ids),
                    ("week_start", ">=", week_start_of(date_from)),
                    ("week_start", "<=", date_to),
                ],
                ["officer_id"],
                ["missed:sum"],
            )
        }
        kinds = dict(Log._fields["kind"]._description_selection(self.env))
        vals_list = []
        for officer in officers:
            lines, total, hours = [], 0, 0.0
            for kind, label in kinds.items():
                count, kind_hours = logs.get((officer.id, kind), (0, 0.0))
                total += count
                hours += kind_hours or 0.0
                if count:
                    lines.append(Markup("<li>%s：%s</li>") % (label, count))
            intro = self.env._(
                "From %(start)s to %(end)s: %(logs)s log entries, %(hours)s hours, "
                "%(issues)s problems put on the issue ledger, %(missed)s visits "
                "missed.",
                start=date_from,
                end=date_to,
                logs=total,
                hours=round(hours, 1),
                issues=issues.get(officer.id, 0),
                missed=missed.get(officer.id, 0),
            )
            content = Markup("<p>%s</p><ul>%s</ul>") % (
                escape(intro),
                Markup("").join(lines),
            )
            vals_list.append(
                {
                    "officer_id": officer.id,
                    "region_id": officer.region_id.id,
                    "period_type": period_type,
                    "date_from": date_from,
                    "date_to": date_to,
                    "due_date": due,
                    "content": content,
                    "visit_count": logs.get((officer.id, "visit"), (0, 0))[0],
                    "log_count": total,
                    "hours": hours,
                    "issue_count": issues.get(officer.id, 0),
                    "missed_visits": missed.get(officer.id, 0),
                }
            )
        return (
            self.sudo()
            .with_context(tracking_disable=True, mail_create_nolog=True)
            .create(vals_list)
        )

    @api.model
    def action_generate_my_report(self, period_type="weekly"):
        """The current user's draft of this week's or month's report."""
        officer = self.env["liaison.officer"].search(
            [
                ("user_id", "=", self.env.uid),
                ("state", "in", ("appointed", "active")),
            ],
            limit=1,
        )
        if not officer:
            # Office staff who are not officers themselves see the reports.
            return self.env["ir.actions.act_window"]._for_xml_id(
                "liaison_service.liaison_work_report_action_office"
            )
        day = fields.Date.context_today(self)
        self._generate(period_type, day, officer)
        date_from = self._period(period_type, day)[0]
        report = self.search(
            [
                ("officer_id", "=", officer.id),
                ("period_type", "=", period_type),
                ("date_from", "=", date_from),
            ],
            limit=1,
        )
        return self._workflow_form_action(report, target="current")

    # ---- Workflow ----
    def action_submit(self):
        self._workflow_check_group("liaison_service.group_officer")
        for report in self:
            if report.user_id != self.env.user and not self.env.su:
                raise AccessError(
                    self.env._("Only the officer can submit their own report.")
                )
            report._workflow_check_state(
                ("draft", "returned"),
                self.env._("%(name)s has already been submitted.", name=report.name),
            )
        self._workflow_write(
            {"state": "submitted", "submitted_on": fields.Datetime.now()}
        )
        return True

    def action_accept(self):
        self._workflow_check_group("liaison_service.group_office")
        self._check_submitted()
        self._workflow_write(
            {"state": "accepted", "accepted_on": fields.Datetime.now()}
        )
        return True

    def action_return(self, reason=None):
        self._workflow_check_group("liaison_service.group_office")
        self._check_submitted()
        if not (reason or "").strip():
            raise UserError(self.env._("Please give a reason."))
        self._workflow_write(
            {
                "state": "returned",
                "returned_on": fields.Datetime.now(),
                "return_reason": reason.strip(),
            }
        )
        for report in self:
            report.message_post(
                body=self.env._("Returned: %(reason)s", reason=reason.strip())
            )
        return True

    def action_open_return_wizard(self):
        self._workflow_check_group("liaison_service.group_office")
        self._check_submitted()
        return self.env["liaison.reason.wizard"]._action_open(
            self, "action_return", self.env._("Return the report")
        )

    def _check_submitted(self):
        self._workflow_check_state(
            ("submitted",),
            self.env._("Only a submitted report can be accepted or returned."),
        )

    # ---- Cron ----
    @api.model
    def _cron_work_reports(self):
        """Generate the drafts of the current week and month; remind officers
        REMINDER_DAYS before the due date, once per report."""
        today = fields.Date.context_today(self)
        self._generate("weekly", today)
        self._generate("monthly", today)
        reports = self.sudo().search(
            [
                ("state", "in", ("draft", "returned")),
                ("reminded", "=", False),
                ("due_date", "<=", today + timedelta(days=REMINDER_DAYS)),
                ("user_id", "!=", False),
            ]
        )
        reports._remind_users(
            "liaison_service.mail_activity_type_work_report_due",
            lambda report: report.due_date,
            lambda report: self.env._(
                "Submit %(name)s by %(date)s", name=report.name, date=report.due_date
            ),
        )
