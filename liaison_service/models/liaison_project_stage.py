# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class LiaisonProjectStage(models.Model):
    _name = "liaison.project.stage"
    _description = "Project Stage"
    _order = "sequence, id"

    name = fields.Char(string="Stage Name", required=True, translate=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    description = fields.Text(translate=True)
    fold = fields.Boolean(
        string="Folded in Kanban",
        help="Projects in a folded stage are hidden in a folded column.",
    )
    is_closed = fields.Boolean(
        string="Closing Stage",
        help="Projects in this stage are finished (completed or terminated): "
        "their officers no longer serve them.",
    )
    mail_template_id = fields.Many2one(
        "mail.template",
        string="Email Template",
        domain=[("model", "=", "liaison.project")],
        help="Email sent to the enterprise when a project reaches this stage.",
    )
    rating_template_id = fields.Many2one(
        "mail.template",
        string="Rating Email Template",
        domain=[("model", "=", "liaison.project")],
        help="Rating request sent to the enterprise when a project reaches this stage.",
    )
