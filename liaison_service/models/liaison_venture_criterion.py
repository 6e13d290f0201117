# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class LiaisonVentureCriterion(models.Model):
    """A configurable criterion on which experts score venture projects."""

    _name = "liaison.venture.criterion"
    _description = "Venture Scoring Criterion"
    _order = "sequence, id"

    name = fields.Char(required=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    weight = fields.Integer(default=1, required=True)
    max_score = fields.Integer(string="Maximum Score", default=10, required=True)

    @api.constrains("weight", "max_score")
    def _check_scale(self):
        for criterion in self:
            if criterion.weight < 1 or criterion.max_score < 1:
                raise ValidationError(
                    self.env._("Weight and maximum score must be at least 1.")
                )
