# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models


class LiaisonReturneePark(models.Model):
    """Returnee entrepreneurship park (返乡创业园区, 002 四(一)).

    A park is evaluated and recognised (city or district level), then
    re-reviewed every year; it hosts enterprises and receives subsidies
    (the park subsidies paid to its enterprises are summed here).
    """

    _name = "liaison.returnee.park"
    _description = "Returnee Park"
    _inherit = ["mail.thread", "liaison.region.mixin", "liaison.count.mixin"]
    _order = "name, id"

    name = fields.Char(required=True, tracking=True)
    active = fields.Boolean(default=True)
    region_id = fields.Many2one(string="Township", tracking=True)
    level = fields.Selection(
        [
            ("none", "Not Recognised"),
            ("district", "District-recognised"),
            ("city", "City-recognised"),
        ],
        required=True,
        default="none",
        tracking=True,
    )
    recognised_date = fields.Date(string="Recognised on", tracking=True)
    evaluation = fields.Text(help="Result of the evaluation before recognition.")
    review_ids = fields.One2many(
        "liaison.returnee.park.review", "park_id", string="Yearly Re-reviews"
    )
    last_review_date = fields.Date(compute="_compute_review_dates", store=True)
    next_review_date = fields.Date(
        compute="_compute_review_dates",
        store=True,
        help="A recognised park is re-reviewed every year.",
    )
    enterprise_ids = fields.One2many(
        "liaison.returnee.enterprise", "park_id", string="Enterprises Hosted"
    )
    enterprise_count = fields.Integer(compute="_compute_enterprise_stats")
    subsidy_total = fields.Monetary(
        string="Subsidies Received",
        compute="_compute_enterprise_stats",
        currency_field="currency_id",
        help="Subsidies paid to the park's enterprises.",
    )
    currency_id = fields.Many2one(
        "res.currency", required=True, default=lambda self: self.env.company.currency_id
    )

    @api.depends("recognised_date", "review_ids.date")
    def _compute_review_dates(self):
        for park in self:
            dates = [d for d in park.review_ids.mapped("date") if d]
            last = max(dates) if dates else False
            park.last_review_date = last
            base = last or park.recognised_date
            park.next_review_date = base + relativedelta(years=1) if base else False

    def _compute_enterprise_stats(self):
        self._compute_related_count(
            "enterprise_count", "liaison.returnee.enterprise", "park_id"
        )
        paid = dict(
            self.env["liaison.policy.application"]._read_group(
                [("park_id", "in", self.ids), ("state", "=", "paid")],
                ["park_id"],
                ["amount_paid:sum"],
            )
        )
        for park in self:
            park.subsidy_total = paid.get(park, 0.0)
