# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models


class LiaisonReturneeEnterprise(models.Model):
    """Returnee enterprise file (返乡创业企业, 002 三).

    The data the policies are matched on: licence date (months in
    operation), employees under labour contracts, social insurance,
    returnee founder, park.  The policies an enterprise qualifies for are
    computed set-based (one search per policy, see ``liaison.policy``); they
    are shown to its officer and, on the portal, to the enterprise.
    """

    _name = "liaison.returnee.enterprise"
    _description = "Returnee Enterprise"
    _inherit = ["mail.thread", "liaison.enterprise.mixin", "liaison.region.mixin"]
    _order = "id desc"
    _rec_name = "partner_id"

    partner_id = fields.Many2one(tracking=True)
    region_id = fields.Many2one(string="Township", tracking=True)
    officer_id = fields.Many2one(
        "liaison.officer",
        index="btree_not_null",
        ondelete="set null",
        tracking=True,
        help="The officer who serves the enterprise and briefs it on policies.",
    )
    enterprise_kind = fields.Selection(
        [("individual", "Individual Business"), ("small", "Small or Micro Enterprise")],
        string="Kind",
        required=True,
        default="small",
        tracking=True,
    )
    licence_date = fields.Date(
        tracking=True,
        help="Date of the business licence (营业执照).",
    )
    first_licence = fields.Boolean(
        default=True,
        help="The founder obtained a business licence for the first time.",
    )
    employees_contracted = fields.Integer(
        string="Employees under Contract",
        tracking=True,
        help="Employees with a labour contract of one year or more.",
    )
    social_insurance = fields.Boolean(
        string="Social Insurance Paid",
        tracking=True,
        help="The enterprise pays social insurance for its employees.",
    )
    is_returnee = fields.Boolean(
        string="Led by a Returnee",
        default=True,
        tracking=True,
        help="Founded or led by a returnee (返乡创业人员).",
    )
    park_id = fields.Many2one(
        "liaison.returnee.park",
        index="btree_not_null",
        ondelete="set null",
        tracking=True,
    )
    investment = fields.Monetary(currency_field="currency_id")
    currency_id = fields.Many2one(
        "res.currency", required=True, default=lambda self: self.env.company.currency_id
    )
    months_in_operation = fields.Integer(
        compute="_compute_months_in_operation",
        help="Whole months since the licence date.",
    )
    application_ids = fields.One2many(
        "liaison.policy.application", "enterprise_id", string="Applications"
    )
    matching_policy_ids = fields.Many2many(
        "liaison.policy",
        compute="_compute_matching_policy_ids",
        string="Matching Policies",
        help="The policies in force whose conditions the enterprise meets.",
    )

    _sql_constraints = [
        (
            "partner_unique",
            "unique(partner_id)",
            "An enterprise has one returnee enterprise file.",
        ),
    ]

    @api.depends("licence_date")
    def _compute_months_in_operation(self):
        today = fields.Date.context_today(self)
        for enterprise in self:
            if not enterprise.licence_date or enterprise.licence_date > today:
                enterprise.months_in_operation = 0
                continue
            delta = relativedelta(today, enterprise.licence_date)
            enterprise.months_in_operation = delta.years * 12 + delta.months

    @api.depends(
        "licence_date",
        "first_licence",
        "employees_contracted",
        "social_insurance",
        "is_returnee",
        "park_id",
        "enterprise_kind",
        "application_ids.state",
    )
    @api.depends_context("uid")
    def _compute_matching_policy_ids(self):
        Policy = self.env["liaison.policy"]
        matches = Policy._match_enterprises(self)
        by_enterprise = {enterprise.id: [] for enterprise in self}
        for policy, enterprises in matches.items():
            for enterprise_id in enterprises.ids:
                by_enterprise[enterprise_id].append(policy.id)
        for enterprise in self:
            enterprise.matching_policy_ids = Policy.browse(by_enterprise[enterprise.id])
