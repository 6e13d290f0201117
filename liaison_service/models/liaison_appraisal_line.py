# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tools import SQL

from .liaison_appraisal_scheme import GRADES

# What the office enters on a line while the appraisal is a draft.
OFFICE_FIELDS = {"score_office_mark", "excellent_recommended", "note"}


class LiaisonAppraisalLine(models.Model):
    """One officer's or one department's result in an annual appraisal.

    Scores are computed by the appraisal; the office enters its own mark,
    a note and the "excellent" recommendation to the home unit (000 §五(五)3:
    outside the unit's quota) while the appraisal is a draft.
    """

    _name = "liaison.appraisal.line"
    _description = "Appraisal Result"
    _order = "appraisal_id, kind, rank, id"

    appraisal_id = fields.Many2one(
        "liaison.appraisal", required=True, ondelete="cascade", index=True
    )
    kind = fields.Selection(
        [("officer", "Officer"), ("department", "Department")], required=True
    )
    region_id = fields.Many2one(
        related="appraisal_id.region_id", store=True, string="Jurisdiction"
    )
    year = fields.Integer(related="appraisal_id.year", store=True)
    officer_id = fields.Many2one("liaison.officer", index=True)
    department_id = fields.Many2one(
        "liaison.department",
    )
    home_unit_id = fields.Many2one(
        related="officer_id.department_id", string="Home Unit"
    )
    rank = fields.Integer(readonly=True)
    score_visits = fields.Float(string="Visits", digits=(5, 2))
    score_reports = fields.Float(string="Reports", digits=(5, 2))
    score_issues = fields.Float(string="Issues in Time", digits=(5, 2))
    score_satisfaction = fields.Float(string="Satisfaction", digits=(5, 2))
    score_bulletins = fields.Float(string="Bulletins", digits=(5, 2))
    score_discipline = fields.Float(string="Discipline", digits=(5, 2))
    score_office_mark = fields.Float(string="Office's Mark", digits=(5, 2))
    score_enterprise_mark = fields.Float(string="Enterprises' Mark", digits=(5, 2))
    notices_due = fields.Integer()
    notices_on_time = fields.Integer()
    sendback_count = fields.Integer(string="Sent Back")
    score_on_time = fields.Float(string="On Time", digits=(5, 2))
    score_sendback = fields.Float(string="Send-backs", digits=(5, 2))
    total = fields.Float(digits=(5, 2))
    grade = fields.Selection(GRADES)
    excellent_recommended = fields.Boolean(
        string="Recommended as Excellent",
        help="Recommended to the home unit as excellent, outside its quota.",
    )
    note = fields.Text()

    @api.constrains("score_office_mark")
    def _check_office_mark(self):
        if any(not 0 <= line.score_office_mark <= 100 for line in self):
            raise ValidationError(self.env._("A mark is between 0 and 100."))

    def write(self, vals):
        if not self.env.su:
            if set(vals) - OFFICE_FIELDS:
                raise AccessError(
                    self.env._(
                        "Scores are computed: only the office's mark, the "
                        "note and the recommendation can be entered."
                    )
                )
            if not self.env.user.has_group("liaison_service.group_office"):
                raise AccessError(self.env._("Only the office enters marks."))
            if any(line.appraisal_id.state != "draft" for line in self):
                raise UserError(
                    self.env._("The appraisal is reviewed: its lines are locked.")
                )
            if vals.get("excellent_recommended") and any(
                line.grade != "excellent" for line in self
            ):
                raise UserError(
                    self.env._("Only an officer graded excellent can be recommended.")
                )
        res = super().write(vals)
        if "score_office_mark" in vals:
            self._recompute_total()
        return res

    def _recompute_total(self):
        """Weigh an officer line's scores again (after the office's mark)."""
        for line in self.filtered(lambda l: l.kind == "officer"):
            scheme = line.appraisal_id.scheme_id
            total = round(
                sum(
                    c.weight * line[f"score_{c.source}"] / 100.0
                    for c in scheme.criterion_ids
                ),
                2,
            )
            grade = scheme._grade(total)
            line.sudo().write(
                {
                    "total": total,
                    "grade": grade,
                    "excellent_recommended": line.excellent_recommended
                    and grade == "excellent",
                }
            )
        self.appraisal_id._rank("officer")

    @api.model
    def _field_work_scores(self, officer_ids, date_from, date_to):
        """{"visits": {officer: score}, "reports": {officer: score}}.

        Visits: share of the weekly visits due that were made; reports: share
        of the weekly and monthly reports due that were submitted on time.
        """
        today = min(date_to, fields.Date.context_today(self))
        visits = (
            self.env["liaison.visit.compliance"]
            .sudo()
            ._read_group(
                [
                    ("officer_id", "in", officer_ids),
                    ("week_start", ">=", date_from),
                    ("week_start", "<=", today),
                ],
                ["officer_id"],
                ["due:sum", "missed:sum"],
            )
        )
        self.env["liaison.work.report"].flush_model()
        self.env.cr.execute(
            SQL(
                """
                SELECT officer_id,
                       COUNT(*) FILTER (WHERE submitted_on::date <= due_date),
                       COUNT(*)
                  FROM liaison_work_report
                 WHERE officer_id IN %(ids)s
                   AND due_date BETWEEN %(start)s AND %(today)s
                 GROUP BY officer_id
                """,
                ids=tuple(officer_ids) or (0,),
                start=date_from,
                today=today,
            )
        )
        return {
            "visits": {
                officer.id: 100.0 * (due - missed) / due
                for officer, due, missed in visits
                if due
            },
            "reports": {
                officer: 100.0 * on_time / due
                for officer, on_time, due in self.env.cr.fetchall()
                if due
            },
        }
