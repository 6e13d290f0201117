# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.osv import expression

POLICY_KINDS = [
    ("loan", "Guarantee Loan"),
    ("startup", "One-time Start-up Subsidy"),
    ("job", "Job Creation Subsidy"),
    ("park", "Park Subsidy"),
    ("other", "Other"),
]


class LiaisonPolicy(models.Model):
    """Support policy of the returnee programme (002 三, 000 三(一)).

    A policy has an issuing department, a validity, an amount rule (fixed,
    per job, or up to a maximum) and eligibility conditions as data.  An
    enterprise matches a policy in force when it meets every condition and,
    for a one-time policy, has not received it already.  Officers push a
    briefing of the policy to every matching enterprise they serve.
    """

    _name = "liaison.policy"
    _description = "Support Policy"
    # The one workflow guard (no field only actions write; the names and
    # values a caller sends are checked like on every liaison model).
    _inherit = ["mail.thread", "liaison.workflow.mixin", "liaison.count.mixin"]
    _order = "sequence, id"

    name = fields.Char(required=True, tracking=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True, tracking=True)
    kind = fields.Selection(POLICY_KINDS, required=True, default="other", tracking=True)
    department_id = fields.Many2one(
        "liaison.department",
        string="Issuing Department",
        index="btree_not_null",
        ondelete="restrict",
        tracking=True,
        help="The department that issues the policy and reviews its applications.",
    )
    issuing_body = fields.Char(help="Issuing body as written in the policy document.")
    date_from = fields.Date(string="Valid from")
    date_to = fields.Date(string="Valid until")
    description = fields.Text()
    amount_rule = fields.Text(help="The amount rule as written in the policy.")
    currency_id = fields.Many2one(
        "res.currency", required=True, default=lambda self: self.env.company.currency_id
    )
    amount_fixed = fields.Monetary(
        string="Fixed Amount", help="Amount granted once, whatever the request."
    )
    amount_per_job = fields.Monetary(
        string="Amount per Job", help="Amount per job created under contract."
    )
    amount_max = fields.Monetary(
        string="Maximum Amount", help="Ceiling of the amount granted (0: none)."
    )
    interest_subsidy = fields.Boolean(
        help="The loan's interest is subsidised (财政贴息)."
    )
    one_time = fields.Boolean(
        string="One-time",
        help="An enterprise can receive this policy only once.",
    )
    fund_id = fields.Many2one(
        "liaison.policy.fund",
        index="btree_not_null",
        ondelete="restrict",
        help="The fund the approved amounts are committed on.",
    )
    condition_ids = fields.One2many(
        "liaison.policy.condition", "policy_id", string="Eligibility Conditions"
    )
    application_count = fields.Integer(compute="_compute_application_count")
    briefing_count = fields.Integer(compute="_compute_briefing_count")

    @api.constrains("amount_fixed", "amount_per_job", "amount_max")
    def _check_amounts(self):
        for policy in self:
            if min(policy.amount_fixed, policy.amount_per_job, policy.amount_max) < 0:
                raise UserError(self.env._("Policy amounts cannot be negative."))

    def _compute_application_count(self):
        self._compute_related_count(
            "application_count", "liaison.policy.application", "policy_id"
        )

    def _compute_briefing_count(self):
        self._compute_related_count(
            "briefing_count", "liaison.policy.briefing", "policy_id"
        )

    # ---- Matching ----
    def _in_force(self, today=None):
        today = today or fields.Date.context_today(self)
        return self.filtered(
            lambda p: (
                (not p.date_from or p.date_from <= today)
                and (not p.date_to or p.date_to >= today)
            )
        )

    def _match_domain(self, today=None):
        """Domain on returnee enterprises meeting every condition of the policy."""
        self.ensure_one()
        today = today or fields.Date.context_today(self)
        domains = [condition._to_domain(today) for condition in self.condition_ids]
        if self.one_time:
            domains.append(
                [
                    (
                        "application_ids",
                        "not any",
                        [
                            ("policy_id", "=", self.id),
                            ("state", "in", ("approved", "paid")),
                        ],
                    )
                ]
            )
        return expression.AND(domains) if domains else []

    @api.model
    def _match_enterprises(self, enterprises=None, policies=None):
        """``{policy: enterprises}`` for the policies in force.

        One query per policy, whatever the number of enterprises: each
        policy's conditions are one domain.  ``enterprises`` restricts the
        result (None: every enterprise the caller can read).
        """
        Enterprise = self.env["liaison.returnee.enterprise"]
        if policies is None:
            policies = self.search([])
        policies = policies._in_force()
        base = [("id", "in", enterprises.ids)] if enterprises is not None else []
        if enterprises is not None and not enterprises:
            return {}
        return {
            policy: Enterprise.search(base + policy._match_domain())
            for policy in policies
        }

    def action_view_matching_enterprises(self):
        self.ensure_one()
        enterprises = self._match_enterprises(policies=self).get(
            self, self.env["liaison.returnee.enterprise"]
        )
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Matching Enterprises"),
            "res_model": "liaison.returnee.enterprise",
            "view_mode": "list,form",
            "domain": [("id", "in", enterprises.ids)],
        }

    def action_push_briefing(self):
        """Brief every matching enterprise the officer can read: one entry each."""
        self.ensure_one()
        if not self.env.user.has_group("liaison_service.group_officer"):
            raise AccessError(self.env._("Only officers can brief enterprises."))
        enterprises = self._match_enterprises(policies=self).get(self)
        if not enterprises:
            raise UserError(self.env._("No enterprise matches this policy."))
        now = fields.Datetime.now()
        self.env["liaison.policy.briefing"].sudo().create(
            [
                {
                    "policy_id": self.id,
                    "enterprise_id": enterprise.id,
                    "user_id": self.env.uid,
                    "date": now,
                }
                for enterprise in enterprises
            ]
        )
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "success",
                "message": self.env._(
                    "Policy briefing recorded for %s enterprises.", len(enterprises)
                ),
                "next": {"type": "ir.actions.act_window_close"},
            },
        }
