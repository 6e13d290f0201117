# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class LiaisonChecklistTemplateLine(models.Model):
    _name = "liaison.checklist.template.line"
    _description = "Checklist Template Line"
    _order = "template_id, sequence, id"
    _rec_name = "approval_item_id"

    template_id = fields.Many2one(
        "liaison.checklist.template",
        required=True,
        index=True,
        ondelete="cascade",
    )
    sequence = fields.Integer(default=10)
    approval_item_id = fields.Many2one(
        "liaison.approval.item",
        required=True,
        ondelete="restrict",
    )
    department_id = fields.Many2one(related="approval_item_id.department_id")
    phase = fields.Selection(related="approval_item_id.phase")
    offset_days = fields.Integer(
        string="Start Offset",
        help="Working days after the project is accepted to plan the start.",
    )
    depends_on_ids = fields.Many2many(
        "liaison.checklist.template.line",
        "liaison_checklist_template_line_dep_rel",
        "line_id",
        "depends_on_id",
        help="Items that must be approved (or found not needed) before this one "
        "starts.",
    )
    note = fields.Text(string="Notes")

    @api.constrains("offset_days")
    def _check_offset_days(self):
        for line in self:
            if line.offset_days < 0:
                raise ValidationError(
                    self.env._(
                        "The start offset of %(item)s cannot be negative.",
                        item=line.approval_item_id.name,
                    )
                )

    @api.constrains("depends_on_ids", "template_id")
    def _check_depends_on(self):
        for line in self:
            if line.depends_on_ids.template_id - line.template_id:
                raise ValidationError(
                    self.env._(
                        "%(item)s can only depend on items of the same template.",
                        item=line.approval_item_id.name,
                    )
                )
        if self._has_cycle("depends_on_ids"):
            raise ValidationError(
                self.env._(
                    "The dependencies of a checklist template cannot form a cycle."
                )
            )
