# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class LiaisonReturneeStation(models.Model):
    """Returnee entrepreneurship service station in another city (返乡创业服务站).

    Founded by the district (``region_id``) in a city where many of its people
    work (``city``); run by a head (站长, may be a portal user) and members.
    The head reports twice a year at the heads' meetings (述职); the station
    is appraised every year and flagged when it is in the bottom three two
    years running (002 二(四)).
    """

    _name = "liaison.returnee.station"
    _description = "Returnee Service Station"
    _inherit = ["mail.thread", "liaison.region.mixin", "liaison.count.mixin"]
    _order = "city, name, id"

    name = fields.Char(required=True, tracking=True)
    city = fields.Char(string="Host City", required=True, index=True, tracking=True)
    level = fields.Selection(
        [("city", "City Level"), ("district", "District Level")],
        required=True,
        default="district",
        tracking=True,
    )
    region_id = fields.Many2one(
        string="District",
        tracking=True,
        help="The district (or township) that founded and runs the station.",
    )
    head_user_id = fields.Many2one(
        "res.users",
        string="Head",
        index="btree_not_null",
        tracking=True,
        ondelete="restrict",
        help="Station head (站长); may be a portal user who files the reports.",
    )
    head_phone = fields.Char(groups="liaison_service.group_office")
    member_user_ids = fields.Many2many(
        "res.users",
        "liaison_returnee_station_member_rel",
        "station_id",
        "user_id",
        string="Members",
    )
    founding_date = fields.Date(tracking=True)
    active = fields.Boolean(default=True, tracking=True)
    person_ids = fields.One2many(
        "liaison.returnee.person", "station_id", string="People Brought"
    )
    project_ids = fields.Many2many(
        "liaison.project",
        "liaison_returnee_station_project_rel",
        "station_id",
        "project_id",
        string="Projects Brought",
    )
    person_count = fields.Integer(compute="_compute_counts")
    project_count = fields.Integer(compute="_compute_counts")
    note = fields.Html()

    @api.depends("project_ids")
    def _compute_counts(self):
        self._compute_related_count(
            "person_count", "liaison.returnee.person", "station_id"
        )
        for station in self:
            station.project_count = len(station.project_ids)

    def action_view_people(self):
        return self._action_related(
            "liaison_service.liaison_returnee_person_action",
            [("station_id", "=", self.id)],
            {"default_station_id": self.id},
        )
