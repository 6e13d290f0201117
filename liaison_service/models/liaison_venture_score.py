# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class LiaisonVentureScore(models.Model):
    """One expert's score of a venture project on one criterion."""

    _name = "liaison.venture.score"
    _description = "Venture Project Score"
    _order = "venture_id, criterion_id, id"

    venture_id = fields.Many2one(
        "liaison.venture.project", required=True, index=True, ondelete="cascade"
    )
    criterion_id = fields.Many2one(
        "liaison.venture.criterion", required=True, ondelete="restrict"
    )
    expert_id = fields.Many2one(
        "res.users",
        required=True,
        default=lambda self: self.env.user,
        ondelete="restrict",
    )
    score = fields.Integer(required=True)
    note = fields.Char()

    _sql_constraints = [
        (
            "expert_criterion_unique",
            "unique(venture_id, criterion_id, expert_id)",
            "An expert scores a criterion once per project.",
        ),
    ]

    @api.constrains("score", "criterion_id")
    def _check_score(self):
        for line in self:
            if not 0 <= line.score <= line.criterion_id.max_score:
                raise ValidationError(
                    self.env._(
                        "The score of %(criterion)s must be between 0 and %(max)s.",
                        criterion=line.criterion_id.name,
                        max=line.criterion_id.max_score,
                    )
                )
