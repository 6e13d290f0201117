# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class LiaisonDepartmentGuide(models.Model):
    """Department guide (专职指导员) of one approval item (001 第五条, 第十一条).

    A department names one guide per approval item; the guide answers officers
    and applicants for that item.  A guide without an end date is current.
    Creating a new current guide ends the previous one, so the office keeps
    the history of who answered for the item and when (001 第五条: 动态管理).
    """

    _name = "liaison.department.guide"
    _description = "Department Guide"
    _inherit = ["liaison.jurisdiction.mixin", "liaison.period.mixin"]
    _period_fields = ("date_start", "date_end")
    _order = "item_id, is_current desc, date_start desc, id desc"
    _liaison_jurisdiction_fields = ("department_id", "item_id")

    item_id = fields.Many2one(
        "liaison.approval.item",
        string="Approval Item",
        required=True,
        index=True,
        ondelete="cascade",
    )
    department_id = fields.Many2one(
        "liaison.department",
        required=True,
        index=True,
        ondelete="restrict",
        compute="_compute_department_id",
        store=True,
        readonly=False,
        precompute=True,
    )
    region_id = fields.Many2one(
        related="department_id.region_id", store=True, index=True
    )
    user_id = fields.Many2one(
        "res.users",
        index="btree_not_null",
        domain=[("share", "=", False)],
        help="The guide's Odoo user, if the guide works in Odoo.",
    )
    name = fields.Char(
        string="Full Name",
        required=True,
        compute="_compute_contact",
        store=True,
        readonly=False,
        precompute=True,
    )
    phone = fields.Char(
        required=True,
        compute="_compute_contact",
        store=True,
        readonly=False,
        precompute=True,
    )
    date_start = fields.Date(
        string="Start Date", required=True, default=fields.Date.context_today
    )
    date_end = fields.Date(
        string="End Date", help="Set when another guide takes over the item."
    )
    is_current = fields.Boolean(
        string="Current", compute="_compute_is_current", store=True, index=True
    )

    @api.depends("item_id")
    def _compute_department_id(self):
        for guide in self:
            if guide.item_id:
                guide.department_id = guide.item_id.department_id

    @api.depends("user_id")
    def _compute_contact(self):
        for guide in self:
            if guide.user_id:
                guide.name = guide.user_id.name
                guide.phone = guide.user_id.phone or guide.user_id.mobile or guide.phone

    @api.depends("date_end")
    def _compute_is_current(self):
        for guide in self:
            guide.is_current = not guide.date_end

    @api.constrains("department_id", "item_id", "user_id")
    def _check_department(self):
        for guide in self:
            if guide.department_id != guide.item_id.department_id:
                raise ValidationError(
                    self.env._(
                        "%(guide)s of %(department)s cannot guide the approval item "
                        "%(item)s of %(item_department)s: a guide belongs to the "
                        "department of its item.",
                        guide=guide.name,
                        department=guide.department_id.name,
                        item=guide.item_id.name,
                        item_department=guide.item_id.department_id.name,
                    )
                )
            user_department = guide.user_id.liaison_department_id
            if user_department and user_department != guide.department_id:
                raise ValidationError(
                    self.env._(
                        "The user %(user)s works for %(user_department)s, not for "
                        "%(department)s: choose a guide of the department that "
                        "grants %(item)s.",
                        user=guide.user_id.name,
                        user_department=user_department.name,
                        department=guide.department_id.name,
                        item=guide.item_id.name,
                    )
                )

    @api.constrains("item_id", "date_end")
    def _check_one_current(self):
        Guide = self.sudo()
        for guide in self.filtered("is_current"):
            others = Guide.search(
                [
                    ("item_id", "=", guide.item_id.id),
                    ("is_current", "=", True),
                    ("id", "!=", guide.id),
                ]
            )
            if others:
                raise ValidationError(
                    self.env._(
                        "The approval item %(item)s already has a current guide "
                        "(%(current)s): one item has one current guide. End the "
                        "current guide first, or add the new one from the item.",
                        item=guide.item_id.name,
                        current=", ".join(others.mapped("name")),
                    )
                )

    def _period_error(self):
        return self.env._(
            "The guide %(guide)s cannot end before starting.", guide=self.name
        )

    @api.model_create_multi
    def create(self, vals_list):
        today = fields.Date.context_today(self)
        previous_by_index = {}
        for index, vals in enumerate(vals_list):
            if not vals.get("item_id") or vals.get("date_end"):
                continue
            # The new guide takes over: end the current one, keeping the history.
            start = fields.Date.to_date(vals.get("date_start")) or today
            previous = self.search(
                [("item_id", "=", vals["item_id"]), ("is_current", "=", True)]
            )
            for guide in previous:
                guide.date_end = max(start, guide.date_start)
            previous_by_index[index] = previous
        guides = super().create(vals_list)
        for index, guide in enumerate(guides):
            if guide.is_current:
                guide._post_on_item(previous_by_index.get(index))
        return guides

    def _post_on_item(self, previous):
        self.ensure_one()
        if previous:
            body = self.env._(
                "New guide %(guide)s (%(phone)s) replaces %(previous)s.",
                guide=self.name,
                phone=self.phone,
                previous=", ".join(previous.mapped("name")),
            )
        else:
            body = self.env._(
                "Guide %(guide)s (%(phone)s) appointed.",
                guide=self.name,
                phone=self.phone,
            )
        self.item_id.message_post(body=body, subtype_xmlid="mail.mt_note")
