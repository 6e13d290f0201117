# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class LiaisonIssueType(models.Model):
    """Type of an issue and its time limits in working days.

    Common practice (12345 接诉即办): urgent the same day, consultation or
    help 3 working days, suggestion or complaint 13 working days.
    """

    _name = "liaison.issue.type"
    _description = "Issue Type"
    _inherit = ["liaison.catalogue.mixin"]

    response_days = fields.Integer(
        string="Response Time (Working Days)",
        default=1,
        help="Working days after acceptance to answer the enterprise; 0 means "
        "the same day.",
    )
    resolution_days = fields.Integer(
        string="Resolution Time (Working Days)",
        default=3,
        help="Working days after acceptance to solve the issue; 0 means the same day.",
    )

    @api.constrains("response_days", "resolution_days")
    def _check_days(self):
        for issue_type in self:
            if issue_type.response_days < 0 or issue_type.resolution_days < 0:
                raise ValidationError(
                    self.env._(
                        "The time limits of %(type)s cannot be negative.",
                        type=issue_type.name,
                    )
                )
            if issue_type.response_days > issue_type.resolution_days:
                raise ValidationError(
                    self.env._(
                        "The response time of %(type)s cannot be longer than "
                        "its resolution time.",
                        type=issue_type.name,
                    )
                )
