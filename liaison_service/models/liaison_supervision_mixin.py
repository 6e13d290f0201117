# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import time

from odoo import api, fields, models
from odoo.tools import SQL, config

from odoo.addons.base.models.ir_cron import MAX_BATCH_PER_CRON_JOB

# Supervision ladder (督办, SPEC C3), in working days.
BLUE_DAYS = 1  # blue supervision this many working days before the deadline
REMINDER_DAYS = 1  # reminder (催办) on the first working day after the deadline
RED_AFTER_REMINDER = 2  # red supervision (督办) after the reminder
BULLETIN_AFTER_REMINDER = 5  # bulletin (通报批评) after the reminder
ESCALATION_AFTER_BULLETIN = 5  # escalation to the leadership after the bulletin
YELLOW_AFTER_SIGN_DUE = 1  # yellow when not signed for this long after the due date
# Records a batch of the daily job (one transaction each when scheduled).
LADDER_BATCH = 10000
# Share of the time limit a scheduled run may use before it hands over to the
# next run of the scheduler.
CRON_TIME_SHARE = 0.5

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
COLOURS = [("blue", "Blue"), ("yellow", "Yellow"), ("red", "Red")]
COLOUR_RANK = {False: 0, "blue": 1, "yellow": 2, "red": 3}
# Assignment states in which the deadline runs: the ladder supervises these
# notices, and an issue with one of them is supervised through it.
OPEN_ASSIGNMENT_STATES = ("sent", "signed")


class LiaisonSupervisionMixin(models.AbstractModel):
    """The supervision ladder (督办) of records with a deadline.

    Inherited by the supervised models (assignment notices, issues), which
    set ``_supervision_field`` (the field of ``liaison.supervision.step``
    pointing to them) and, through ``liaison.deadline.mixin``, the deadline
    the ladder counts from (``_deadline_field``), and say which records are
    candidates and which steps are due (SQL, for the daily job).
    Lifecycle of a record on the ladder: blue supervision near the deadline,
    yellow when behind, then past the deadline a reminder (催办), red
    supervision (督办), a bulletin (通报批评) and the escalation to the
    leadership, each step taken once (``liaison.supervision.step``) on the
    working day it falls due.  The record's colour is the most serious of
    its steps while it is open.
    """

    _name = "liaison.supervision.mixin"
    _description = "Supervision Ladder"
    # The ladder counts from the deadline of liaison.deadline.mixin.
    _inherit = ["liaison.deadline.mixin", "liaison.count.mixin"]
    # Field of liaison.supervision.step pointing to the record.
    _supervision_field = None

    supervision_colour = fields.Selection(
        COLOURS,
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
        return self._action_related(
            "liaison_service.liaison_supervision_step_action",
            [(self._supervision_field, "=", self.id)],
            {},
        )

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
    def _supervision_candidate_domain(self, today):
        """Extra ORM domain the candidates must match (none by default)."""
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
        domain = self._supervision_candidate_domain(today)
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
        records.fetch(["name", "region_id", self._deadline_field])
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

    def _supervision_note(self, label, day, today):
        """Chatter text of the step ``label`` due on ``day``, taken ``today``."""
        note = self.env._(
            "%(step)s on %(record)s, deadline %(deadline)s.",
            step=label,
            record=self.display_name,
            deadline=self[self._deadline_field],
        )
        if day < today:
            note += " " + self.env._(
                "Fell due on %(date)s, taken on %(today)s.", date=day, today=today
            )
        return note
