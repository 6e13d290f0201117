# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import timedelta

from odoo import api, fields, models

# Supervision ladder (督办, SPEC C3), in working days.
BLUE_DAYS = 1  # blue supervision this many working days before the deadline
REMINDER_DAYS = 1  # reminder (催办) on the first working day after the deadline
RED_AFTER_REMINDER = 2  # red supervision (督办) after the reminder
BULLETIN_AFTER_REMINDER = 5  # bulletin (通报批评) after the reminder
ESCALATION_AFTER_BULLETIN = 5  # escalation to the leadership after the bulletin
# Calendar days loaded around the dates of one run: enough for every offset.
CALENDAR_MARGIN_DAYS = 60

STEPS = [
    ("supervision_blue", "Supervision (Blue)"),
    ("supervision_yellow", "Supervision (Yellow)"),
    ("reminder", "Reminder"),
    ("supervision_red", "Supervision (Red)"),
    ("bulletin", "Bulletin"),
    ("escalation", "Escalation to Leadership"),
]
STEP_COLOURS = {
    "supervision_blue": "blue",
    "supervision_yellow": "yellow",
    "reminder": "red",
    "supervision_red": "red",
    "bulletin": "red",
    "escalation": "red",
}
COLOUR_RANK = {False: 0, "blue": 1, "yellow": 2, "red": 3}
OPEN_ASSIGNMENT_STATES = ("sent", "signed")


class LiaisonSupervisionStep(models.Model):
    """One step of the supervision ladder on an assignment or an issue.

    Steps are created by the daily scheduled action only, at most once per
    record and step (unique constraints), dated on the day they fell due.
    """

    _name = "liaison.supervision.step"
    _description = "Supervision Step"
    _order = "date desc, id desc"

    assignment_id = fields.Many2one(
        "liaison.assignment",
        string="Assignment",
        index=True,
        ondelete="cascade",
        readonly=True,
    )
    issue_id = fields.Many2one(
        "liaison.issue",
        string="Issue",
        index=True,
        ondelete="cascade",
        readonly=True,
        help="Set for the steps of an issue past its resolution deadline that "
        "has no open assignment.",
    )
    region_id = fields.Many2one(
        "liaison.region",
        string="Region",
        compute="_compute_region_id",
        store=True,
        index=True,
    )
    lead_department_id = fields.Many2one(
        related="assignment_id.lead_department_id", string="Lead Department"
    )
    step = fields.Selection(STEPS, required=True, readonly=True, index=True)
    colour = fields.Selection(
        [("blue", "Blue"), ("yellow", "Yellow"), ("red", "Red")],
        compute="_compute_colour",
        store=True,
        help="Blue: near the deadline; yellow: behind (not signed for in "
        "time); red: overdue.",
    )
    date = fields.Date(
        required=True, readonly=True, index=True, help="Day the step fell due."
    )
    note = fields.Text(readonly=True)

    _sql_constraints = [
        (
            "assignment_step_uniq",
            "unique(assignment_id, step)",
            "A supervision step is taken only once per assignment.",
        ),
        (
            "issue_step_uniq",
            "unique(issue_id, step)",
            "A supervision step is taken only once per issue.",
        ),
        (
            "one_record",
            "CHECK((assignment_id IS NULL) != (issue_id IS NULL))",
            "A supervision step concerns either an assignment or an issue.",
        ),
    ]

    @api.depends("assignment_id.region_id", "issue_id.region_id")
    def _compute_region_id(self):
        for step in self:
            step.region_id = (step.assignment_id or step.issue_id).region_id

    @api.depends("step")
    def _compute_colour(self):
        for step in self:
            step.colour = STEP_COLOURS.get(step.step, False)

    @api.depends("step", "assignment_id", "issue_id")
    def _compute_display_name(self):
        labels = dict(self._fields["step"]._description_selection(self.env))
        for step in self:
            record = step.assignment_id or step.issue_id
            step.display_name = f"{labels.get(step.step, '')} - {record.display_name}"

    def _notify_records(self, field):
        """Post each step in the chatter; escalations get leadership activities."""
        escalations = self.filtered(lambda s: s.step == "escalation")
        leaders = self.env["res.users"]
        if escalations:
            leaders = (
                self.env.ref("liaison_service.group_leadership")
                .sudo()
                .users.filtered(lambda u: u.active and not u.share)
            )
        for step in self:
            record = getattr(step, field).sudo()
            record.message_post(
                body=step.note,
                subject=dict(self._fields["step"]._description_selection(self.env))[
                    step.step
                ],
                message_type="comment",
                subtype_xmlid="mail.mt_note",
            )
            if step.step != "escalation":
                continue
            path = {
                int(r) for r in (record.region_id.parent_path or "").split("/") if r
            }
            for leader in leaders:
                if path & set(leader.liaison_region_ids.ids):
                    record.activity_schedule(
                        "mail.mail_activity_data_todo",
                        date_deadline=step.date,
                        summary=self.env._("Escalated: supervision ladder"),
                        note=step.note,
                        user_id=leader.id,
                    )


class LiaisonSupervisionMixin(models.AbstractModel):
    """The supervision ladder of records with a deadline (assignments, issues)."""

    _name = "liaison.supervision.mixin"
    _description = "Supervision Ladder"
    # Field of liaison.supervision.step pointing to the record.
    _supervision_field = None

    supervision_colour = fields.Selection(
        [("blue", "Blue"), ("yellow", "Yellow"), ("red", "Red")],
        compute="_compute_supervision_colour",
        store=True,
        help="Most serious supervision colour of the open record: blue near "
        "the deadline, yellow behind, red overdue.",
    )
    supervision_step_count = fields.Integer(
        string="Supervision Steps", compute="_compute_supervision_step_count"
    )

    def _supervision_is_open(self):
        raise NotImplementedError

    def _compute_supervision_colour(self):
        for record in self:
            colour = False
            if record._supervision_is_open():
                for step in record.supervision_step_ids:
                    if COLOUR_RANK[step.colour] > COLOUR_RANK[colour]:
                        colour = step.colour
            record.supervision_colour = colour

    def _compute_supervision_step_count(self):
        counts = dict(
            self.env["liaison.supervision.step"]._read_group(
                [(self._supervision_field, "in", self.ids)],
                [self._supervision_field],
                ["__count"],
            )
        )
        for record in self:
            record.supervision_step_count = counts.get(record, 0)

    def action_view_supervision_steps(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "liaison_service.liaison_supervision_step_action"
        )
        action["domain"] = [(self._supervision_field, "=", self.id)]
        action["context"] = {}
        return action

    # ---- The ladder ----
    @api.model
    def _supervision_due_steps(self, record, today, add):
        """[(step, due date)] of ``record`` due on or before ``today``.

        ``add(day, n)`` adds working days.  Implemented per model.
        """
        raise NotImplementedError

    @api.model
    def _supervision_candidate_domain(self, today, add):
        raise NotImplementedError

    @api.model
    def _supervision_ladder_dates(self, deadline, today, add):
        """The overdue steps of a record whose deadline is ``deadline``."""
        steps = []
        if deadline >= today:
            return steps
        reminder = add(deadline, REMINDER_DAYS)
        bulletin = add(reminder, BULLETIN_AFTER_REMINDER)
        for step, day in (
            ("reminder", reminder),
            ("supervision_red", add(reminder, RED_AFTER_REMINDER)),
            ("bulletin", bulletin),
            ("escalation", add(bulletin, ESCALATION_AFTER_BULLETIN)),
        ):
            if day <= today:
                steps.append((step, day))
        return steps

    @api.model
    def _run_supervision_ladder(self, today):
        """Create the missing steps due by ``today``; returns the new steps.

        Only dates are compared, so running twice, or after a pause of days,
        takes each due step once, in order, dated on the day it fell due.
        """
        WorkingDay = self.env["liaison.working.day"]
        checker = WorkingDay._get_checker(
            today - timedelta(days=3 * CALENDAR_MARGIN_DAYS),
            today + timedelta(days=CALENDAR_MARGIN_DAYS),
        )

        def add(day, n):
            step = 1 if n >= 0 else -1
            for _i in range(abs(n)):
                day += timedelta(days=step)
                while not checker(day):
                    day += timedelta(days=step)
            return day

        records = self.search(self._supervision_candidate_domain(today, add))
        if not records:
            return self.env["liaison.supervision.step"]
        Step = self.env["liaison.supervision.step"].sudo()
        field = self._supervision_field
        done = {
            (getattr(s, field).id, s.step)
            for s in Step.search_fetch([(field, "in", records.ids)], [field, "step"])
        }
        order = [key for key, _label in STEPS]
        vals_list = []
        for record in records:
            due = self._supervision_due_steps(record, today, add)
            for step, day in sorted(due, key=lambda s: (s[1], order.index(s[0]))):
                if (record.id, step) not in done:
                    vals_list.append(
                        {
                            field: record.id,
                            "step": step,
                            "date": day,
                            "note": record._supervision_note(step, day, today),
                        }
                    )
        steps = Step.create(vals_list)
        steps._notify_records(field)
        return steps

    def _supervision_note(self, step, day, today):
        note = self.env._(
            "%(step)s on %(record)s, deadline %(deadline)s.",
            step=dict(
                self.env["liaison.supervision.step"]
                ._fields["step"]
                ._description_selection(self.env)
            )[step],
            record=self.display_name,
            deadline=self._supervision_deadline(),
        )
        if day < today:
            note += " " + self.env._(
                "Fell due on %(date)s, taken on %(today)s.", date=day, today=today
            )
        return note

    def _supervision_deadline(self):
        raise NotImplementedError


class LiaisonAssignment(models.Model):
    _name = "liaison.assignment"
    _inherit = ["liaison.assignment", "liaison.supervision.mixin"]
    _supervision_field = "assignment_id"

    supervision_step_ids = fields.One2many(
        "liaison.supervision.step", "assignment_id", string="Supervision Ladder"
    )

    @api.depends("state", "supervision_step_ids.colour")
    def _compute_supervision_colour(self):
        return super()._compute_supervision_colour()

    def _supervision_is_open(self):
        return self.state in OPEN_ASSIGNMENT_STATES

    def _supervision_deadline(self):
        return self.deadline

    @api.model
    def _supervision_candidate_domain(self, today, add):
        return [
            ("state", "in", OPEN_ASSIGNMENT_STATES),
            "|",
            "|",
            "|",
            ("reply_rejected", "=", True),
            ("deadline", "<", today),
            ("deadline", "<=", add(today, BLUE_DAYS)),
            "&",
            ("sign_due_date", "<", today),
            "|",
            ("signed_on", "=", False),
            ("is_signed_late", "=", True),
        ]

    @api.model
    def _supervision_due_steps(self, record, today, add):
        steps = []
        deadline = record.deadline
        if today <= deadline and add(today, BLUE_DAYS) >= deadline:
            steps.append(("supervision_blue", today))
        if record.sign_due_date and record.sign_due_date < today:
            behind = add(record.sign_due_date, 1)
            signed = record.signed_on
            if behind <= min(today, deadline) and (not signed or signed >= behind):
                steps.append(("supervision_yellow", behind))
        # Poor quality: the office sent the answer back as insufficient.
        rejected = record.reply_rejected and record.reply_rejected_on
        if rejected and rejected <= today and "supervision_yellow" not in dict(steps):
            steps.append(("supervision_yellow", rejected))
        return steps + self._supervision_ladder_dates(deadline, today, add)

    @api.model
    def _cron_supervision_ladder(self, today=None):
        """Daily: the ladder of assignments, then of issues without one open."""
        today = fields.Date.to_date(today) or fields.Date.context_today(self)
        steps = self._run_supervision_ladder(today)
        return steps | self.env["liaison.issue"]._run_supervision_ladder(today)


class LiaisonIssue(models.Model):
    _name = "liaison.issue"
    _inherit = ["liaison.issue", "liaison.supervision.mixin"]
    _supervision_field = "issue_id"

    supervision_step_ids = fields.One2many(
        "liaison.supervision.step", "issue_id", string="Supervision Ladder"
    )

    @api.depends("stage_id", "date_solved", "supervision_step_ids.colour")
    def _compute_supervision_colour(self):
        return super()._compute_supervision_colour()

    def _supervision_is_open(self):
        return bool(self._is_open() and not self.date_solved)

    def _supervision_deadline(self):
        return self.resolution_deadline

    @api.model
    def _supervision_candidate_domain(self, today, add):
        return [
            ("resolution_deadline", "<", today),
            ("date_solved", "=", False),
            ("is_closed", "=", False),
            ("stage_id.is_rejected", "=", False),
            (
                "assignment_ids",
                "not any",
                [("state", "in", OPEN_ASSIGNMENT_STATES)],
            ),
        ]

    @api.model
    def _supervision_due_steps(self, record, today, add):
        return self._supervision_ladder_dates(record.resolution_deadline, today, add)
