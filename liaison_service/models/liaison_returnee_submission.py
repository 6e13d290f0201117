# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import AccessError


class LiaisonReturneeSubmission(models.Model):
    """A material a reporting body sends the returnee office.

    Lifecycle: draft → submitted (by the body's user) → accepted by the
    office, or returned with a reason (the body corrects and submits again).
    Submitted and accepted materials count towards the period's quota.
    """

    _name = "liaison.returnee.submission"
    _description = "Reporting Submission"
    _inherit = ["liaison.submission.mixin", "liaison.jurisdiction.mixin"]
    _liaison_jurisdiction_fields = ("obligation_id",)
    _order = "period_date desc, id desc"

    obligation_id = fields.Many2one(
        "liaison.returnee.obligation",
        required=True,
        default=lambda self: self._default_obligation(),
        index=True,
        ondelete="restrict",
    )
    department_id = fields.Many2one(
        related="obligation_id.department_id", store=True, index=True
    )
    region_id = fields.Many2one(
        related="obligation_id.region_id", store=True, index=True
    )
    name = fields.Char(tracking=True)
    body = fields.Html()
    period_date = fields.Date(
        string="Period",
        required=True,
        index=True,
        default=fields.Date.context_today,
        help="A day of the period the material counts for.",
    )
    state = fields.Selection(
        selection_add=[("accepted", "Accepted"), ("returned",)],
        ondelete={"accepted": "set default"},
    )

    @api.model
    def _default_obligation(self):
        department = self.env.user.liaison_department_id
        return self.env["liaison.returnee.obligation"].search(
            [("department_id", "=", department.id)], limit=1
        )

    def _check_state(self, states):
        self._workflow_check_state(
            states,
            lambda submission: self.env._(
                "The material %(name)s cannot take this step in its current state.",
                name=submission.name,
            ),
        )

    def action_submit(self):
        """The reporting body (or the office for it) submits the material."""
        user = self.env.user
        if not user.has_group("liaison_service.group_office") and any(
            s.department_id != user.liaison_department_id for s in self
        ):
            raise AccessError(
                self.env._("Only the reporting body can submit its material.")
            )
        return self._submission_submit()

    def action_accept(self):
        return self._submission_take({"state": "accepted"})

    def action_return(self, reason=None):
        """The office returns the material with a reason."""
        return self._submission_return(reason, self.env._("Return the material"))
