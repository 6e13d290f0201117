# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class LiaisonStageMixin(models.AbstractModel):
    """Fields shared by the kanban stages of projects and issues.

    ``_stage_record_model`` names the model the stage belongs to: the email
    templates are limited to it.  Each stage model adds its own help texts and
    semantic flags.
    """

    _name = "liaison.stage.mixin"
    _description = "Stage"
    _inherit = ["liaison.catalogue.mixin"]
    _stage_record_model = None

    name = fields.Char(string="Stage Name")
    fold = fields.Boolean(string="Folded in Kanban")
    mail_template_id = fields.Many2one(
        "mail.template",
        string="Email Template",
        domain=lambda self: [("model", "=", self._stage_record_model)],
    )
    rating_template_id = fields.Many2one(
        "mail.template",
        string="Rating Email Template",
        domain=lambda self: [("model", "=", self._stage_record_model)],
    )
