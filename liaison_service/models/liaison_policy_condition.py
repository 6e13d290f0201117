# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError

CRITERIA = [
    ("months_in_operation", "Months in Operation"),
    ("employees_contracted", "Employees under Contract"),
    ("social_insurance", "Social Insurance Paid"),
    ("is_returnee", "Led by a Returnee"),
    ("first_licence", "First Licence"),
    ("in_park", "Hosted in a Park"),
    ("enterprise_kind", "Kind of Enterprise"),
]
BOOLEAN_CRITERIA = {"social_insurance", "is_returnee", "first_licence", "in_park"}


class LiaisonPolicyCondition(models.Model):
    """One eligibility condition of a policy, as data.

    Each condition becomes a domain on ``liaison.returnee.enterprise``; a
    policy's enterprises are those meeting all of its conditions.
    """

    _name = "liaison.policy.condition"
    _description = "Policy Eligibility Condition"
    _order = "policy_id, sequence, id"

    policy_id = fields.Many2one(
        "liaison.policy", required=True, index=True, ondelete="cascade"
    )
    sequence = fields.Integer(default=10)
    criterion = fields.Selection(CRITERIA, required=True)
    operator = fields.Selection(
        [(">=", "at least"), ("<=", "at most"), ("=", "equals")],
        required=True,
        default=">=",
    )
    value = fields.Integer(
        help="Number of months or employees; 1 for yes and 0 for no on yes/no criteria."
    )
    enterprise_kind = fields.Selection(
        [("individual", "Individual Business"), ("small", "Small or Micro Enterprise")],
        string="Kind",
    )

    @api.constrains("criterion", "operator", "value", "enterprise_kind")
    def _check_condition(self):
        for condition in self:
            if condition.criterion in BOOLEAN_CRITERIA | {"enterprise_kind"} and (
                condition.operator != "="
            ):
                raise ValidationError(
                    self.env._("A yes/no or kind condition can only be 'equals'.")
                )
            if condition.criterion == "enterprise_kind" and not (
                condition.enterprise_kind
            ):
                raise ValidationError(self.env._("Choose the kind of enterprise."))
            if condition.value < 0:
                raise ValidationError(
                    self.env._("A condition value cannot be negative.")
                )

    def _to_domain(self, today):
        """The domain on returnee enterprises that meets this condition."""
        self.ensure_one()
        criterion, operator, value = self.criterion, self.operator, self.value
        if criterion == "months_in_operation":
            # N months in operation: licensed on or before today - N months.
            limit = today - relativedelta(months=value)
            date_operator = {">=": "<=", "<=": ">=", "=": "="}[operator]
            return [
                ("licence_date", "!=", False),
                ("licence_date", date_operator, limit),
            ]
        if criterion == "employees_contracted":
            return [("employees_contracted", operator, value)]
        if criterion == "in_park":
            return [("park_id", "!=" if value else "=", False)]
        if criterion == "enterprise_kind":
            return [("enterprise_kind", "=", self.enterprise_kind)]
        return [(criterion, "=", bool(value))]
