# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import time

from markupsafe import Markup

from odoo import api, fields, models
from odoo.tools import SQL, config, html_escape
from odoo.tools.mail import generate_tracking_message_id

from odoo.addons.base.models.ir_cron import MAX_BATCH_PER_CRON_JOB

# Supervision ladder (督办, SPEC C3), in working days.
BLUE_DAYS = 1  # blue supervision this many working days before the deadline
REMINDER_DAYS = 1  # reminder (催办) on the first working day after the deadline
RED_AFTER_REMINDER = 2  # red supervision (督办) after the reminder
BULLETIN_AFTER_REMINDER = 5  # bulletin (通报批评) after the reminder
ESCALATION_AFTER_BULLETIN = 5  # escalation to the leadership after the bulletin
# Records a batch of the daily job (one transaction each when scheduled).
LADDER_BATCH = 10000
# Share of the time limit a scheduled run may use before it hands over to the
# next run of the scheduler.
CRON_TIME_SHARE = 0.5
# Records named in one leader notification.
NOTIFY_LIST_LIMIT = 50

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
    leader_notified = fields.Boolean(
        readonly=True,
        copy=False,
        help="Escalations: the leaders of the region have been told.",
    )

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

    # ---- Batched notifications ----
    @api.model
    def _supervision_log(self, model, rows):
        """One chatter log a step, inserted in one statement.

        ``rows`` are ``(record id, step, note)``.  The messages are those of
        ``mail.thread._message_log_batch`` (internal notes, no notification),
        written in SQL so that the cost does not grow with the number of steps.
        """
        if not rows:
            return
        labels = dict(self._fields["step"]._description_selection(self.env))
        Thread = self.env[model].sudo()
        author_id, email_from = Thread._message_compute_author(
            None, None, raise_on_email=False
        )
        reply_to = self.env["mail.thread"]._notify_get_reply_to(default=email_from)[
            False
        ]
        self.env.cr.execute(
            SQL(
                """
                INSERT INTO mail_message
                       (model, res_id, subject, body, message_type, subtype_id,
                        author_id, email_from, reply_to, message_id, is_internal,
                        email_add_signature, date, create_uid, create_date,
                        write_uid, write_date)
                SELECT %(model)s, m.res_id, m.subject, m.body, 'notification',
                       %(subtype)s, %(author)s, %(email_from)s, %(reply_to)s,
                       m.message_id, TRUE, FALSE, NOW() AT TIME ZONE 'UTC',
                       %(uid)s, NOW() AT TIME ZONE 'UTC', %(uid)s,
                       NOW() AT TIME ZONE 'UTC'
                  FROM unnest(%(res_ids)s::int[], %(subjects)s::varchar[],
                              %(bodies)s::text[], %(message_ids)s::varchar[])
                       AS m(res_id, subject, body, message_id)
                """,
                model=model,
                subtype=self.env["ir.model.data"]._xmlid_to_res_id("mail.mt_note"),
                author=author_id or None,
                email_from=email_from or None,
                reply_to=reply_to or None,
                uid=self.env.uid,
                res_ids=[row[0] for row in rows],
                subjects=[labels[row[1]] for row in rows],
                bodies=[str(html_escape(row[2])) for row in rows],
                message_ids=[
                    generate_tracking_message_id("message-notify") for _row in rows
                ],
            )
        )
        Thread.browse({row[0] for row in rows}).invalidate_recordset(["message_ids"])

    @api.model
    def _supervision_notify_leaders(self, model, escalated):
        """One inbox notification per leader for the records escalated now.

        ``escalated`` is ``[(record id, display name, region parent_path)]``;
        a leader hears of the records under its regions only.
        """
        if not escalated:
            return
        leaders = (
            self.env.ref("liaison_service.group_leadership")
            .sudo()
            .users.filtered(lambda u: u.active and not u.share)
        )
        model_label = self.env["ir.model"]._get(model).name
        for leader in leaders:
            regions = {str(r) for r in leader.liaison_region_ids.ids}
            names = [
                name
                for _record_id, name, path in escalated
                if regions & set((path or "").split("/"))
            ]
            if not names:
                continue
            shown = names[:NOTIFY_LIST_LIMIT]
            items = Markup("").join(Markup("<li>%s</li>") % name for name in shown)
            more = ""
            if len(names) > len(shown):
                more = self.env._(
                    "… and %(count)s more.", count=len(names) - len(shown)
                )
            body = Markup("<p>%s</p><ul>%s</ul><p>%s</p>") % (
                self.env._(
                    "The supervision ladder escalated %(count)s %(model)s to the "
                    "leadership.",
                    count=len(names),
                    model=model_label,
                ),
                items,
                more,
            )
            self.env["mail.thread"].sudo().message_notify(
                partner_ids=leader.partner_id.ids,
                subject=self.env._("Escalated: supervision ladder"),
                body=body,
            )


class LiaisonSupervisionMixin(models.AbstractModel):
    """The supervision ladder of records with a deadline (assignments, issues)."""

    _name = "liaison.supervision.mixin"
    _description = "Supervision Ladder"
    # Field of liaison.supervision.step pointing to the record.
    _supervision_field = None
    # Date field of the record the overdue ladder counts from.
    _supervision_deadline_field = None

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
    # The job is set-based: candidates are selected in SQL, working days are
    # counted once per distinct date (liaison.working.day batch helper), the
    # missing steps of a batch are computed and inserted by one statement each
    # (ON CONFLICT DO NOTHING on the unique constraints), chatter logs and
    # leader notifications are created in batch.  Run as a scheduled action it
    # commits after each batch, so an interrupted run resumes where it stopped.
    @api.model
    def _supervision_candidate_where(self, today, blue_limit):
        """SQL condition on alias ``r`` of the records that may have a step due."""
        raise NotImplementedError

    @api.model
    def _supervision_candidate_domain(self, today, add):
        """Extra ORM domain the candidates must match (none by default).

        ``add`` is kept for the signature of former overrides; it is None.
        """
        return []

    @api.model
    def _supervision_due_query(self, ids, today, blue_limit, maps):
        """SQL returning (id, region_id, step, day) due by ``today`` for ``ids``."""
        raise NotImplementedError

    @api.model
    def _supervision_date_maps(self, ids, today):
        """Working-day arithmetic of the candidates, once per distinct date."""
        raise NotImplementedError

    @api.model
    def _supervision_ladder_map(self, deadlines):
        """``[(deadline, reminder, red, bulletin, escalation)]`` of past deadlines."""
        add = self.env["liaison.working.day"].add_working_days_batch
        reminders = add(deadlines, REMINDER_DAYS)
        reds = add(reminders.values(), RED_AFTER_REMINDER)
        bulletins = add(reminders.values(), BULLETIN_AFTER_REMINDER)
        escalations = add(bulletins.values(), ESCALATION_AFTER_BULLETIN)
        return [
            (
                deadline,
                reminder,
                reds[reminder],
                bulletins[reminder],
                escalations[bulletins[reminder]],
            )
            for deadline, reminder in reminders.items()
        ]

    @api.model
    def _supervision_ladder_sql(self, ladder):
        """CTE body ``ladder(deadline, reminder, red, bulletin, escalation)``."""
        columns = list(zip(*ladder, strict=True)) if ladder else [[]] * 5
        return SQL(
            "SELECT * FROM unnest(%s::date[], %s::date[], %s::date[], %s::date[],"
            " %s::date[]) AS l(deadline, reminder, red, bulletin, escalation)",
            *(list(column) for column in columns),
        )

    @api.model
    def _supervision_ladder_steps_sql(self):
        """Rows (step, day) of the overdue steps of a ``ladder`` row ``l``."""
        return SQL(
            "(VALUES ('reminder', l.reminder), ('supervision_red', l.red),"
            " ('bulletin', l.bulletin), ('escalation', l.escalation)) AS v(step, day)"
        )

    @api.model
    def _supervision_candidates(self, today):
        """Ids of the records that may have a step due by ``today``."""
        blue_limit = self.env["liaison.working.day"].add_working_days(today, BLUE_DAYS)
        where = self._supervision_candidate_where(today, blue_limit)
        # Extensions may narrow the candidates with an ORM domain.
        domain = self._supervision_candidate_domain(today, None)
        if domain:
            query = self.sudo().with_context(active_test=False)._search(domain)
            where = SQL("%s AND r.id IN %s", where, query.subselect())
        self.env.flush_all()
        self.env.cr.execute(
            SQL(
                "SELECT r.id FROM %s r WHERE %s ORDER BY r.id",
                SQL.identifier(self._table),
                where,
            )
        )
        return [row[0] for row in self.env.cr.fetchall()], blue_limit

    @api.model
    def _supervision_process_batch(self, ids, today, blue_limit, maps):
        """Create the missing steps of the records ``ids``; returns their ids."""
        field = self._supervision_field
        order = {key: rank for rank, (key, _label) in enumerate(STEPS)}
        self.env.cr.execute(self._supervision_due_query(ids, today, blue_limit, maps))
        due = sorted(self.env.cr.fetchall(), key=lambda r: (r[0], r[3], order[r[2]]))
        if not due:
            return []
        records = self.browse({row[0] for row in due})
        records.fetch(["name", "region_id", self._supervision_deadline_field])
        labels = dict(
            self.env["liaison.supervision.step"]
            ._fields["step"]
            ._description_selection(self.env)
        )
        notes = [
            self.browse(record_id)._supervision_note(labels[step], day, today)
            for record_id, _region, step, day in due
        ]
        self.env.cr.execute(
            SQL(
                """
                INSERT INTO liaison_supervision_step
                       (%s, step, date, note, region_id, colour, leader_notified,
                        create_uid, create_date, write_uid, write_date)
                SELECT n.record_id, n.step, n.day, n.note, n.region_id, n.colour,
                       FALSE,
                       %s, NOW() AT TIME ZONE 'UTC', %s, NOW() AT TIME ZONE 'UTC'
                  FROM unnest(%s::int[], %s::varchar[], %s::date[], %s::text[],
                              %s::int[], %s::varchar[])
                       AS n(record_id, step, day, note, region_id, colour)
                ON CONFLICT DO NOTHING
                RETURNING id, %s, step, note
                """,
                SQL.identifier(field),
                self.env.uid,
                self.env.uid,
                [row[0] for row in due],
                [row[2] for row in due],
                [row[3] for row in due],
                notes,
                [row[1] for row in due],
                [STEP_COLOURS[row[2]] for row in due],
                SQL.identifier(field),
            )
        )
        created = self.env.cr.fetchall()
        if not created:
            return []
        # Candidates are open records, so their colour is the most serious of
        # their old colour and of the new steps' colours: set in one UPDATE.
        ranks = {}
        for _step_id, record_id, step, _note in created:
            rank = COLOUR_RANK[STEP_COLOURS[step]]
            ranks[record_id] = max(rank, ranks.get(record_id, 0))
        self.env.cr.execute(
            SQL(
                """
                UPDATE %(table)s r
                   SET supervision_colour = (ARRAY['blue', 'yellow', 'red'])[n.rank],
                       write_uid = %(uid)s, write_date = NOW() AT TIME ZONE 'UTC'
                  FROM unnest(%(ids)s::int[], %(ranks)s::int[]) AS n(id, rank)
                 WHERE r.id = n.id
                   AND n.rank > CASE r.supervision_colour WHEN 'blue' THEN 1
                                WHEN 'yellow' THEN 2 WHEN 'red' THEN 3 ELSE 0 END
                """,
                table=SQL.identifier(self._table),
                uid=self.env.uid,
                ids=list(ranks),
                ranks=list(ranks.values()),
            )
        )
        # The ORM caches know nothing of these writes: forget them, and let
        # whatever depends on the colours recompute.
        touched = self.browse(list(ranks))
        touched.invalidate_recordset(
            ["supervision_step_ids", "supervision_colour", "write_uid", "write_date"]
        )
        touched.modified(["supervision_colour"])
        self.env["liaison.supervision.step"]._supervision_log(
            self._name, [row[1:] for row in created]
        )
        return [row[0] for row in created]

    @api.model
    def _supervision_notify_pending(self):
        """Tell the leaders of the escalations not told yet, once per leader.

        Run after the batches, it also picks up the escalations of a run that
        was interrupted after committing them.
        """
        field = self._supervision_field
        self.env.cr.execute(
            SQL(
                """SELECT s.id, s.%s FROM liaison_supervision_step s
                    WHERE s.step = 'escalation' AND s.leader_notified IS FALSE
                      AND s.%s IS NOT NULL""",
                SQL.identifier(field),
                SQL.identifier(field),
            )
        )
        rows = self.env.cr.fetchall()
        if not rows:
            return
        records = self.browse(sorted({row[1] for row in rows}))
        records.fetch(["name", "region_id"])
        self.env["liaison.supervision.step"]._supervision_notify_leaders(
            self._name,
            [
                (record.id, record.display_name, record.region_id.parent_path)
                for record in records
            ],
        )
        self.env.cr.execute(
            SQL(
                "UPDATE liaison_supervision_step SET leader_notified = TRUE"
                " WHERE id = ANY(%s)",
                [row[0] for row in rows],
            )
        )
        self.env["liaison.supervision.step"].browse(
            [row[0] for row in rows]
        ).invalidate_recordset(["leader_notified"])

    @api.model
    def _run_supervision_ladder(self, today, batch_size=None, progress=None):
        """Create the missing steps due by ``today``; returns the new steps.

        Only dates are compared, so running twice, or after a pause of days,
        takes each due step once, in order, dated on the day it fell due.
        ``progress(done, remaining)`` is called after each batch (the cron
        commits there); it returns False to stop early.
        """
        Step = self.env["liaison.supervision.step"]
        ids, blue_limit = self._supervision_candidates(today)
        if not ids:
            self._supervision_notify_pending()
            return Step
        maps = self._supervision_date_maps(ids, today)
        batch_size = batch_size or LADDER_BATCH
        created = []
        remaining = len(ids)
        for start in range(0, len(ids), batch_size):
            batch = ids[start : start + batch_size]
            created += self._supervision_process_batch(batch, today, blue_limit, maps)
            remaining -= len(batch)
            if progress and not progress(len(batch), remaining):
                break
        self._supervision_notify_pending()
        if progress:
            progress(0, remaining)  # commits the notifications
        return Step.browse(created)

    def _supervision_note(self, label, day, today):
        """Chatter text of the step ``label`` due on ``day``, taken ``today``."""
        note = self.env._(
            "%(step)s on %(record)s, deadline %(deadline)s.",
            step=label,
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
    _supervision_deadline_field = "deadline"

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
            sign_dues or [], 1
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

    @api.model
    def _supervision_cron_progress(self):
        """Progress callback of a scheduled run: commit, report, watch the time.

        The scheduler calls the job again at once while it reports work left,
        up to MAX_BATCH_PER_CRON_JOB times in one worker run, all within the
        worker's time limit: each call takes its share of half that limit.
        """
        limit = config["limit_time_real_cron"]
        if limit is None or limit < 0:
            limit = config["limit_time_real"]
        budget = None
        if limit and limit > 0:
            budget = limit * CRON_TIME_SHARE / MAX_BATCH_PER_CRON_JOB
        started = time.monotonic()
        env = self.env
        state = {"done": 0}

        def progress(done, remaining):
            state["done"] += done
            env["ir.cron"]._notify_progress(done=state["done"], remaining=remaining)
            env.cr.commit()  # pylint: disable=invalid-commit
            if budget and time.monotonic() - started > budget and remaining:
                progress.stopped = True
                return False
            return True

        progress.stopped = False
        return progress


class LiaisonIssue(models.Model):
    _name = "liaison.issue"
    _inherit = ["liaison.issue", "liaison.supervision.mixin"]
    _supervision_field = "issue_id"
    _supervision_deadline_field = "resolution_deadline"

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
