# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).

from odoo import api, fields, models
from odoo.exceptions import ValidationError

# Activities whose end date still runs (not done nor cancelled).
OPEN_STATUSES = ("planned", "in_progress")


class LiaisonReturneeActivity(models.Model):
    """An activity of the returnee programme's calendar (002 一(三), 五, 附件2).

    Lifecycle (``status``): planned → in progress → done, or cancelled.
    An activity not done by its end date is overdue.  The lead units'
    users get one reminder before the end date (daily cron, idempotent).
    A meeting-type activity may point to the liaison meeting that held it.
    Each township holds at least two large activities a year.
    """

    _name = "liaison.returnee.activity"
    _description = "Returnee Programme Activity"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "liaison.region.mixin",
        "liaison.workflow.mixin",
        "liaison.deadline.mixin",
        "liaison.reminder.mixin",
    ]
    _deadline_field = "date_end"
    _deadline_open_domain = [("status", "in", OPEN_STATUSES)]
    _order = "date_start, sequence, id"
    _workflow_fields = frozenset({"reminder_sent"})

    sequence = fields.Integer(default=10)
    name = fields.Char(string="Activity", required=True, tracking=True)
    activity_type = fields.Selection(
        [
            ("congress", "Returnee Congress"),
            ("heads_meeting", "Station Heads' Meeting"),
            ("onsite", "On-site Meeting (服务归雁行)"),
            ("ceremony", "Loan and Subsidy Ceremony"),
            ("warm_home", "Warm Way Home (温暖回家路)"),
            ("forum", "New-Year Forum"),
            ("commendation", "Annual Commendation"),
            ("publicity", "Publicity"),
            ("other", "Other"),
        ],
        required=True,
        default="other",
    )
    region_id = fields.Many2one(
        help="The district, or the township for a township's own activity.",
    )
    is_large = fields.Boolean(
        string="Large Activity",
        help="A large returnee-themed activity; each township holds two a year.",
    )
    date_start = fields.Date(string="Start", required=True, index=True)
    date_end = fields.Date(string="Deadline", required=True, index=True)
    period_text = fields.Char(
        string="Time Limit", help="As written in the plan, e.g. 2017年12月底前, 不定期."
    )
    lead_department_ids = fields.Many2many(
        "liaison.department",
        "liaison_returnee_activity_lead_rel",
        "activity_id",
        "department_id",
        string="Lead Units",
    )
    cooperating_department_ids = fields.Many2many(
        "liaison.department",
        "liaison_returnee_activity_coop_rel",
        "activity_id",
        "department_id",
        string="Cooperating Units",
    )
    responsibility_text = fields.Char(
        string="Responsibility", help="Responsible units as written in the plan."
    )
    status = fields.Selection(
        [
            ("planned", "Planned"),
            ("in_progress", "In Progress"),
            ("done", "Done"),
            ("cancelled", "Cancelled"),
        ],
        default="planned",
        required=True,
        tracking=True,
        index=True,
    )
    result = fields.Text()
    evidence_ids = fields.Many2many(
        "ir.attachment",
    )
    meeting_id = fields.Many2one(
        "liaison.meeting",
        index="btree_not_null",
        ondelete="set null",
        help="The liaison meeting that held this activity, when it is a meeting.",
    )
    reminder_sent = fields.Boolean(readonly=True, copy=False)

    @api.constrains("date_start", "date_end")
    def _check_dates(self):
        for activity in self:
            if activity.date_end < activity.date_start:
                raise ValidationError(
                    self.env._(
                        "The activity %(name)s ends before it starts.",
                        name=activity.name,
                    )
                )

    def action_start(self):
        self.filtered(lambda a: a.status == "planned").status = "in_progress"

    def action_done(self):
        self.filtered(lambda a: a.status in OPEN_STATUSES).status = "done"

    def action_cancel(self):
        self.filtered(lambda a: a.status != "done").status = "cancelled"

    @api.model
    def _cron_remind(self, today=None):
        """Remind the lead units' users once, a few days before the deadline."""
        today = today or fields.Date.context_today(self)
        limit = self._reminder_limit(today, "liaison_service.returnee_reminder_days", 5)
        due = self.search(
            [
                ("status", "in", OPEN_STATUSES),
                ("reminder_sent", "=", False),
                ("date_end", "<=", limit),
            ]
        )
        due._schedule_reminders(
            lambda activity: activity.lead_department_ids.user_ids,
            lambda activity: activity.date_end,
            lambda activity: self.env._(
                "Returnee activity due: %(name)s", name=activity.name
            ),
        )
        return True
