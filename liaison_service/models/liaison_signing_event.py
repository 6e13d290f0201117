# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models

TARGET_PARAM = "liaison_service.signing_events_per_year"
TARGET_DEFAULT = 2


class LiaisonSigningEvent(models.Model):
    """Signing event (集中签约, 002 二(三) 五(三)(六)).

    The district holds at least two signing events a year (the target is
    the system parameter ``liaison_service.signing_events_per_year``); each
    event lists its signed projects, whose contracted investment and funds
    landed are summed per event, year, station and township.
    """

    _name = "liaison.signing.event"
    _description = "Signing Event"
    _inherit = ["mail.thread", "liaison.region.mixin"]
    _order = "date desc, id desc"

    name = fields.Char(required=True, tracking=True)
    date = fields.Date(required=True, default=fields.Date.context_today, tracking=True)
    year = fields.Integer(compute="_compute_year", store=True, index=True)
    place = fields.Char()
    organiser = fields.Char()
    kind = fields.Selection(
        [
            ("district", "District Signing"),
            ("station", "Station-led Investment Promotion"),
            ("promotion", "Project Promotion"),
        ],
        required=True,
        default="district",
        tracking=True,
    )
    region_id = fields.Many2one(help="The district or township that holds the event.")
    signed_project_ids = fields.One2many(
        "liaison.signing.project", "event_id", string="Signed Projects"
    )
    currency_id = fields.Many2one(
        "res.currency", required=True, default=lambda self: self.env.company.currency_id
    )
    project_count = fields.Integer(compute="_compute_totals")
    contracted_total = fields.Monetary(
        string="Contracted Investment", compute="_compute_totals"
    )
    landed_total = fields.Monetary(string="Funds Landed", compute="_compute_totals")
    year_event_count = fields.Integer(
        string="Events this Year", compute="_compute_year_target"
    )
    year_target = fields.Integer(string="Yearly Target", compute="_compute_year_target")
    note = fields.Text()

    @api.depends("date")
    def _compute_year(self):
        for event in self:
            event.year = event.date.year if event.date else 0

    def _compute_totals(self):
        groups = {
            event: (count, contracted, landed)
            for event, count, contracted, landed in self.env[
                "liaison.signing.project"
            ]._read_group(
                [("event_id", "in", self.ids)],
                ["event_id"],
                ["__count", "contracted_investment:sum", "funds_landed:sum"],
            )
        }
        for event in self:
            count, contracted, landed = groups.get(event, (0, 0.0, 0.0))
            event.project_count = count
            event.contracted_total = contracted
            event.landed_total = landed

    @api.model
    def _yearly_target(self):
        value = self.env["ir.config_parameter"].sudo().get_param(TARGET_PARAM)
        try:
            return int(value) if value else TARGET_DEFAULT
        except ValueError:
            return TARGET_DEFAULT

    def _compute_year_target(self):
        counts = dict(
            self._read_group(
                [("year", "in", list(set(self.mapped("year"))))], ["year"], ["__count"]
            )
        )
        target = self._yearly_target()
        for event in self:
            event.year_event_count = counts.get(event.year, 0)
            event.year_target = target
