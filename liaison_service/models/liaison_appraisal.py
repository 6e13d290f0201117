# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from odoo import api, fields, models
from odoo.tools import SQL

# Points a criticism in a published bulletin takes off the bulletins score.
BULLETIN_PENALTY = 20
# Points a notice sent back takes off a department's send-back score.
SENDBACK_PENALTY = 10
OFFICER_STATES = ("appointed", "active", "suspended")


class LiaisonAppraisal(models.Model):
    """Annual appraisal of officers and departments (003 保障措施(四), 000 §五(五)3).

    Lifecycle: the office creates the appraisal of a year and a jurisdiction
    with a scheme and computes it: one line per officer and per department,
    each criterion scored 0-100 from the records in a few set-based queries
    (the office's own mark is entered on the line), weighted into a total
    and graded.  The office marks the excellent officers it recommends to
    their home units (outside the unit's quota) and reviews it; the
    leadership approves it, which locks it.  Consequences (commendation,
    criticism, 诫勉 and recall proposals) are records of their own.
    """

    _name = "liaison.appraisal"
    _description = "Annual Appraisal"
    _inherit = ["liaison.office.report.mixin"]
    _order = "year desc, id desc"
    _workflow_fields = frozenset(
        {"state", "computed_on", "reviewed_by", "approved_by", "approved_on"}
    )

    name = fields.Char(required=True)
    scheme_id = fields.Many2one(
        "liaison.appraisal.scheme", required=True, ondelete="restrict"
    )
    year = fields.Integer(related="scheme_id.year", store=True)
    state = fields.Selection(
        selection_add=[("reviewed", "Reviewed"), ("approved", "Approved")],
        ondelete={"reviewed": "set default", "approved": "set default"},
    )
    computed_on = fields.Datetime(readonly=True, copy=False)
    reviewed_by = fields.Many2one("res.users", readonly=True, copy=False)
    approved_by = fields.Many2one("res.users", readonly=True, copy=False)
    approved_on = fields.Date(readonly=True, copy=False, tracking=True)
    line_ids = fields.One2many(
        "liaison.appraisal.line",
        "appraisal_id",
        string="Officers",
        domain=[("kind", "=", "officer")],
    )
    department_line_ids = fields.One2many(
        "liaison.appraisal.line",
        "appraisal_id",
        string="Departments",
        domain=[("kind", "=", "department")],
    )
    consequence_ids = fields.One2many(
        "liaison.appraisal.consequence", "appraisal_id", string="Consequences"
    )

    def _workflow_locked(self):
        return self.filtered(lambda appraisal: appraisal.state == "approved")

    def _workflow_locked_error(self, labels):
        return self.env._("An approved appraisal cannot be changed.")

    # ---- Computation ----
    def _period(self):
        return date(self.year, 1, 1), date(self.year, 12, 31)

    def action_compute(self):
        """Score every officer and department of the jurisdiction."""
        return self._workflow_recompute(
            lambda appraisal: self.env._(
                "Appraisal %(name)s is reviewed: it cannot be recomputed.",
                name=appraisal.name,
            ),
            lambda appraisal: appraisal._compute_lines(),
        )

    def _compute_lines(self):
        self._compute_officer_lines()
        self._compute_department_lines()
        return {"computed_on": fields.Datetime.now()}

    def _officer_scores(self, officers):
        """{source: {officer_id: score}} for the sources computed from records."""
        start, end = self._period()
        regions = self._jurisdiction_region_ids()
        ids = officers.ids
        scores = {}
        kpi = self.env["liaison.issue.kpi"].sudo()
        groups = kpi._read_group(
            [
                ("officer_id", "in", ids),
                ("period", ">=", start),
                ("period", "<=", end),
            ],
            ["officer_id"],
            [
                "issue_count:sum",
                "overdue_count:sum",
                "rated_count:sum",
                "satisfied_count:sum",
            ],
        )
        scores["issues"] = {
            o.id: 100.0 * (n - late) / n for o, n, late, _r, _s in groups if n
        }
        scores["satisfaction"] = {
            o.id: 100.0 * sat / rated for o, _n, _l, rated, sat in groups if rated
        }
        criticised = (
            self.env["liaison.bulletin.line"]
            .sudo()
            ._read_group(
                [
                    ("officer_id", "in", ids),
                    ("section", "in", ("criticism", "officer_late")),
                    ("bulletin_id.state", "=", "published"),
                    ("bulletin_id.date_from", ">=", start),
                    ("bulletin_id.date_from", "<=", end),
                ],
                ["officer_id"],
                ["__count"],
            )
        )
        scores["bulletins"] = {
            o.id: max(0.0, 100.0 - BULLETIN_PENALTY * n) for o, n in criticised
        }
        violations = (
            self.env["liaison.discipline.record"]
            .sudo()
            ._read_group(
                [
                    ("officer_id", "in", ids),
                    ("kind", "=", "violation"),
                    ("date", ">=", start),
                    ("date", "<=", end),
                ],
                ["officer_id"],
                ["__count"],
            )
        )
        scores["discipline"] = {o.id: 0.0 for o, _n in violations}
        self.env["rating.rating"].flush_model()
        self.env["liaison.project"].flush_model()
        self.env.cr.execute(
            SQL(
                """
                SELECT p.main_officer_id, AVG(r.rating) * 20
                  FROM rating_rating r
                  JOIN liaison_project p ON p.id = r.res_id
                 WHERE r.res_model = 'liaison.project'
                   AND r.consumed AND r.rating > 0
                   AND p.main_officer_id IN %(ids)s
                   AND p.region_id IN %(regions)s
                   AND r.write_date::date BETWEEN %(start)s AND %(end)s
                 GROUP BY p.main_officer_id
                """,
                ids=tuple(ids) or (0,),
                regions=regions,
                start=start,
                end=end,
            )
        )
        scores["enterprise_mark"] = dict(self.env.cr.fetchall())
        scores.update(
            self.env["liaison.appraisal.line"]._field_work_scores(ids, start, end)
        )
        return scores

    def _compute_officer_lines(self):
        self.ensure_one()
        officers = (
            self.env["liaison.officer"]
            .sudo()
            .search(
                [
                    ("region_id", "in", self._jurisdiction_region_ids()),
                    ("state", "in", OFFICER_STATES),
                ]
            )
        )
        scores = self._officer_scores(officers)
        # Recomputing keeps what the office entered on the lines.
        kept = {
            line.officer_id.id: (line.score_office_mark, line.excellent_recommended)
            for line in self.sudo().line_ids
        }
        self.sudo().line_ids.unlink()
        criteria = self.scheme_id.criterion_ids
        create = []
        for officer in officers:
            office_mark, recommended = kept.get(officer.id, (100.0, False))
            values = {
                f"score_{source}": float(scores.get(source, {}).get(officer.id, 100.0))
                for source in (
                    "visits",
                    "reports",
                    "issues",
                    "satisfaction",
                    "bulletins",
                    "discipline",
                    "enterprise_mark",
                )
            }
            values["score_office_mark"] = office_mark
            total = sum(
                c.weight * values[f"score_{c.source}"] / 100.0 for c in criteria
            )
            grade = self.scheme_id._grade(total)
            values.update(
                appraisal_id=self.id,
                kind="officer",
                officer_id=officer.id,
                total=round(total, 2),
                grade=grade,
                excellent_recommended=recommended and grade == "excellent",
            )
            create.append(values)
        self.env["liaison.appraisal.line"].sudo().create(create)
        self._rank("officer")

    def _compute_department_lines(self):
        self.ensure_one()
        start, end = self._period()
        today = min(end, fields.Date.context_today(self))
        self.env["liaison.assignment"].flush_model()
        self.env.cr.execute(
            SQL(
                """
                SELECT lead_department_id,
                       COUNT(*) FILTER (WHERE state <> 'returned'
                                          AND deadline <= %(today)s),
                       COUNT(*) FILTER (WHERE state <> 'returned'
                                          AND deadline <= %(today)s
                                          AND COALESCE(replied_on, %(today)s)
                                              <= deadline),
                       COUNT(*) FILTER (WHERE returned_on IS NOT NULL)
                  FROM liaison_assignment
                 WHERE region_id IN %(regions)s
                   AND state NOT IN ('draft', 'approved')
                   AND COALESCE(sent_on, deadline) BETWEEN %(start)s AND %(end)s
                 GROUP BY lead_department_id
                """,
                today=today,
                regions=self._jurisdiction_region_ids(),
                start=start,
                end=end,
            )
        )
        figures = {
            dept: (due, on_time, back)
            for dept, due, on_time, back in self.env.cr.fetchall()
        }
        satisfaction = {
            dept.id: (rated, sat)
            for dept, rated, sat in self.env["liaison.issue.kpi"]
            .sudo()
            ._read_group(
                [
                    ("department_id", "in", list(figures)),
                    ("period", ">=", start),
                    ("period", "<=", end),
                ],
                ["department_id"],
                ["rated_count:sum", "satisfied_count:sum"],
            )
        }
        scheme = self.scheme_id
        self.sudo().department_line_ids.unlink()
        create = []
        for dept_id, (due, on_time, back) in sorted(figures.items()):
            rated, sat = satisfaction.get(dept_id, (0, 0))
            on_time_score = 100.0 * on_time / due if due else 100.0
            back_score = max(0.0, 100.0 - SENDBACK_PENALTY * back)
            sat_score = 100.0 * sat / rated if rated else 100.0
            total = (
                scheme.dept_weight_on_time * on_time_score
                + scheme.dept_weight_sendback * back_score
                + scheme.dept_weight_satisfaction * sat_score
            ) / 100.0
            create.append(
                {
                    "appraisal_id": self.id,
                    "kind": "department",
                    "department_id": dept_id,
                    "notices_due": due,
                    "notices_on_time": on_time,
                    "sendback_count": back,
                    "score_on_time": on_time_score,
                    "score_sendback": back_score,
                    "score_satisfaction": sat_score,
                    "total": round(total, 2),
                    "grade": scheme._grade(total),
                }
            )
        self.env["liaison.appraisal.line"].sudo().create(create)
        self._rank("department")

    def _rank(self, kind):
        """Number the lines by total, best first, in one statement."""
        Line = self.env["liaison.appraisal.line"]
        Line.flush_model()
        self.env.cr.execute(
            SQL(
                """
                UPDATE liaison_appraisal_line l
                   SET rank = r.rank
                  FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY total DESC, id) AS rank
                          FROM liaison_appraisal_line
                         WHERE appraisal_id = %(appraisal)s AND kind = %(kind)s) r
                 WHERE l.id = r.id
                """,
                appraisal=self.id,
                kind=kind,
            )
        )
        Line.invalidate_model(["rank"])

    # ---- Workflow ----
    def action_review(self):
        """The office has checked the scores and recommendations."""
        return self._workflow_step(
            "liaison_service.group_office",
            lambda appraisal: appraisal.state == "draft" and appraisal.computed_on,
            lambda appraisal: self.env._(
                "Compute appraisal %(name)s before reviewing it.", name=appraisal.name
            ),
            {"state": "reviewed", "reviewed_by": self.env.uid},
        )

    def action_approve(self):
        """The leadership approves the result; it is then locked."""
        return self._workflow_step(
            "liaison_service.group_leadership",
            ("reviewed",),
            lambda appraisal: self.env._(
                "Appraisal %(name)s is not awaiting approval (it may "
                "already be approved).",
                name=appraisal.name,
            ),
            self._workflow_signature("approved"),
        )

    def action_back_to_draft(self):
        """The office reopens a reviewed appraisal (never an approved one)."""
        return self._workflow_step(
            "liaison_service.group_office",
            ("reviewed",),
            self.env._("Only a reviewed appraisal can be reopened."),
            {"state": "draft"},
        )

    @api.ondelete(at_uninstall=False)
    def _unlink_only_draft(self):
        self._workflow_check_state(
            ("draft",), self.env._("Only a draft appraisal can be deleted.")
        )
