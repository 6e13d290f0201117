# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

# Where a criterion takes its score (0-100) from.
SOURCES = [
    ("visits", "Weekly Visit Compliance"),
    ("reports", "Reports on Time"),
    ("issues", "Issues Solved within Limits"),
    ("satisfaction", "Satisfaction"),
    ("bulletins", "Bulletins Received"),
    ("discipline", "Discipline"),
    ("office_mark", "Office's Mark"),
    ("enterprise_mark", "Served Enterprises' Mark"),
]


class LiaisonAppraisalCriterion(models.Model):
    """A weighted criterion of an appraisal scheme and where it is scored."""

    _name = "liaison.appraisal.criterion"
    _description = "Appraisal Criterion"
    _order = "scheme_id, sequence, id"

    scheme_id = fields.Many2one(
        "liaison.appraisal.scheme", required=True, ondelete="cascade", index=True
    )
    sequence = fields.Integer(default=10)
    name = fields.Char(required=True)
    source = fields.Selection(SOURCES, required=True)
    weight = fields.Float(required=True, help="Share of the total, in %.")

    _sql_constraints = [
        (
            "source_unique",
            "UNIQUE (scheme_id, source)",
            "Each source is scored once in a scheme.",
        )
    ]

    @api.constrains("weight")
    def _check_weight(self):
        if any(c.weight <= 0 or c.weight > 100 for c in self):
            raise ValidationError(
                self.env._("A criterion weighs more than 0 and at most 100.")
            )
