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

    # ---- Home of each role ----
    @api.model
    def _liaison_home_action(self):
        """The Liaison app's home of the current user, chosen by its group."""
        user = self.env.user
        for group, xmlid in (
            ("liaison_service.group_leadership", "liaison_home_action_leadership"),
            ("liaison_service.group_office", "liaison_home_action_office"),
            ("liaison_service.group_officer", "liaison_home_action_officer"),
            ("liaison_service.group_department", "liaison_home_action_department"),
        ):
            if user.has_group(group):
                return self.env["ir.actions.act_window"]._for_xml_id(
                    f"liaison_service.{xmlid}"
                )
        return False
