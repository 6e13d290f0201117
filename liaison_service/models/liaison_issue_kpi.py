# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models, tools


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

    issue_id = fields.Many2one("liaison.issue", string="Issue", readonly=True)
    region_id = fields.Many2one("liaison.region", string="Region", readonly=True)
    department_id = fields.Many2one(
        "liaison.department",
        string="Department",
        readonly=True,
        help="Lead department of the latest assignment of the issue.",
    )
    officer_id = fields.Many2one("liaison.officer", string="Officer", readonly=True)
    category_id = fields.Many2one(
        "liaison.issue.category", string="Category", readonly=True
    )
    type_id = fields.Many2one("liaison.issue.type", string="Type", readonly=True)
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

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            f"""
            CREATE VIEW {self._table} AS (
                WITH assignment AS (
                    SELECT issue_id,
                           (ARRAY_AGG(lead_department_id
                                      ORDER BY date_assigned DESC, id DESC))[1]
                               AS department_id,
                           MIN(sent_on) AS first_sent_on
                      FROM liaison_assignment
                     GROUP BY issue_id
                ), flags AS (
                    SELECT i.id,
                           i.region_id,
                           a.department_id,
                           i.officer_id,
                           i.category_id,
                           i.type_id,
                           DATE_TRUNC('month', COALESCE(i.date_accepted,
                                                        i.create_date::date)
                                     )::date AS period,
                           CASE WHEN LEAST(a.first_sent_on, i.date_solved)
                                     <= i.response_deadline
                                THEN 1 ELSE 0 END AS responded,
                           CASE WHEN s.is_closed THEN 1 ELSE 0 END AS resolved,
                           CASE WHEN NOT COALESCE(s.is_rejected, FALSE)
                                 AND i.resolution_deadline IS NOT NULL
                                 AND COALESCE(i.date_solved, CURRENT_DATE)
                                     > i.resolution_deadline
                                THEN 1 ELSE 0 END AS overdue,
                           CASE WHEN i.rating_last_value > 0
                                THEN 1 ELSE 0 END AS rated,
                           CASE WHEN i.rating_last_value >= 4 THEN 1
                                WHEN i.rating_last_value > 0 THEN 0
                           END AS satisfied,
                           CASE WHEN s.is_closed THEN i.date_closed - i.date_accepted
                           END AS days_to_close
                      FROM liaison_issue i
                      LEFT JOIN liaison_issue_stage s ON s.id = i.stage_id
                      LEFT JOIN assignment a ON a.issue_id = i.id
                     WHERE i.active
                )
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
                       overdue AS overdue_count,
                       rated AS rated_count,
                       COALESCE(satisfied, 0) AS satisfied_count,
                       responded * 100.0 AS response_rate,
                       resolved * 100.0 AS resolution_rate,
                       satisfied * 100.0 AS satisfaction_rate,
                       days_to_close::float AS days_to_close
                  FROM flags
            )
            """
        )

    def _flush_search(self, domain, fields=None, order=None, seen=None):
        # The view reads issues, stages and assignments written by the ORM.
        for model in ("liaison.issue", "liaison.issue.stage", "liaison.assignment"):
            self.env[model].flush_model()
        return super()._flush_search(domain, fields=fields, order=order, seen=seen)

    @api.model
    def get_department_ranking(self, domain=None, limit=None):
        """Departments by resolution rate, best first, with their figures."""
        groups = self._read_group(
            list(domain or []) + [("department_id", "!=", False)],
            ["department_id"],
            [
                "issue_count:sum",
                "resolved_count:sum",
                "overdue_count:sum",
                "resolution_rate:avg",
                "response_rate:avg",
                "satisfaction_rate:avg",
                "days_to_close:avg",
            ],
            order="resolution_rate:avg DESC, issue_count:sum DESC",
            limit=limit,
        )
        keys = (
            "issue_count",
            "resolved_count",
            "overdue_count",
            "resolution_rate",
            "response_rate",
            "satisfaction_rate",
            "days_to_close",
        )
        return [
            {"department_id": department, **dict(zip(keys, values, strict=True))}
            for department, *values in groups
        ]
