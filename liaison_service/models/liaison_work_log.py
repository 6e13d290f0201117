# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

MAX_HOURS = 24
WORKFLOW_FIELDS = {
    "checkin_time",
    "checkin_latitude",
    "checkin_longitude",
    "checkin_accuracy",
    "issue_id",
}


def week_start_of(day):
    """The Monday of ``day``'s week (Chinese working weeks run Monday–Sunday)."""
    return day - timedelta(days=day.weekday())


class LiaisonWorkLog(models.Model):
    """An officer's work log entry (工作日志, 000 §五(四), 003 五(一)).

    Lifecycle: the officer writes an entry for a day's work (a visit, a phone
    call, a meeting, an approval errand, a policy briefing).  A visit to a key
    enterprise may be checked in on site (time and the browser's geolocation,
    given with the user's consent, through ``action_check_in``) and carries
    photos, the integrity pledge and any gift refused.  A problem noted turns
    into a ledger issue in one step (``action_create_issue``), linked both
    ways.  Visits feed the weekly compliance (``liaison.visit.compliance``)
    and the weekly and monthly reports (``liaison.work.report``).

    For set-based reading (appraisal): ``officer_id``, ``date``, ``week_start``
    (Monday), ``kind``, ``is_visit``, ``partner_id``, ``hours``,
    ``checkin_time``, ``issue_id``, ``region_id``.
    """

    _name = "liaison.work.log"
    _description = "Work Log Entry"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "liaison.workflow.mixin",
        "liaison.region.mixin",
    ]
    _order = "date desc, id desc"
    _mail_post_access = "read"
    _workflow_fields = frozenset(WORKFLOW_FIELDS)

    def _default_officer_id(self):
        return self.env["liaison.officer"].search(
            [
                ("user_id", "=", self.env.uid),
                ("state", "in", ("appointed", "active")),
            ],
            limit=1,
        )

    name = fields.Char(string="Summary", required=True, tracking=True)
    officer_id = fields.Many2one(
        "liaison.officer",
        required=True,
        index=True,
        ondelete="restrict",
        default=_default_officer_id,
        tracking=True,
    )
    user_id = fields.Many2one(
        related="officer_id.user_id", string="Officer User", store=True, index=True
    )
    date = fields.Date(
        required=True, default=fields.Date.context_today, index=True, tracking=True
    )
    week_start = fields.Date(
        string="Week",
        compute="_compute_week_start",
        store=True,
        index=True,
        help="Monday of the entry's week.",
    )
    kind = fields.Selection(
        [
            ("visit", "Field Visit"),
            ("phone", "Phone"),
            ("meeting", "Meeting"),
            ("errand", "Approval Errand"),
            ("briefing", "Policy Briefing"),
            ("other", "Other"),
        ],
        required=True,
        default="visit",
        index=True,
        tracking=True,
    )
    is_visit = fields.Boolean(compute="_compute_is_visit", store=True, index=True)
    partner_id = fields.Many2one(
        "res.partner",
        string="Enterprise",
        index="btree_not_null",
        ondelete="restrict",
        domain=[("is_company", "=", True)],
        tracking=True,
    )
    project_id = fields.Many2one(
        "liaison.project",
        index="btree_not_null",
        ondelete="restrict",
        tracking=True,
    )
    region_id = fields.Many2one(
        compute="_compute_region_id", store=True, readonly=False, precompute=True
    )
    content = fields.Text(string="Work Done")
    hours = fields.Float(string="Time Spent (h)", default=1.0)
    problems = fields.Text(
        string="Problems Raised",
        help="Problems the enterprise raised; one click turns them into a "
        "ledger issue.",
    )
    issue_id = fields.Many2one(
        "liaison.issue",
        string="Ledger Issue",
        index="btree_not_null",
        ondelete="set null",
        copy=False,
        readonly=True,
    )

    # ---- On-site check-in ----
    checkin_time = fields.Datetime(string="Checked In At", copy=False, readonly=True)
    checkin_latitude = fields.Float(
        string="Latitude", digits=(10, 7), copy=False, readonly=True
    )
    checkin_longitude = fields.Float(
        string="Longitude", digits=(10, 7), copy=False, readonly=True
    )
    checkin_accuracy = fields.Float(
        string="Accuracy (m)", digits=(10, 1), copy=False, readonly=True
    )
    photo_ids = fields.Many2many(
        "ir.attachment",
        "liaison_work_log_photo_rel",
        "log_id",
        "attachment_id",
        string="Photos",
        help="On-site photos.",
    )

    # ---- Discipline ----
    integrity_pledge = fields.Boolean(
        help="I accepted no gift, money, meal or favour from the enterprise "
        "(000 §五(五)4, 003 保障措施(六)).",
    )
    gift_refused = fields.Boolean(help="A gift or payment was offered and refused.")
    gift_description = fields.Text(string="Gift Offered")

    @api.depends("date")
    def _compute_week_start(self):
        for log in self:
            log.week_start = log.date and week_start_of(log.date)

    @api.depends("kind")
    def _compute_is_visit(self):
        for log in self:
            log.is_visit = log.kind == "visit"

    @api.depends("partner_id", "project_id", "officer_id")
    def _compute_region_id(self):
        for log in self:
            log.region_id = (
                log.project_id.region_id
                or log.partner_id.liaison_region_id
                or log.officer_id.region_id
                or log.region_id
            )

    # ---- Constraints ----
    @api.constrains("date")
    def _check_date(self):
        today = fields.Date.context_today(self)
        for log in self:
            if log.date > today:
                raise ValidationError(
                    self.env._("A work log cannot be dated in the future.")
                )

    @api.constrains("hours")
    def _check_hours(self):
        for log in self:
            if not 0 <= log.hours <= MAX_HOURS:
                raise ValidationError(
                    self.env._("Time spent must be between 0 and 24 hours.")
                )

    @api.constrains("kind", "partner_id")
    def _check_visit_partner(self):
        for log in self:
            if log.kind == "visit" and not log.partner_id:
                raise ValidationError(self.env._("A visit needs an enterprise."))

    @api.constrains("officer_id", "partner_id", "project_id", "date")
    def _check_served(self):
        """An officer logs work only on the enterprises and projects it serves."""
        Roster = self.env["liaison.key.enterprise.roster"]
        for log in self.sudo().filtered(lambda rec: rec.partner_id or rec.project_id):
            served = Roster._served_partner_ids(log.officer_id, log.date, log.date)
            partners = served.get(log.officer_id.id, set())
            projects = (
                self.env["liaison.project"]
                .sudo()
                .search(
                    [
                        "|",
                        ("main_officer_id", "=", log.officer_id.id),
                        ("assistant_officer_ids", "in", log.officer_id.ids),
                    ]
                )
            )
            partners |= set(projects.partner_id.ids)
            if log.project_id and log.project_id not in projects:
                raise ValidationError(
                    self.env._(
                        "%(officer)s does not serve the project %(project)s.",
                        officer=log.officer_id.name,
                        project=log.project_id.name,
                    )
                )
            if log.partner_id and log.partner_id.commercial_partner_id.id not in (
                partners
            ):
                raise ValidationError(
                    self.env._(
                        "%(officer)s does not serve %(enterprise)s: log work only "
                        "on the enterprises you serve.",
                        officer=log.officer_id.name,
                        enterprise=log.partner_id.name,
                    )
                )

    @api.constrains("officer_id")
    def _check_own_officer(self):
        """Officers write their own logs; the office may write anyone's."""
        if self.env.su or self.env.user.has_group("liaison_service.group_office"):
            return
        for log in self:
            if log.officer_id.sudo().user_id != self.env.user:
                raise AccessError(self.env._("You can only keep your own work log."))

    @api.onchange("project_id")
    def _onchange_project_id(self):
        if self.project_id:
            self.partner_id = self.project_id.partner_id

    # ---- CRUD ----
    @api.model_create_multi
    def create(self, vals_list):
        logs = super().create(vals_list)
        logs._refresh_compliance()
        logs._record_gifts_refused()
        return logs

    def write(self, vals):
        locked = {"kind", "date", "partner_id", "officer_id"} & set(vals)
        if locked and not self.env.su and self.filtered("checkin_time"):
            raise UserError(
                self.env._(
                    "A visit checked in on site keeps its enterprise, date and officer."
                )
            )
        before = self.filtered("is_visit")
        res = super().write(vals)
        if {"kind", "date", "partner_id", "officer_id"} & set(vals):
            (before | self)._refresh_compliance()
        if vals.get("gift_refused"):
            self._record_gifts_refused()
        return res

    def _record_gifts_refused(self):
        """A gift refused on a visit goes to the officer's discipline record,
        which the office and the leadership read and the appraisal counts."""
        logs = self.filtered("gift_refused")
        if not logs:
            return
        Record = self.env["liaison.discipline.record"].sudo()
        recorded = set(
            Record.with_context(active_test=False)
            .search([("work_log_id", "in", logs.ids)])
            .work_log_id.ids
        )
        Record.create(
            [
                {
                    "officer_id": log.officer_id.id,
                    "kind": "gift_refused",
                    "date": log.date,
                    "description": log.gift_description
                    or self.env._("A gift or payment was offered and refused."),
                    "work_log_id": log.id,
                }
                for log in logs
                if log.id not in recorded
            ]
        )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_checked_in(self):
        if not self.env.su and self.filtered(
            lambda log: log.checkin_time or log.issue_id
        ):
            raise UserError(
                self.env._(
                    "A visit checked in on site or put on the issue ledger cannot "
                    "be deleted."
                )
            )

    def unlink(self):
        visits = self.filtered("is_visit")
        keys = [(v.officer_id, v.week_start) for v in visits]
        res = super().unlink()
        Compliance = self.env["liaison.visit.compliance"]
        for officer, week in set(keys):
            Compliance._refresh_weeks([week], officers=officer)
        return res

    def _refresh_compliance(self):
        weeks = {}
        for log in self.filtered("is_visit"):
            weeks.setdefault(log.week_start, self.env["liaison.officer"])
            weeks[log.week_start] |= log.officer_id
        Compliance = self.env["liaison.visit.compliance"]
        for week, officers in weeks.items():
            Compliance._refresh_weeks([week], officers=officers)

    # ---- Actions ----
    def _check_own(self):
        for log in self:
            if log.user_id != self.env.user and not self.env.su:
                raise AccessError(
                    self.env._("Only the officer of this log entry can do this.")
                )

    def action_check_in(self, latitude=None, longitude=None, accuracy=None):
        """Record the on-site check-in: now, and the browser's position if the
        user consented (the position is optional, the time is not)."""
        self.ensure_one()
        self._workflow_check_group("liaison_service.group_officer")
        self._check_own()
        if not self.partner_id:
            raise UserError(self.env._("Choose the enterprise before checking in."))
        if self.kind != "visit":
            raise UserError(self.env._("Only a visit can be checked in."))
        if self.checkin_time:
            raise UserError(self.env._("This visit is already checked in."))
        vals = {"checkin_time": fields.Datetime.now()}
        try:
            if latitude is not None and longitude is not None:
                lat, lon = float(latitude), float(longitude)
                if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                    raise ValueError
                vals.update(
                    {
                        "checkin_latitude": lat,
                        "checkin_longitude": lon,
                        "checkin_accuracy": max(float(accuracy or 0.0), 0.0),
                    }
                )
        except (TypeError, ValueError) as error:
            raise UserError(self.env._("The position sent is not valid.")) from error
        self._workflow_write(vals)
        self.message_post(
            body=self.env._(
                "Checked in on site at %(time)s.", time=vals["checkin_time"]
            )
        )
        return True

    def action_create_issue(self):
        """Turn the problems noted into a ledger issue (source: officer visit)."""
        self.ensure_one()
        self._workflow_check_group("liaison_service.group_officer")
        self._check_own()
        if self.issue_id:
            raise UserError(self.env._("This entry already has a ledger issue."))
        if not (self.problems or "").strip():
            raise UserError(self.env._("Write the problem down first."))
        if not self.partner_id:
            raise UserError(self.env._("A ledger issue needs an enterprise."))
        subject = self.problems.strip().splitlines()[0][:120]
        issue = self.env["liaison.issue"].create(
            {
                "name": subject,
                "partner_id": self.partner_id.commercial_partner_id.id,
                "project_id": self.project_id.id,
                "region_id": self.region_id.id,
                "officer_id": self.officer_id.id,
                "source": "officer_visit",
                "work_log_id": self.id,
                "description": self.problems,
            }
        )
        self._workflow_write({"issue_id": issue.id})
        return self._workflow_form_action(issue, target="current")
