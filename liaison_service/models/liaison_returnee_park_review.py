# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class LiaisonReturneeParkReview(models.Model):
    """Yearly re-review of a recognised park (复审, 002 四(一))."""

    _name = "liaison.returnee.park.review"
    _description = "Returnee Park Re-review"
    _order = "date desc, id desc"

    park_id = fields.Many2one(
        "liaison.returnee.park", required=True, index=True, ondelete="cascade"
    )
    date = fields.Date(required=True, default=fields.Date.context_today)
    result = fields.Selection(
        [("passed", "Passed"), ("rectify", "To Rectify"), ("revoked", "Revoked")],
        required=True,
        default="passed",
    )
    note = fields.Text()
