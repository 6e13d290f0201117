# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class LiaisonProjectStage(models.Model):
    """Column of the project kanban.

    The semantic flags tell the service flow what a stage means, so stages can
    be renamed and reordered: the actions look stages up by flag, never by
    name, xml id or sequence.
    """

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
    is_intake = fields.Boolean(
        string="Intake Stage",
        help="Projects not yet dispatched: a consultation becomes a project in "
        "the first intake stage, and issuing a dispatch moves the project on "
        "to the dispatch stage.",
    )
    is_dispatched = fields.Boolean(
        string="Dispatch Stage",
        help="Projects go to this stage when the office issues their dispatch sheet.",
    )
    is_delivered = fields.Boolean(
        string="Delivery Stage",
        help="Projects go to this stage when the enterprise confirms the "
        "receipt of a delivery.",
    )
    is_completed = fields.Boolean(
        string="Completion Stage",
        help="Projects go to this closing stage when their service is completed.",
    )
    is_terminated = fields.Boolean(
        string="Termination Stage",
        help="Projects go to this closing stage when their service is terminated.",
    )
    mail_template_id = fields.Many2one(
        help="Email sent to the enterprise when a project reaches this stage.",
    )
    rating_template_id = fields.Many2one(
        help="Rating request sent to the enterprise when a project reaches this stage.",
    )

    @api.constrains("is_completed", "is_terminated", "is_closed")
    def _check_closing_flags(self):
        for stage in self:
            if (stage.is_completed or stage.is_terminated) and not stage.is_closed:
                raise ValidationError(
                    self.env._(
                        "Stage %(name)s completes or terminates projects: it "
                        "must also be a closing stage.",
                        name=stage.name,
                    )
                )
