# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class LiaisonSubmissionMixin(models.AbstractModel):
    """A paper its sender submits to the office, which takes it or returns it.

    Lifecycle: draft → submitted (by the sender, or the office for it) →
    taken by the office (the model adds that state to ``state``, e.g. filed
    or accepted), or returned with a reason (the sender corrects the paper
    and submits it again).  The model checks who the sender is and words the
    refusal of a step in ``_check_state``.
    """

    _name = "liaison.submission.mixin"
    _inherit = ["mail.thread", "liaison.workflow.mixin"]
    _description = "Submitted Paper"
    _workflow_fields = frozenset({"state", "submitted_on", "return_reason"})

    name = fields.Char(string="Title", required=True)
    attachment_ids = fields.Many2many("ir.attachment", string="Attachments")
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("submitted", "Submitted"),
            ("returned", "Returned"),
        ],
        default="draft",
        required=True,
        tracking=True,
        index=True,
    )
    submitted_on = fields.Datetime(readonly=True, copy=False)
    return_reason = fields.Text(readonly=True, copy=False)

    def _check_state(self, states):
        """Refuse the step unless the papers are in ``states`` (the model
        words the refusal)."""
        raise NotImplementedError

    def _submission_submit(self, vals=None):
        """Submit draft or returned papers (the sender is checked before)."""
        self._check_state(("draft", "returned"))
        self._workflow_write(
            {
                "state": "submitted",
                "submitted_on": fields.Datetime.now(),
                **(vals or {}),
            }
        )
        return True

    def _submission_take(self, vals):
        """The office takes the submitted papers: writes ``vals``."""
        self._workflow_check_group("liaison_service.group_office")
        self._check_state(("submitted",))
        self._workflow_write(vals)
        return True

    def _submission_return(self, reason, title):
        """The office returns the submitted papers with a reason (asked
        first in the reason wizard, titled ``title``)."""
        self._workflow_check_group("liaison_service.group_office")
        self._check_state(("submitted",))
        return self._workflow_reason_step(
            "action_return",
            reason,
            title,
            {"state": "returned", "return_reason": reason},
        )
