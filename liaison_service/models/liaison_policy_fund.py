# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

# Applications whose amount is committed on the fund.
COMMITTED_STATES = ("approved", "paid")


class LiaisonPolicyFund(models.Model):
    """Fund with a budget (002 三): the special fund, the guarantee fund.

    Approving an application commits its amount; disbursing pays it.  The
    committed total can never exceed the budget: approvals lock the fund row
    (``_lock_and_check``) so two concurrent approvals cannot both pass.
    """

    _name = "liaison.policy.fund"
    _description = "Policy Fund"
    _inherit = ["mail.thread"]
    _order = "name, id"

    name = fields.Char(required=True, tracking=True)
    active = fields.Boolean(default=True)
    currency_id = fields.Many2one(
        "res.currency", required=True, default=lambda self: self.env.company.currency_id
    )
    budget = fields.Monetary(required=True, tracking=True)
    committed = fields.Monetary(
        compute="_compute_totals",
        help="Amounts of the approved and paid applications.",
    )
    paid = fields.Monetary(
        compute="_compute_totals", help="Amounts disbursed to enterprises."
    )
    available = fields.Monetary(compute="_compute_totals")
    note = fields.Text()

    @api.constrains("budget")
    def _check_budget(self):
        for fund in self:
            if fund.budget < 0:
                raise ValidationError(self.env._("A budget cannot be negative."))
            if fund.id and fund.budget < fund._committed_sql():
                raise ValidationError(
                    self.env._("The budget cannot be lower than what is committed.")
                )

    def _compute_totals(self):
        Application = self.env["liaison.policy.application"].sudo()
        committed = dict(
            Application._read_group(
                [("fund_id", "in", self.ids), ("state", "in", COMMITTED_STATES)],
                ["fund_id"],
                ["amount_approved:sum"],
            )
        )
        paid = dict(
            Application._read_group(
                [("fund_id", "in", self.ids), ("state", "=", "paid")],
                ["fund_id"],
                ["amount_paid:sum"],
            )
        )
        for fund in self:
            key = fund.sudo()
            fund.committed = committed.get(key, 0.0)
            fund.paid = paid.get(key, 0.0)
            fund.available = fund.budget - fund.committed

    def _committed_sql(self):
        self.ensure_one()
        self.env["liaison.policy.application"].flush_model(
            ["fund_id", "state", "amount_approved"]
        )
        self.env.cr.execute(
            "SELECT COALESCE(SUM(amount_approved), 0) FROM liaison_policy_application"
            " WHERE fund_id = %s AND state IN %s",
            (self.id, COMMITTED_STATES),
        )
        return self.env.cr.fetchone()[0]

    def _lock_and_check(self, amount):
        """Lock the fund row, then refuse ``amount`` past the budget."""
        self.ensure_one()
        self.flush_recordset(["budget"])
        self.env.cr.execute(
            "SELECT budget FROM liaison_policy_fund WHERE id = %s FOR UPDATE",
            (self.id,),
        )
        budget = self.env.cr.fetchone()[0] or 0.0
        committed = self._committed_sql()
        if self.currency_id.compare_amounts(committed + amount, budget) > 0:
            raise ValidationError(
                self.env._(
                    "The fund %(fund)s cannot be overdrawn: budget %(budget)s, "
                    "committed %(committed)s, requested %(amount)s.",
                    fund=self.name,
                    budget=budget,
                    committed=committed,
                    amount=amount,
                )
            )
