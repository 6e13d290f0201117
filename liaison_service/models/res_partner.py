# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

MAX_VISITS_PER_WEEK = 7


class ResPartner(models.Model):
    """An enterprise may be a key enterprise (重点服务企业, 003 二 三).

    A key enterprise has a service period, a region, a weekly visit frequency
    and a roster (``liaison.key.enterprise.roster``) of its chief service
    officer and sub-contracting staff, kept with history.
    """

    _inherit = "res.partner"

    liaison_key_enterprise = fields.Boolean(
        string="Key Enterprise",
        index=True,
        help="Served directly by a chief service officer (重点服务企业, 003 二).",
    )
    liaison_region_id = fields.Many2one(
        "liaison.region",
        string="Service Region",
        index="btree_not_null",
        ondelete="restrict",
        help="The jurisdiction of the key enterprise.",
    )
    liaison_service_start = fields.Date(
        string="Service Start", help="First day the enterprise is served."
    )
    liaison_service_end = fields.Date(
        string="Service End", help="Last day of service; empty while it goes on."
    )
    liaison_visit_frequency = fields.Integer(
        string="Visits per Week",
        default=1,
        help="Visits each serving officer owes the enterprise every working "
        "week (003 五(一): at least one).",
    )
    liaison_roster_ids = fields.One2many(
        "liaison.key.enterprise.roster", "partner_id", string="Service Roster"
    )
    liaison_chief_officer_id = fields.Many2one(
        "liaison.officer",
        string="Chief Service Officer",
        compute="_compute_liaison_chief_officer_id",
        store=True,
        index="btree_not_null",
        help="The chief service officer on the roster today (首席服务官).",
    )

    @api.depends(
        "liaison_roster_ids.role",
        "liaison_roster_ids.date_to",
        "liaison_roster_ids.officer_id",
    )
    def _compute_liaison_chief_officer_id(self):
        for partner in self:
            lines = partner.liaison_roster_ids.filtered(
                lambda line: line.role == "chief" and not line.date_to
            )
            partner.liaison_chief_officer_id = lines[:1].officer_id

    @api.constrains("liaison_visit_frequency")
    def _check_liaison_visit_frequency(self):
        for partner in self:
            if not 0 <= partner.liaison_visit_frequency <= MAX_VISITS_PER_WEEK:
                raise ValidationError(
                    self.env._(
                        "Visits per week must be between 0 and %(max)s.",
                        max=MAX_VISITS_PER_WEEK,
                    )
                )

    @api.constrains(
        "liaison_key_enterprise", "liaison_service_start", "liaison_service_end"
    )
    def _check_liaison_service_period(self):
        for partner in self.filtered("liaison_key_enterprise"):
            start, end = partner.liaison_service_start, partner.liaison_service_end
            if start and end and end < start:
                raise ValidationError(
                    self.env._(
                        "The service period of %(name)s ends before it starts.",
                        name=partner.name,
                    )
                )
