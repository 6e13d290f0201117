# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class LiaisonChecklistTemplate(models.Model):
    """Checklist template (责任+清单, 000 §五(一)) of a project type.

    The office lists, per type of project, the approval items a project of
    that type usually needs, when to start each one (in working days after
    the project is accepted) and which items must be approved first.
    Applying the template to a project creates its checklist lines.
    """

    _name = "liaison.checklist.template"
    _description = "Checklist Template"
    _order = "sequence, name, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    project_type_id = fields.Many2one(
        "liaison.project.type",
        index=True,
        ondelete="set null",
        help="Projects of this type get this checklist by default.",
    )
    line_ids = fields.One2many(
        "liaison.checklist.template.line",
        "template_id",
        string="Approval Items",
        copy=True,
    )
    line_count = fields.Integer(compute="_compute_line_count")
    note = fields.Text(string="Notes")

    @api.depends("line_ids")
    def _compute_line_count(self):
        for template in self:
            template.line_count = len(template.line_ids)
