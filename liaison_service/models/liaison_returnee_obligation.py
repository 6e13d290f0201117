# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models

FREQUENCY_MONTHS = {"monthly": 1, "bimonthly": 2, "quarterly": 3}


class LiaisonReturneeObligation(models.Model):
    """What a reporting body owes the returnee office (调度通报, 002 二(一)).

    A reporting body is a department record: a member unit (成员单位) or a
    township government (a department whose region is the township).  By
    default a member unit sends at least one material a month and a township
    two (system parameters ``liaison_service.returnee_quota_unit`` and
    ``liaison_service.returnee_quota_township``); the office's dispatch
    round is every two months for units and monthly for townships.
    """

    _name = "liaison.returnee.obligation"
    _description = "Reporting Obligation"
    _inherit = ["liaison.region.mixin"]
    _order = "body_type, department_id"
    _rec_name = "department_id"

    department_id = fields.Many2one(
        "liaison.department",
        string="Reporting Body",
        required=True,
        index=True,
        ondelete="cascade",
    )
    region_id = fields.Many2one(
        string="District",
        help="The district whose returnee office receives the materials.",
    )
    body_type = fields.Selection(
        [("unit", "Member Unit"), ("township", "Township")],
        required=True,
        default="unit",
    )
    frequency = fields.Selection(
        [
            ("monthly", "Every Month"),
            ("bimonthly", "Every Two Months"),
            ("quarterly", "Quarterly"),
        ],
        required=True,
        default="monthly",
    )
    quota = fields.Integer(
        string="Materials per Period",
        compute="_compute_defaults",
        store=True,
        readonly=False,
        help="Minimum number of materials to send each period.",
    )
    dispatch_frequency = fields.Selection(
        [("monthly", "Every Month"), ("bimonthly", "Every Two Months")],
        string="Dispatch Round",
        compute="_compute_defaults",
        store=True,
        readonly=False,
        help="How often the office holds its dispatch round with this body.",
    )
    active = fields.Boolean(default=True)
    submission_ids = fields.One2many(
        "liaison.returnee.submission", "obligation_id", string="Submissions"
    )

    _sql_constraints = [
        (
            "department_unique",
            "unique(department_id, region_id)",
            "A reporting body has one obligation per district.",
        ),
        ("quota_positive", "CHECK(quota >= 0)", "The quota cannot be negative."),
    ]

    @api.depends("body_type")
    def _compute_defaults(self):
        params = self.env["ir.config_parameter"].sudo()
        quota = {
            "unit": int(params.get_param("liaison_service.returnee_quota_unit", 1)),
            "township": int(
                params.get_param("liaison_service.returnee_quota_township", 2)
            ),
        }
        for obligation in self:
            obligation.quota = quota[obligation.body_type]
            obligation.dispatch_frequency = (
                "monthly" if obligation.body_type == "township" else "bimonthly"
            )

    @api.model
    def _period_of(self, frequency, day):
        """First and last day of the period of ``frequency`` holding ``day``."""
        months = FREQUENCY_MONTHS[frequency]
        start = day.replace(day=1, month=(day.month - 1) // months * months + 1)
        return start, start + relativedelta(months=months, days=-1)
