# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class ResUsers(models.Model):
    _inherit = "res.users"

    liaison_region_ids = fields.Many2many(
        "liaison.region",
        "liaison_region_res_users_rel",
        "user_id",
        "region_id",
        string="Jurisdiction",
        help="Regions this user works for; office and leadership users see these "
        "regions and everything below them.",
    )
    liaison_department_id = fields.Many2one(
        "liaison.department",
        string="Liaison Department",
        index="btree_not_null",
        help="The department a department guide belongs to.",
    )

    @api.model_create_multi
    def create(self, vals_list):
        users = super().create(vals_list)
        if any(
            "liaison_region_ids" in v or "liaison_department_id" in v for v in vals_list
        ):
            self.env.registry.clear_cache()
        return users

    def write(self, vals):
        res = super().write(vals)
        if "liaison_region_ids" in vals or "liaison_department_id" in vals:
            # Record rules are cached per user and use these fields.
            self.env.registry.clear_cache()
        return res
