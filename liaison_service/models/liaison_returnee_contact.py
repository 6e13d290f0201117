# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class LiaisonReturneeContact(models.Model):
    """One contact with a person working elsewhere: who, when, how, outcome."""

    _name = "liaison.returnee.contact"
    _description = "Contact with a Person Working Elsewhere"
    _inherit = ["liaison.jurisdiction.mixin"]
    _order = "date desc, id desc"
    _liaison_jurisdiction_fields = ("person_id",)

    person_id = fields.Many2one(
        "liaison.returnee.person", required=True, index=True, ondelete="cascade"
    )
    region_id = fields.Many2one(related="person_id.region_id", store=True, index=True)
    date = fields.Date(required=True, default=fields.Date.context_today)
    user_id = fields.Many2one(
        "res.users",
        string="Contacted By",
        required=True,
        default=lambda self: self.env.user,
        ondelete="restrict",
    )
    channel = fields.Selection(
        [
            ("phone", "Phone"),
            ("wechat", "WeChat"),
            ("visit", "Visit"),
            ("meeting", "Meeting or Event"),
        ],
        required=True,
        default="phone",
    )
    outcome = fields.Text(string="Contact Outcome", required=True)
