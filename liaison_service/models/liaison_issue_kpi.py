# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import babel.dates

from odoo import api, fields, models, tools
from odoo.tools import SQL
from odoo.tools.misc import get_lang

# Per-issue figures, maintained by triggers (see LiaisonIssueKpi.init).
DATA_TABLE = "liaison_issue_kpi_data"
# Columns whose change alters an issue's figures ({t}: the row alias).
ISSUE_COLUMNS = ", ".join(
    f"{{t}}.{column}"
    for column in (
        "region_id",
        "officer_id",
        "category_id",
        "type_id",
        "date_accepted",
        "create_date",
        "response_deadline",
        "resolution_deadline",
        "date_solved",
        "date_closed",
        "stage_id",
        "rating_last_value",
        "active",
    )
)
ASSIGNMENT_COLUMNS = ", ".join(
    f"{{t}}.{column}"
    for column in ("issue_id", "lead_department_id", "date_assigned", "sent_on")
)
# What the department ranking sums, in the order of ``_ranking_figures``.
RANKING_AGGREGATES = [
    "issue_count:sum",
    "responded_count:sum",
    "resolved_count:sum",
    "overdue_count:sum",
    "rated_count:sum",
    "satisfied_count:sum",
    "days_to_close:sum",
    "days_to_close:count",
]


class LiaisonIssueKpi(models.Model):
    """Issue KPIs (SPEC C3): one row per issue, aggregated by read_group.

    Counts are 0/1 columns summed; rates are the same 0/1 values times 100
    averaged (``aggregator="avg"``), so any grouping (region, department,
    officer, period) gives its rate in one query.  The satisfaction columns
    are NULL for unrated issues, which averages ignore.  Days to close are
    calendar days between acceptance and close-out: Chinese working days
    (holidays, make-up days) are only known in Python.
    """

    _name = "liaison.issue.kpi"
    _description = "Issue KPI"
    _auto = False
    _order = "period desc, id desc"

    issue_id = fields.Many2one("liaison.issue", readonly=True)
    region_id = fields.Many2one("liaison.region", readonly=True)
    department_id = fields.Many2one(
        "liaison.department",
        readonly=True,
        help="Lead department of the latest assignment of the issue.",
    )
    officer_id = fields.Many2one("liaison.officer", readonly=True)
    category_id = fields.Many2one("liaison.issue.category", readonly=True)
    type_id = fields.Many2one("liaison.issue.type", readonly=True)
    period = fields.Date(
        readonly=True, help="Month of acceptance (of receipt when not accepted)."
    )
    issue_count = fields.Integer(string="Issues", readonly=True)
    responded_count = fields.Integer(
        string="Responded",
        readonly=True,
        help="Answered (assignment sent or solved) by the response deadline.",
    )
    resolved_count = fields.Integer(
        string="Resolved", readonly=True, help="Closed out (销号)."
    )
    overdue_count = fields.Integer(
        string="Overdue",
        readonly=True,
        help="Solved after, or still unsolved past, the resolution deadline.",
    )
    rated_count = fields.Integer(string="Rated", readonly=True)
    satisfied_count = fields.Integer(
        string="Satisfied", readonly=True, help="Rated 4 or 5 out of 5."
    )
    response_rate = fields.Float(
        string="Response Rate (%)", readonly=True, aggregator="avg"
    )
    resolution_rate = fields.Float(
        string="Resolution Rate (%)", readonly=True, aggregator="avg"
    )
    satisfaction_rate = fields.Float(
        string="Satisfaction Rate (%)",
        readonly=True,
        aggregator="avg",
        help="Share of satisfied ratings among rated issues.",
    )
    days_to_close = fields.Float(
        string="Days to Close",
        readonly=True,
        aggregator="avg",
        help="Calendar days from acceptance to close-out (closed issues only).",
    )

    # ---- Materialised figures ----
    # The per-issue figures live in the table liaison_issue_kpi_data, kept up
    # to date by statement-level triggers on issues, assignments and stages
    # (set-based, in the writing transaction: never stale).  The view only
    # adds what depends on the current date (overdue), so a read aggregates
    # the reader's rows of one narrow table instead of the whole province.
    def init(self):
        cr = self.env.cr
        tools.drop_view_if_exists(cr, self._table)
        cr.execute(
            SQL(
                """
            CREATE TABLE IF NOT EXISTS liaison_issue_kpi_data (
                id integer PRIMARY KEY,
                region_id integer,
                department_id integer,
                officer_id integer,
                category_id integer,
                type_id integer,
                period date,
                responded integer NOT NULL,
                resolved integer NOT NULL,
                is_rejected boolean NOT NULL,
                resolution_deadline date,
                date_solved date,
                rated integer NOT NULL,
                satisfied integer,
                days_to_close integer
            );
            CREATE INDEX IF NOT EXISTS liaison_issue_kpi_data_region_period_idx
                ON liaison_issue_kpi_data (region_id, period);
            CREATE INDEX IF NOT EXISTS liaison_issue_kpi_data_department_idx
                ON liaison_issue_kpi_data (department_id);

            CREATE OR REPLACE FUNCTION
                liaison_issue_kpi_data_refresh(issue_ids integer[])
            RETURNS void LANGUAGE plpgsql AS $$
            BEGIN
                IF COALESCE(cardinality(issue_ids), 0) = 0 THEN
                    RETURN;
                END IF;
                -- One grouped pass over the assignments of the issues (a hash
                -- join for a bulk write, index lookups for a few issues).
                WITH ids AS (SELECT DISTINCT unnest(issue_ids) AS id),
                     a AS (
                        SELECT issue_id,
                               (ARRAY_AGG(lead_department_id
                                          ORDER BY date_assigned DESC, id DESC)
                               )[1] AS department_id,
                               MIN(sent_on) AS first_sent_on
                          FROM liaison_assignment
                         WHERE issue_id IN (SELECT id FROM ids)
                         GROUP BY issue_id)
                INSERT INTO liaison_issue_kpi_data AS d
                SELECT i.id,
                       i.region_id,
                       a.department_id,
                       i.officer_id,
                       i.category_id,
                       i.type_id,
                       DATE_TRUNC('month', COALESCE(i.date_accepted,
                                                    i.create_date::date))::date,
                       CASE WHEN LEAST(a.first_sent_on, i.date_solved)
                                 <= i.response_deadline THEN 1 ELSE 0 END,
                       CASE WHEN s.is_closed THEN 1 ELSE 0 END,
                       COALESCE(s.is_rejected, FALSE),
                       i.resolution_deadline,
                       i.date_solved,
                       CASE WHEN i.rating_last_value > 0 THEN 1 ELSE 0 END,
                       CASE WHEN i.rating_last_value >= 4 THEN 1
                            WHEN i.rating_last_value > 0 THEN 0 END,
                       -- never negative (close-out on the enterprise's
                       -- local day may be the day before the acceptance);
                       -- unknown (not 0) while either date is missing
                       CASE WHEN s.is_closed AND i.date_closed IS NOT NULL
                                 AND i.date_accepted IS NOT NULL
                            THEN GREATEST(i.date_closed - i.date_accepted, 0)
                       END
                  FROM liaison_issue i
                  LEFT JOIN liaison_issue_stage s ON s.id = i.stage_id
                  LEFT JOIN a ON a.issue_id = i.id
                 WHERE i.id IN (SELECT id FROM ids) AND i.active
                ON CONFLICT (id) DO UPDATE SET
                       region_id = EXCLUDED.region_id,
                       department_id = EXCLUDED.department_id,
                       officer_id = EXCLUDED.officer_id,
                       category_id = EXCLUDED.category_id,
                       type_id = EXCLUDED.type_id,
                       period = EXCLUDED.period,
                       responded = EXCLUDED.responded,
                       resolved = EXCLUDED.resolved,
                       is_rejected = EXCLUDED.is_rejected,
                       resolution_deadline = EXCLUDED.resolution_deadline,
                       date_solved = EXCLUDED.date_solved,
                       rated = EXCLUDED.rated,
                       satisfied = EXCLUDED.satisfied,
                       days_to_close = EXCLUDED.days_to_close;
                DELETE FROM liaison_issue_kpi_data d
                 WHERE d.id IN (SELECT unnest(issue_ids))
                   AND NOT EXISTS (SELECT 1 FROM liaison_issue i
                                    WHERE i.id = d.id AND i.active);
            END $$;

            CREATE OR REPLACE FUNCTION liaison_issue_kpi_data_issue_changed()
            RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    PERFORM liaison_issue_kpi_data_refresh(
                        ARRAY(SELECT id FROM new_rows));
                ELSIF TG_OP = 'DELETE' THEN
                    DELETE FROM liaison_issue_kpi_data
                     WHERE id IN (SELECT id FROM old_rows);
                ELSE
                    PERFORM liaison_issue_kpi_data_refresh(ARRAY(
                        SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
                         WHERE (%(issue_new)s)
                               IS DISTINCT FROM (%(issue_old)s)));
                END IF;
                RETURN NULL;
            END $$;

            CREATE OR REPLACE FUNCTION liaison_issue_kpi_data_assignment_changed()
            RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    PERFORM liaison_issue_kpi_data_refresh(ARRAY(
                        SELECT DISTINCT issue_id FROM new_rows));
                ELSIF TG_OP = 'DELETE' THEN
                    PERFORM liaison_issue_kpi_data_refresh(ARRAY(
                        SELECT DISTINCT issue_id FROM old_rows));
                ELSE
                    PERFORM liaison_issue_kpi_data_refresh(ARRAY(
                        SELECT n.issue_id FROM new_rows n
                          JOIN old_rows o ON o.id = n.id
                         WHERE (%(assignment_new)s)
                               IS DISTINCT FROM (%(assignment_old)s)
                        UNION
                        SELECT o.issue_id FROM new_rows n
                          JOIN old_rows o ON o.id = n.id
                         WHERE n.issue_id IS DISTINCT FROM o.issue_id));
                END IF;
                RETURN NULL;
            END $$;

            CREATE OR REPLACE FUNCTION liaison_issue_kpi_data_stage_changed()
            RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM liaison_issue_kpi_data_refresh(ARRAY(
                    SELECT i.id FROM liaison_issue i
                      JOIN new_rows n ON n.id = i.stage_id
                      JOIN old_rows o ON o.id = n.id
                     WHERE (n.is_closed, n.is_rejected)
                           IS DISTINCT FROM (o.is_closed, o.is_rejected)));
                RETURN NULL;
            END $$;
            """,
                issue_new=SQL(ISSUE_COLUMNS.format(t="n")),
                issue_old=SQL(ISSUE_COLUMNS.format(t="o")),
                assignment_new=SQL(ASSIGNMENT_COLUMNS.format(t="n")),
                assignment_old=SQL(ASSIGNMENT_COLUMNS.format(t="o")),
            )
        )
        for table, function, events in (
            ("liaison_issue", "issue_changed", ("INSERT", "UPDATE", "DELETE")),
            (
                "liaison_assignment",
                "assignment_changed",
                ("INSERT", "UPDATE", "DELETE"),
            ),
            ("liaison_issue_stage", "stage_changed", ("UPDATE",)),
        ):
            for event in events:
                name = f"liaison_issue_kpi_data_{table}_{event.lower()}"
                referencing = {
                    "INSERT": "NEW TABLE AS new_rows",
                    "UPDATE": "NEW TABLE AS new_rows OLD TABLE AS old_rows",
                    "DELETE": "OLD TABLE AS old_rows",
                }[event]
                cr.execute(
                    SQL(
                        """
                    DROP TRIGGER IF EXISTS %(name)s ON %(table)s;
                    CREATE TRIGGER %(name)s AFTER %(event)s ON %(table)s
                        REFERENCING %(referencing)s
                        FOR EACH STATEMENT
                        EXECUTE FUNCTION %(function)s();
                    """,
                        name=SQL.identifier(name),
                        table=SQL.identifier(table),
                        event=SQL(event),
                        referencing=SQL(referencing),
                        function=SQL.identifier(f"liaison_issue_kpi_data_{function}"),
                    )
                )
        # Rebuild every row: the definitions may have changed with the code.
        cr.execute(
            """
            TRUNCATE liaison_issue_kpi_data;
            SELECT liaison_issue_kpi_data_refresh(ARRAY(SELECT id FROM liaison_issue));
            """
        )
        cr.execute(
            f"""
            CREATE VIEW {self._table} AS (
                SELECT id,
                       id AS issue_id,
                       region_id,
                       department_id,
                       officer_id,
                       category_id,
                       type_id,
                       period,
                       1 AS issue_count,
                       responded AS responded_count,
                       resolved AS resolved_count,
                       CASE WHEN NOT is_rejected
                             AND resolution_deadline IS NOT NULL
                             AND COALESCE(date_solved, CURRENT_DATE)
                                 > resolution_deadline
                            THEN 1 ELSE 0 END AS overdue_count,
                       rated AS rated_count,
                       COALESCE(satisfied, 0) AS satisfied_count,
                       -- float8, not numeric: averages of 100,000 rows
                       responded * 100.0::float8 AS response_rate,
                       resolved * 100.0::float8 AS resolution_rate,
                       satisfied * 100.0::float8 AS satisfaction_rate,
                       days_to_close::float AS days_to_close
                  FROM liaison_issue_kpi_data
            )
            """
        )

    def _flush_search(self, domain, fields=None, order=None, seen=None):
        # The view reads issues, stages and assignments written by the ORM.
        for model in ("liaison.issue", "liaison.issue.stage", "liaison.assignment"):
            self.env[model].flush_model()
        return super()._flush_search(domain, fields=fields, order=order, seen=seen)

    def _read_group_format_result(self, rows_dict, lazy_groupby):
        # Month headers in the reader's language pattern: 2026年11月, Nov 2026.
        result = super()._read_group_format_result(rows_dict, lazy_groupby)
        locale = get_lang(self.env).code
        for group in lazy_groupby:
            name, _sep, granularity = group.partition(":")
            if name != "period" or (granularity or "month") != "month":
                continue
            for row in rows_dict:
                period = (row.get("__range") or {}).get(group)
                if period:
                    row[group] = babel.dates.format_skeleton(
                        "yMMM", fields.Date.to_date(period["from"]), locale=locale
                    )
        return result

    # ---- Department ranking ----
    @api.model
    def _ranking_figures(
        self, issues, responded, resolved, overdue, rated, satisfied, days, days_counted
    ):
        """Rates of a group recomputed from its counts (never averaged)."""
        return {
            "issue_count": issues,
            "responded_count": responded,
            "resolved_count": resolved,
            "overdue_count": overdue,
            "rated_count": rated,
            "satisfied_count": satisfied,
            "response_rate": 100.0 * responded / issues if issues else 0.0,
            "resolution_rate": 100.0 * resolved / issues if issues else 0.0,
            "satisfaction_rate": 100.0 * satisfied / rated if rated else 0.0,
            "days_to_close": days / days_counted if days_counted else 0.0,
        }

    @api.model
    def get_department_ranking(self, domain=None, limit=None):
        """Departments by resolution rate, best first, numbered, with their
        figures; rates are recomputed from counts.  Read with the caller's
        rights (record rules of the KPIs apply)."""
        groups = self._read_group(
            list(domain or []) + [("department_id", "!=", False)],
            ["department_id"],
            RANKING_AGGREGATES,
        )
        ranking = [
            {"department_id": department, **self._ranking_figures(*values)}
            for department, *values in groups
        ]
        ranking.sort(
            key=lambda r: (
                -r["resolution_rate"],
                -r["issue_count"],
                r["department_id"].id,
            )
        )
        for rank, row in enumerate(ranking, start=1):
            row["rank"] = rank
        return ranking[:limit] if limit else ranking

    @api.model
    def get_department_ranking_total(self, domain=None):
        """The total line of the ranking: rates from the summed counts."""
        [values] = self._read_group(
            list(domain or []) + [("department_id", "!=", False)],
            [],
            RANKING_AGGREGATES,
        )
        return self._ranking_figures(*(value or 0 for value in values))

    @api.model
    def action_open_department_ranking(self):
        """The numbered ranking of the reader's departments, with a total line."""
        Line = self.env["liaison.department.ranking"]
        ranking = self.get_department_ranking()
        keys = (
            "rank",
            "department_id",
            "issue_count",
            "resolved_count",
            "overdue_count",
            "response_rate",
            "resolution_rate",
            "satisfaction_rate",
            "days_to_close",
        )
        vals_list = [
            {
                **{
                    key: row[key].id if key == "department_id" else row[key]
                    for key in keys
                },
                # The group's label, as read_group gives it.
                "name": row["department_id"].sudo().display_name,
            }
            for row in ranking
        ]
        total = self.get_department_ranking_total()
        vals_list.append(
            {
                "rank": len(ranking) + 1,
                "is_total": True,
                "name": self.env._("Total"),
                **{key: total[key] for key in keys if key in total},
            }
        )
        lines = Line.create(vals_list)
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "liaison_service.liaison_department_ranking_action"
        )
        action["domain"] = [("id", "in", lines.ids)]
        return action
