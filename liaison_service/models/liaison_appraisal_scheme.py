# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools.float_utils import float_compare

GRADES = [
    ("excellent", "Excellent"),
    ("competent", "Competent"),
    ("basic", "Basically Competent"),
    ("incompetent", "Incompetent"),
]


class LiaisonAppraisalScheme(models.Model):
    """Scoring scheme of a year's appraisal (003 保障措施(四) 附件2).

    The office configures, per year, the officers' criteria with a weight
    and a source each (the weights sum to 100), the grade thresholds
    (优秀 ≥ excellent > 称职 ≥ competent > 基本称职 ≥ basic > 不称职), and the
    departments' weights (notices on time, send-backs, satisfaction).
    """

    _name = "liaison.appraisal.scheme"
    _description = "Appraisal Scheme"
    _order = "year desc, id desc"

    name = fields.Char(required=True)
    year = fields.Integer(
        required=True, default=lambda self: fields.Date.context_today(self).year
    )
    active = fields.Boolean(default=True)
    criterion_ids = fields.One2many(
        "liaison.appraisal.criterion", "scheme_id", string="Criteria", copy=True
    )
    threshold_excellent = fields.Float(string="Excellent from", default=90.0)
    threshold_competent = fields.Float(string="Competent from", default=75.0)
    threshold_basic = fields.Float(string="Basically competent from", default=60.0)
    dept_weight_on_time = fields.Float(string="Notices on Time (%)", default=50.0)
    dept_weight_sendback = fields.Float(string="No Send-backs (%)", default=20.0)
    dept_weight_satisfaction = fields.Float(string="Satisfaction (%)", default=30.0)
    weight_total = fields.Float(compute="_compute_weight_total")

    @api.depends("criterion_ids.weight")
    def _compute_weight_total(self):
        for scheme in self:
            scheme.weight_total = sum(scheme.criterion_ids.mapped("weight"))

    @api.constrains(
        "criterion_ids",
        "dept_weight_on_time",
        "dept_weight_sendback",
        "dept_weight_satisfaction",
    )
    def _check_weights(self):
        for scheme in self:
            officer = sum(scheme.criterion_ids.mapped("weight"))
            if scheme.criterion_ids and float_compare(officer, 100.0, 2):
                raise ValidationError(
                    self.env._(
                        "The weights of the criteria of %(name)s sum to %(total)s, "
                        "not 100.",
                        name=scheme.name,
                        total=round(officer, 2),
                    )
                )
            department = (
                scheme.dept_weight_on_time
                + scheme.dept_weight_sendback
                + scheme.dept_weight_satisfaction
            )
            if float_compare(department, 100.0, 2):
                raise ValidationError(
                    self.env._(
                        "The departments' weights of %(name)s sum to %(total)s, "
                        "not 100.",
                        name=scheme.name,
                        total=round(department, 2),
                    )
                )

    @api.constrains("threshold_excellent", "threshold_competent", "threshold_basic")
    def _check_thresholds(self):
        for scheme in self:
            if not (
                100
                >= scheme.threshold_excellent
                > scheme.threshold_competent
                > scheme.threshold_basic
                > 0
            ):
                raise ValidationError(
                    self.env._(
                        "Grade thresholds must go down from excellent to basically "
                        "competent, between 0 and 100."
                    )
                )

    def _grade(self, score):
        self.ensure_one()
        if score >= self.threshold_excellent:
            return "excellent"
        if score >= self.threshold_competent:
            return "competent"
        if score >= self.threshold_basic:
            return "basic"
        return "incompetent"
