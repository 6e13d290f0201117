# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class LiaisonIssueStage(models.Model):
    """Column of the issue ledger kanban.

    The semantic flags tell the workflow what a stage means, so stages can be
    renamed and reordered: the actions look stages up by flag, never by name.
    """

    _name = "liaison.issue.stage"
    _description = "Issue Stage"
    _inherit = ["liaison.stage.mixin"]
    _stage_record_model = "liaison.issue"

    fold = fields.Boolean(
        help="Issues in a folded stage are hidden in a folded column.",
    )
    is_accepted = fields.Boolean(
        string="Acceptance Stage",
        help="Issues go to this stage when the office accepts them.",
    )
    is_assigned = fields.Boolean(
        string="Assignment Stage",
        help="Issues go to this stage when an assignment notice is sent.",
    )
    is_in_progress = fields.Boolean(
        string="Work Stage",
        help="Issues go to this stage when a department signs for the "
        "assignment, or when they are reopened.",
    )
    is_solved = fields.Boolean(
        string="Solved Stage",
        help="Solved, awaiting the enterprise's confirmation.",
    )
    is_closed = fields.Boolean(
        string="Close-out Stage",
        help="Issues in this stage are closed out (销号): solved and confirmed.",
    )
    is_rejected = fields.Boolean(
        string="Rejection Stage",
        help="Issues the office did not accept, with a reason.",
    )
    is_escalated = fields.Boolean(
        string="Escalation Stage",
        help="Issues escalated to the office, a consultation meeting or the "
        "leadership.",
    )
    mail_template_id = fields.Many2one(
        help="Email sent to the enterprise when an issue reaches this stage.",
    )
    rating_template_id = fields.Many2one(
        help="Rating request sent to the enterprise when an issue reaches this stage.",
    )
