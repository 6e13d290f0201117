# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class LiaisonDepartment(models.Model):
    """Member unit / line department (成员单位 / 行业部门).

    A government department that owns approval items, appoints guides and
    solves assigned issues.  It belongs to one region; its users (department
    guides) see what is addressed to it.
    """

    _name = "liaison.department"
    _description = "Department"
    _inherit = ["mail.thread", "liaison.region.mixin"]
    _order = "sequence, name, id"
    _rec_names_search = ["name", "code", "short_name"]

    sequence = fields.Integer(default=10)
    name = fields.Char(required=True, tracking=True, index="trigram")
    short_name = fields.Char(help="Short name used in tables and notices, e.g. 发改局.")
    code = fields.Char(
        required=True,
        index=True,
        tracking=True,
        help="Unit code, unique within a region.",
    )
    region_id = fields.Many2one(tracking=True)
    partner_id = fields.Many2one(
        "res.partner",
        string="Contact",
        tracking=True,
        help="Contact of the department: address, phone and e-mail used on notices.",
    )
    phone = fields.Char(related="partner_id.phone", readonly=False)
    email = fields.Char(related="partner_id.email", readonly=False)
    duty = fields.Html(
        string="Duties",
        help="The department's duties in the programme (职责分工).",
    )
    is_lead_unit = fields.Boolean(
        string="Office of the Leadership Group",
        help="The unit hosting the office of the leadership group (领导小组办公室).",
    )
    user_ids = fields.One2many(
        "res.users", "liaison_department_id", string="Department Users"
    )
    # Inverses of the assignment's departments: a department user reads the
    # departments that share a notice with its own (record rule).
    lead_assignment_ids = fields.One2many(
        "liaison.assignment", "lead_department_id", string="Led Assignments"
    )
    cooperating_assignment_ids = fields.Many2many(
        "liaison.assignment",
        "liaison_assignment_cooperating_department_rel",
        "department_id",
        "assignment_id",
        string="Cooperating Assignments",
    )
    active = fields.Boolean(default=True, tracking=True)
    company_id = fields.Many2one(
        "res.company", default=lambda self: self.env.company, index=True
    )

    @api.constrains("code", "region_id")
    def _check_code(self):
        # Archived departments keep their code.
        for department in self:
            if not department.code.strip():
                raise ValidationError(self.env._("A department needs a code."))
            duplicate = department._jurisdiction_twin(("code", "region_id"))
            if duplicate:
                raise ValidationError(
                    self.env._(
                        "The code %(code)s is already used by %(department)s "
                        "in %(region)s.",
                        code=department.code,
                        department=duplicate.name,
                        region=department.region_id.complete_name,
                    )
                )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_has_users(self):
        used = self.filtered("user_ids")
        if used:
            raise UserError(
                self.env._(
                    "The department %(departments)s still has users: "
                    "archive it instead of deleting it.",
                    departments=", ".join(used.mapped("name")),
                )
            )
