# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import timedelta

from odoo import api, fields, models

from .liaison_work_log import week_start_of

# The officers are reminded this many working days before the week's last one.
REMINDER_WORKING_DAYS = 1


class LiaisonVisitCompliance(models.Model):
    """Weekly visit compliance per officer, enterprise and week (003 五(一)).

    Lifecycle: rows are computed, never typed: ``_refresh_weeks`` derives, in
    a few set-based queries, one row per current roster line and working week
    (a week with no working day owes nothing; a make-up working day on a
    weekend counts like any other day).  A row is ``open`` while visits are
    still due, ``done`` once the visits are logged and ``missed`` when the
    week ended short.  The daily cron refreshes the current and the previous
    week, flags missed weeks and gives each officer a to-do before the week's
    last working day, once per row.

    For set-based reading (appraisal): ``officer_id``, ``partner_id``,
    ``week_start``, ``due``, ``done``, ``missed`` (visits short),
    ``is_missed``, ``state``.
    """

    _name = "liaison.visit.compliance"
    _description = "Weekly Visit Compliance"
    _inherit = ["mail.thread", "mail.activity.mixin", "liaison.reminder.mixin"]
    _order = "week_start desc, officer_id, partner_id"
    _rec_name = "partner_id"

    officer_id = fields.Many2one(
        "liaison.officer", required=True, readonly=True, index=True
    )
    user_id = fields.Many2one(
        "res.users", string="Officer User", readonly=True, index=True
    )
    partner_id = fields.Many2one(
        "res.partner", string="Enterprise", required=True, readonly=True, index=True
    )
    region_id = fields.Many2one(
        "liaison.region", required=True, readonly=True, index=True
    )
    week_start = fields.Date(string="Week", required=True, readonly=True, index=True)
    week_end = fields.Date(required=True, readonly=True)
    last_working_day = fields.Date(readonly=True)
    working_days = fields.Integer(readonly=True)
    due = fields.Integer(string="Visits Due", readonly=True, aggregator="sum")
    done = fields.Integer(string="Visits Done", readonly=True, aggregator="sum")
    missed = fields.Integer(string="Visits Missed", readonly=True, aggregator="sum")
    state = fields.Selection(
        [("open", "Visit Pending"), ("done", "Visited"), ("missed", "Visit Missed")],
        readonly=True,
        index=True,
    )
    is_missed = fields.Boolean(string="Missed Week", readonly=True, index=True)
    reminded = fields.Boolean(readonly=True)

    _sql_constraints = [
        (
            "officer_partner_week_uniq",
            "unique(officer_id, partner_id, week_start)",
            "One compliance row per officer, enterprise and week.",
        )
    ]

    @api.depends("partner_id", "week_start", "officer_id")
    def _compute_display_name(self):
        for row in self:
            row.display_name = (
                f"{row.officer_id.name} · {row.partner_id.name} · {row.week_start}"
            )

    # ---- Computation ----
    @api.model
    def _week_calendar(self, week_start):
        """(working days, last working day or None) of the week."""
        checker = self.env["liaison.working.day"]._get_checker(
            week_start, week_start + timedelta(days=6)
        )
        days = [
            week_start + timedelta(days=i)
            for i in range(7)
            if checker(week_start + timedelta(days=i))
        ]
        return len(days), (days[-1] if days else None)

    @api.model
    def _refresh_weeks(self, week_starts, officers=None):
        """Recompute the rows of ``week_starts`` (Mondays), set-based.

        Due rows come from the roster lines current at some day of the week
        (key enterprises only); visits done from one GROUP BY over the work
        log.  Rows of lines no longer due are removed.
        """
        today = fields.Date.context_today(self)
        cr = self.env.cr
        self.env.flush_all()
        for week_start in sorted({week_start_of(w) for w in week_starts}):
            week_end = week_start + timedelta(days=6)
            working_days, last_day = self._week_calendar(week_start)
            officer_filter = ""
            params = {
                "ws": week_start,
                "we": week_end,
                "wd": working_days,
                "last": last_day,
                "today": today,
                "uid": self.env.uid,
            }
            if officers is not None:
                officer_filter = "AND r.officer_id = ANY(%(officers)s)"
                params["officers"] = list(officers.ids)
            cr.execute(
                f"""
                WITH due AS (
                    SELECT DISTINCT ON (r.officer_id, r.partner_id)
                           r.officer_id, r.partner_id, r.region_id,
                           o.user_id, p.liaison_visit_frequency AS due
                      FROM liaison_key_enterprise_roster r
                      JOIN res_partner p ON p.id = r.partner_id
                      JOIN liaison_officer o ON o.id = r.officer_id
                     WHERE %(wd)s > 0
                       AND p.liaison_key_enterprise
                       AND COALESCE(p.liaison_visit_frequency, 0) > 0
                       AND r.date_from <= %(we)s
                       AND (r.date_to IS NULL OR r.date_to >= %(ws)s)
                       AND (p.liaison_service_start IS NULL
                            OR p.liaison_service_start <= %(we)s)
                       AND (p.liaison_service_end IS NULL
                            OR p.liaison_service_end >= %(ws)s)
                       {officer_filter}
                ), visits AS (
                    SELECT l.officer_id, l.partner_id, count(*) AS done
                      FROM liaison_work_log l
                     WHERE l.is_visit AND l.week_start = %(ws)s
                       AND l.partner_id IS NOT NULL
                  GROUP BY l.officer_id, l.partner_id
                ), rows AS (
                    SELECT d.*, COALESCE(v.done, 0) AS done,
                           GREATEST(d.due - COALESCE(v.done, 0), 0) AS missed
                      FROM due d
                 LEFT JOIN visits v ON v.officer_id = d.officer_id
                                   AND v.partner_id = d.partner_id
                ), upsert AS (
                    INSERT INTO liaison_visit_compliance AS c (
                        officer_id, partner_id, region_id, user_id, week_start,
                        week_end, last_working_day, working_days, due, done,
                        missed, state, is_missed, reminded,
                        create_uid, create_date, write_uid, write_date)
                    SELECT officer_id, partner_id, region_id, user_id, %(ws)s,
                           %(we)s, %(last)s, %(wd)s, due, done, missed,
                           CASE WHEN done >= due THEN 'done'
                                WHEN %(we)s < %(today)s THEN 'missed'
                                ELSE 'open' END,
                           done < due AND %(we)s < %(today)s, false,
                           %(uid)s, now() at time zone 'UTC',
                           %(uid)s, now() at time zone 'UTC'
                      FROM rows
                    ON CONFLICT (officer_id, partner_id, week_start) DO UPDATE
                       SET region_id = EXCLUDED.region_id,
                           user_id = EXCLUDED.user_id,
                           last_working_day = EXCLUDED.last_working_day,
                           working_days = EXCLUDED.working_days,
                           due = EXCLUDED.due, done = EXCLUDED.done,
                           missed = EXCLUDED.missed, state = EXCLUDED.state,
                           is_missed = EXCLUDED.is_missed,
                           write_uid = EXCLUDED.write_uid,
                           write_date = EXCLUDED.write_date
                     WHERE (c.due, c.done, c.state, c.region_id)
                           IS DISTINCT FROM
                           (EXCLUDED.due, EXCLUDED.done, EXCLUDED.state,
                            EXCLUDED.region_id)
                    RETURNING c.id
                )
                SELECT count(*) FROM upsert
                """,
                params,
            )
            stale_filter = officer_filter.replace("r.officer_id", "c.officer_id")
            cr.execute(
                f"""
                DELETE FROM liaison_visit_compliance c
                 WHERE c.week_start = %(ws)s {stale_filter}
                   AND NOT EXISTS (
                       SELECT 1
                         FROM liaison_key_enterprise_roster r
                         JOIN res_partner p ON p.id = r.partner_id
                        WHERE r.officer_id = c.officer_id
                          AND r.partner_id = c.partner_id
                          AND %(wd)s > 0
                          AND p.liaison_key_enterprise
                          AND COALESCE(p.liaison_visit_frequency, 0) > 0
                          AND r.date_from <= %(we)s
                          AND (r.date_to IS NULL OR r.date_to >= %(ws)s))
                """,
                params,
            )
        self.invalidate_model()

    # ---- Cron ----
    @api.model
    def _cron_visit_compliance(self):
        """Refresh this week and last week, flag missed weeks, remind before
        the week's last working day.  Run it twice: nothing changes twice."""
        today = fields.Date.context_today(self)
        this_week = week_start_of(today)
        self._refresh_weeks([this_week - timedelta(days=7), this_week])
        self._remind_open_rows(this_week, today)

    @api.model
    def _remind_open_rows(self, week_start, today):
        _working_days, last_day = self._week_calendar(week_start)
        if not last_day:
            return
        remind_from = self.env["liaison.working.day"].add_working_days(
            last_day, -REMINDER_WORKING_DAYS
        )
        if today < remind_from or today > last_day:
            return
        rows = self.sudo().search(
            [
                ("week_start", "=", week_start),
                ("state", "=", "open"),
                ("reminded", "=", False),
                ("user_id", "!=", False),
            ]
        )
        rows._remind_users(
            "liaison_service.mail_activity_type_visit_due",
            lambda row: last_day,
            lambda row: self.env._(
                "Visit %(enterprise)s by %(date)s (%(done)s of %(due)s done)",
                enterprise=row.partner_id.name,
                date=last_day,
                done=row.done,
                due=row.due,
            ),
        )
