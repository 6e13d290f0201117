# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class LiaisonReturneeWechatGroup(models.Model):
    """A WeChat group kept with people working elsewhere (002 四(五))."""

    _name = "liaison.returnee.wechat.group"
    _description = "Returnee WeChat Group"
    _inherit = ["liaison.region.mixin"]
    _order = "name, id"

    name = fields.Char(required=True)
    category = fields.Selection(
        [
            ("township", "Township"),
            ("city", "City"),
            ("industry", "Industry"),
            ("talent", "High-end Talent"),
            ("other", "Other"),
        ],
        required=True,
        default="township",
    )
    city = fields.Char()
    region_id = fields.Many2one(help="The district or township that keeps the group.")
    maintainer_id = fields.Many2one("res.users", ondelete="restrict")
    size = fields.Integer(help="Number of members of the WeChat group.")
    person_ids = fields.Many2many(
        "liaison.returnee.person",
        "liaison_returnee_person_wechat_group_rel",
        "group_id",
        "person_id",
        string="Registered People",
    )
    active = fields.Boolean(default=True)
