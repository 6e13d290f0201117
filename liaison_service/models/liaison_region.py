# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

# Administrative levels, from the top.  A child region is exactly one level
# below its parent (city → county/district → township/street).
LEVELS = [
    ("province", "Province"),
    ("city", "City"),
    ("county", "County / District"),
    ("township", "Township / Street"),
]
LEVEL_RANK = {code: rank for rank, (code, _label) in enumerate(LEVELS)}


class LiaisonRegion(models.Model):
    """Jurisdiction (属地) tree: city → county/district → township/street.

    Every project, enterprise, issue, officer and office user belongs to a
    region; office and leadership users see their regions and everything
    below them (record rules on ``child_of``).
    """

    _name = "liaison.region"
    _description = "Region"
    _inherit = [
        "liaison.tree.mixin",
        "liaison.jurisdiction.mixin",
        "liaison.count.mixin",
    ]
    _rec_names_search = ["complete_name", "name", "code"]
    _liaison_jurisdiction_fields = ("parent_id",)

    name = fields.Char(required=True, index="trigram")
    code = fields.Char(
        required=True,
        index=True,
        help="Administrative division code, unique among the children of one parent.",
    )
    level = fields.Selection(LEVELS, required=True, default="county")
    parent_id = fields.Many2one(
        "liaison.region",
        string="Parent Region",
        index=True,
        ondelete="restrict",
    )
    child_ids = fields.One2many("liaison.region", "parent_id", string="Sub-regions")
    active = fields.Boolean(default=True)
    issuing_body = fields.Char(
        help="Name of the leadership group that appoints the officers of this "
        "region and issues their letters and work ID cards, e.g. "
        "安平县返乡创业“回家工程”领导小组. Empty: the standard name.",
    )
    department_ids = fields.One2many(
        "liaison.department", "region_id", string="Departments"
    )
    department_count = fields.Integer(compute="_compute_department_count")
    user_ids = fields.Many2many(
        "res.users",
        "liaison_region_res_users_rel",
        "region_id",
        "user_id",
        string="Users",
        help="Users whose jurisdiction includes this region and its sub-regions.",
    )

    def _compute_department_count(self):
        self._compute_related_count(
            "department_count", "liaison.department", "region_id"
        )

    @api.model
    def name_search(self, name="", args=None, operator="ilike", limit=100):
        # Odoo's import looks every region name up once per row: during one
        # import (its ``import_cache``, one per batch and user) look each up once.
        cache = self.env.context.get("import_cache")
        if cache is None or args or operator != "=":
            return super().name_search(name, args, operator, limit)
        key = ("liaison.region", name, limit)
        if key not in cache:
            cache[key] = super().name_search(name, args, operator, limit)
        return cache[key]

    def _tree_cycle_message(self):
        return self.env._(
            "A region cannot be placed under itself or one of its sub-regions."
        )

    @api.constrains("code", "parent_id")
    def _check_code_unique_in_parent(self):
        for region in self:
            duplicate = region._jurisdiction_twin(("code", "parent_id"))
            if duplicate:
                raise ValidationError(
                    self.env._(
                        "The code %(code)s is already used by the region %(region)s "
                        "under the same parent.",
                        code=region.code,
                        region=duplicate.name,
                    )
                )

    @api.constrains("level", "parent_id")
    def _check_level(self):
        labels = dict(self._fields["level"]._description_selection(self.env))
        for region in self:
            # A parent's level change must still fit its children.
            for child in region, *region.child_ids:
                parent = child.parent_id
                if parent and LEVEL_RANK[child.level] != LEVEL_RANK[parent.level] + 1:
                    expected = (
                        LEVELS[LEVEL_RANK[parent.level] + 1][0]
                        if (LEVEL_RANK[parent.level] + 1 < len(LEVELS))
                        else False
                    )
                    raise ValidationError(
                        self.env._(
                            "The region %(region)s (%(level)s) cannot be placed under "
                            "%(parent)s (%(parent_level)s): a sub-region must be one "
                            "level below its parent (%(expected)s).",
                            region=child.name,
                            level=labels[child.level],
                            parent=parent.name,
                            parent_level=labels[parent.level],
                            expected=labels[expected]
                            if expected
                            else self.env._("none: this level has no sub-regions"),
                        )
                    )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_used(self):
        used = self.with_context(active_test=False).filtered(
            lambda r: r.child_ids or r.department_ids
        )
        if used:
            raise UserError(
                self.env._(
                    "The region %(regions)s still has sub-regions or departments: "
                    "archive it instead of deleting it.",
                    regions=", ".join(used.mapped("name")),
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("code"):
                vals["code"] = vals["code"].strip()
        regions = super().create(vals_list)
        if any(vals.get("user_ids") for vals in vals_list):
            self.env.registry.clear_cache()
        return regions

    def write(self, vals):
        if vals.get("parent_id"):
            # Refuse before the parent store does, with a clear message.
            new_parent = self.browse(vals["parent_id"])
            if new_parent in self.search([("id", "child_of", self.ids)]):
                raise ValidationError(self._tree_cycle_message())
        if vals.get("code"):
            vals["code"] = vals["code"].strip()
        res = super().write(vals)
        if "user_ids" in vals:
            # Record rules are cached per user and depend on their regions.
            self.env.registry.clear_cache()
        return res

    # ---- Names printed on forms ----
    # Every official form names the jurisdiction that issues it, whoever
    # prints it: a county user prints its city's name without reading the
    # city.  Only these strings leave the region tree, read here.
    def _form_title(self):
        """The region as named in titles, from the city down (江源市临河区)."""
        names = []
        region = self.sudo()
        while region:
            names.insert(0, region.name)
            if region.level in ("province", "city"):
                break
            region = region.parent_id
        return "".join(names)

    def _form_issuer(self):
        """``(title, issuing body)`` of the leadership group that issues the
        forms of this region: a township's are issued by its county or
        district.  The issuing body is empty when none is configured."""
        region = self.sudo()
        if region.level == "township" and region.parent_id:
            region = region.parent_id
        return region._form_title(), region.issuing_body or ""

    def action_view_departments(self):
        return self._action_related(
            "liaison_service.liaison_department_action",
            [("region_id", "child_of", self.id)],
            {"default_region_id": self.id},
        )
