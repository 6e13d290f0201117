# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

# Approval phases of an investment construction project (001 第二条), plus
# enterprise start-up and other services.
PHASES = [
    (
        "project_approval",
        "Project approval, filing, land use and planning permit",
    ),
    ("construction_permit", "Construction engineering permit"),
    ("construction_start", "Construction start permit"),
    ("completion", "Completion acceptance"),
    ("startup", "Enterprise start-up"),
    ("other", "Other"),
]


class LiaisonApprovalItem(models.Model):
    """Approval (service) item (审批（服务）事项) of a department.

    The catalogue officers draw on to plan a project's approvals: the
    department that grants it, its phase, the statutory time limit in working
    days, the materials to hand in and the department guide (专职指导员) who
    answers for it; one current guide per item (001 第五条), with the history.
    """

    _name = "liaison.approval.item"
    _description = "Approval Item"
    _inherit = ["mail.thread", "liaison.jurisdiction.mixin"]
    _order = "department_id, sequence, code, id"
    _rec_names_search = ["name", "code"]
    _liaison_jurisdiction_fields = ("department_id",)

    sequence = fields.Integer(default=10)
    name = fields.Char(
        string="Approval Item", required=True, tracking=True, index="trigram"
    )
    code = fields.Char(
        string="Item Code",
        tracking=True,
        copy=False,
        index=True,
        help="Item code in the government-service catalogue, unique within the "
        "department.",
    )
    department_id = fields.Many2one(
        "liaison.department",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
    )
    region_id = fields.Many2one(
        related="department_id.region_id", store=True, index=True
    )
    phase = fields.Selection(
        PHASES, required=True, default="other", tracking=True, index=True
    )
    time_limit_days = fields.Integer(
        string="Statutory Time Limit",
        tracking=True,
        help="Time limit set by law or regulation, in working days (0: on the spot).",
    )
    promised_days = fields.Integer(
        string="Promised Time Limit",
        tracking=True,
        help="Shorter time limit the department commits to, in working days; "
        "leave empty if none.",
    )
    legal_basis = fields.Text(help="Laws and regulations the item is based on.")
    note = fields.Text(string="Notes")
    material_ids = fields.One2many(
        "liaison.approval.material", "item_id", string="Required Materials", copy=True
    )
    material_count = fields.Integer(compute="_compute_material_count")
    guide_ids = fields.One2many(
        "liaison.department.guide", "item_id", string="Guide History"
    )
    guide_id = fields.Many2one(
        "liaison.department.guide",
        string="Current Guide",
        compute="_compute_guide_id",
        store=True,
        help="The department guide (专职指导员) answering for this item now.",
    )
    guide_phone = fields.Char(related="guide_id.phone", string="Guide Phone")
    active = fields.Boolean(default=True, tracking=True)

    _sql_constraints = [
        (
            "code_department_uniq",
            "unique(department_id, code)",
            "An approval item code must be unique within its department.",
        ),
    ]

    @api.depends("material_ids")
    def _compute_material_count(self):
        for item in self:
            item.material_count = len(item.material_ids)

    @api.depends("guide_ids.is_current", "guide_ids.date_start")
    def _compute_guide_id(self):
        for item in self:
            current = item.guide_ids.filtered("is_current").sorted(
                "date_start", reverse=True
            )
            item.guide_id = current[:1]

    @api.constrains("time_limit_days", "promised_days")
    def _check_time_limits(self):
        for item in self:
            if item.time_limit_days < 0 or item.promised_days < 0:
                raise ValidationError(
                    self.env._(
                        "The time limits of %(item)s cannot be negative: give a "
                        "number of working days, 0 for an item handled on the spot.",
                        item=item.name,
                    )
                )
            if item.promised_days and item.promised_days > item.time_limit_days:
                raise ValidationError(
                    self.env._(
                        "The promised time limit of %(item)s (%(promised)s working "
                        "days) cannot exceed its statutory time limit "
                        "(%(statutory)s working days).",
                        item=item.name,
                        promised=item.promised_days,
                        statutory=item.time_limit_days,
                    )
                )

    def action_new_guide(self):
        """Open a new guide for this item; saving it ends the current one."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("New Guide"),
            "res_model": "liaison.department.guide",
            "view_mode": "form",
            "target": "new",
            "context": {
                "default_item_id": self.id,
                "default_department_id": self.department_id.id,
            },
        }
