# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class LiaisonReturneeStationMeeting(models.Model):
    """Half-yearly meeting of the station heads (服务站站长会议, 002 二(四)).

    The office calls it for a year and half; each head files a report (述职)
    on it.  It may point to the liaison meeting that recorded it.
    """

    _name = "liaison.returnee.station.meeting"
    _description = "Station Heads' Meeting"
    _inherit = ["liaison.region.mixin", "liaison.count.mixin"]
    _order = "year desc, half desc, id desc"

    name = fields.Char(required=True)
    year = fields.Integer(required=True, default=lambda self: fields.Date.today().year)
    half = fields.Selection(
        [("1", "First Half"), ("2", "Second Half")], required=True, default="1"
    )
    date = fields.Date()
    region_id = fields.Many2one(string="District")
    meeting_id = fields.Many2one(
        "liaison.meeting", string="Meeting Record", ondelete="set null"
    )
    report_ids = fields.One2many(
        "liaison.returnee.station.report", "meeting_id", string="Heads' Reports"
    )
    report_count = fields.Integer(compute="_compute_report_count")

    _sql_constraints = [
        (
            "half_unique",
            "unique(region_id, year, half)",
            "There is already a heads' meeting for this district and half-year.",
        )
    ]

    @api.depends("report_ids")
    def _compute_report_count(self):
        self._compute_related_count(
            "report_count", "liaison.returnee.station.report", "meeting_id"
        )

    # ---- Reports a station may file ----
    @api.model
    def _open_for_station(self, station):
        """The heads' meetings ``station`` may still report on (as superuser:
        a head reads no meeting): those of its district or a district above,
        without a report of the station yet."""
        station = station.sudo()
        filed = (
            self.env["liaison.returnee.station.report"]
            .sudo()
            .search([("station_id", "=", station.id)])
            .meeting_id
        )
        return (
            self.sudo().search([("region_id", "parent_of", station.region_id.id)])
            - filed
        )
