# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).

from odoo import api, fields, models


class LiaisonReturneeReportingStatus(models.Model):
    """One reporting body's account for one period: the late list's rows.

    The daily cron opens the current period of every active obligation,
    reminds the body's users once when the period ends within the reminder
    delay and the quota is not met (``reminder_sent`` makes it idempotent),
    and closes past periods as done or late.
    """

    _name = "liaison.returnee.reporting.status"
    _description = "Reporting Period Status"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "liaison.workflow.mixin",
        "liaison.reminder.mixin",
    ]
    _workflow_fields = frozenset({"state", "reminder_sent", "quota", "period_start"})
    _order = "period_start desc, department_id"
    _rec_name = "department_id"

    obligation_id = fields.Many2one(
        "liaison.returnee.obligation", required=True, index=True, ondelete="cascade"
    )
    department_id = fields.Many2one(
        related="obligation_id.department_id", store=True, index=True
    )
    region_id = fields.Many2one(
        related="obligation_id.region_id", store=True, index=True
    )
    body_type = fields.Selection(related="obligation_id.body_type", store=True)
    period_start = fields.Date(required=True, index=True)
    period_end = fields.Date(required=True, index=True)
    quota = fields.Integer(required=True)
    submitted_count = fields.Integer(
        string="Materials Sent", compute="_compute_submitted_count"
    )
    state = fields.Selection(
        [("open", "Open"), ("done", "Quota Met"), ("late", "Late")],
        default="open",
        required=True,
        index=True,
    )
    reminder_sent = fields.Boolean(readonly=True)

    _sql_constraints = [
        (
            "period_unique",
            "unique(obligation_id, period_start)",
            "A reporting body has one status per period.",
        )
    ]

    def _count_submissions(self):
        """Materials sent per status row, in one query."""
        if not self.ids:
            return {}
        self.env["liaison.returnee.submission"].flush_model(
            ["obligation_id", "period_date", "state"]
        )
        self.flush_model(["obligation_id", "period_start", "period_end"])
        self.env.cr.execute(
            """SELECT s.id, count(sub.id)
                 FROM liaison_returnee_reporting_status s
            LEFT JOIN liaison_returnee_submission sub
                   ON sub.obligation_id = s.obligation_id
                  AND sub.period_date BETWEEN s.period_start AND s.period_end
                  AND sub.state IN ('submitted', 'accepted')
                WHERE s.id = ANY(%s)
             GROUP BY s.id""",
            [self.ids],
        )
        return dict(self.env.cr.fetchall())

    def _compute_submitted_count(self):
        counts = self._count_submissions()
        for status in self:
            status.submitted_count = counts.get(status.id, 0)

    @api.model
    def _cron_reporting(self, today=None):
        """Open periods, send reminders once, close past periods."""
        today = today or fields.Date.context_today(self)
        limit = self._reminder_limit(today, "liaison_service.returnee_reminder_days", 5)
        Obligation = self.env["liaison.returnee.obligation"]
        obligations = Obligation.search([])
        existing = {
            (s.obligation_id.id, s.period_start)
            for s in self.search(
                [("obligation_id", "in", obligations.ids), ("period_end", ">=", today)]
            )
        }
        to_create = []
        for obligation in obligations:
            start, end = Obligation._period_of(obligation.frequency, today)
            if (obligation.id, start) not in existing:
                to_create.append(
                    {
                        "obligation_id": obligation.id,
                        "period_start": start,
                        "period_end": end,
                        "quota": obligation.quota,
                    }
                )
        self.create(to_create)
        # Close the periods that ended.
        ended = self.search([("state", "=", "open"), ("period_end", "<", today)])
        counts = ended._count_submissions()
        late = ended.filtered(lambda s: counts.get(s.id, 0) < s.quota)
        late.state = "late"
        (ended - late).state = "done"
        # Remind once before the end.
        due = self.search(
            [
                ("state", "=", "open"),
                ("reminder_sent", "=", False),
                ("period_end", "<=", limit),
            ]
        )
        counts = due._count_submissions()
        behind = due.filtered(lambda s: counts.get(s.id, 0) < s.quota)
        behind._schedule_reminders(
            lambda status: status.department_id.user_ids,
            lambda status: status.period_end,
            lambda status: self.env._(
                "Returnee reporting: %(sent)s of %(quota)s materials sent",
                sent=counts.get(status.id, 0),
                quota=status.quota,
            ),
        )
        return True
