# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class LiaisonPolicyBriefing(models.Model):
    """A policy briefing given to one enterprise (政策宣讲, 000 三(一)).

    Officers push a policy to every matching enterprise: one entry per
    enterprise, written by ``liaison.policy.action_push_briefing``.
    """

    _name = "liaison.policy.briefing"
    _description = "Policy Briefing"
    _order = "date desc, id desc"

    policy_id = fields.Many2one(
        "liaison.policy", required=True, index=True, ondelete="cascade"
    )
    enterprise_id = fields.Many2one(
        "liaison.returnee.enterprise", required=True, index=True, ondelete="cascade"
    )
    region_id = fields.Many2one(
        related="enterprise_id.region_id", store=True, index=True, string="Township"
    )
    user_id = fields.Many2one(
        "res.users", string="Briefed by", required=True, ondelete="restrict"
    )
    date = fields.Datetime(required=True, default=fields.Datetime.now)
    note = fields.Text()
