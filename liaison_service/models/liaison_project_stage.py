# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class LiaisonProjectStage(models.Model):
    _name = "liaison.project.stage"
    _description = "Project Stage"
    _inherit = ["liaison.stage.mixin"]
    _stage_record_model = "liaison.project"

    fold = fields.Boolean(
        help="Projects in a folded stage are hidden in a folded column.",
    )
    is_closed = fields.Boolean(
        string="Closing Stage",
        help="Projects in this stage are finished (completed or terminated): "
        "their officers no longer serve them.",
    )
    mail_template_id = fields.Many2one(
        help="Email sent to the enterprise when a project reaches this stage.",
    )
    rating_template_id = fields.Many2one(
        help="Rating request sent to the enterprise when a project reaches this stage.",
    )
