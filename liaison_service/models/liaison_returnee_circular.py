# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models


class LiaisonReturneeCircular(models.Model):
    """Bimonthly circular (通报) of who reported what to the returnee office.

    Printed from the reports addon; its lines are computed from the
    submissions the reader can see, in one grouped query.
    """

    _name = "liaison.returnee.circular"
    _description = "Reporting Circular"
    _inherit = ["liaison.region.mixin", "liaison.period.mixin"]
    _period_fields = ("period_start", "period_end")
    _order = "period_start desc, id desc"

    name = fields.Char(required=True)
    region_id = fields.Many2one(string="District")
    period_start = fields.Date(required=True)
    period_end = fields.Date(
        compute="_compute_period_end",
        store=True,
        readonly=False,
    )
    note = fields.Text(help="Comments of the office printed under the table.")

    @api.depends("period_start")
    def _compute_period_end(self):
        for circular in self:
            if circular.period_start:
                circular.period_end = circular.period_start + relativedelta(
                    months=2, days=-1
                )

    def _period_error(self):
        return self.env._("The circular's period ends before it starts.")

    def _get_lines(self):
        """One line per reporting body: quota over the period, materials."""
        self.ensure_one()
        months = (
            (self.period_end.year - self.period_start.year) * 12
            + self.period_end.month
            - self.period_start.month
            + 1
        )
        obligations = self.env["liaison.returnee.obligation"].search(
            [("region_id", "=", self.region_id.id)]
        )
        submissions = self.env["liaison.returnee.submission"].search_read(
            [
                ("obligation_id", "in", obligations.ids),
                ("period_date", ">=", self.period_start),
                ("period_date", "<=", self.period_end),
                ("state", "in", ("submitted", "accepted")),
            ],
            ["obligation_id", "name", "state"],
            order="period_date, id",
        )
        by_obligation = {}
        for sub in submissions:
            by_obligation.setdefault(sub["obligation_id"][0], []).append(sub["name"])
        per_month = {"monthly": 1, "bimonthly": 2, "quarterly": 3}
        lines = []
        for obligation in obligations:
            titles = by_obligation.get(obligation.id, [])
            due = obligation.quota * max(1, months // per_month[obligation.frequency])
            lines.append(
                {
                    "body": obligation.department_id.name,
                    "body_type": obligation.body_type,
                    "due": due,
                    "count": len(titles),
                    "titles": titles,
                    "late": len(titles) < due,
                }
            )
        return lines
