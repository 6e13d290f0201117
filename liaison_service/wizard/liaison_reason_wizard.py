# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError

# The workflow steps that need a written reason, by model.  Only these can be
# called through the wizard: it never calls a method named by the client
# that is not listed here.
REASON_METHODS = {
    "liaison.assignment": {"action_reject_reply", "action_return"},
    "liaison.project": {"action_terminate"},
    # C4 field work
    "liaison.work.report": {"action_return"},
    # Returnee programme (issue 16)
    "liaison.returnee.station.report": {"action_return"},
    "liaison.returnee.submission": {"action_return"},
    "liaison.policy.application": {"action_reject"},
    "liaison.issue": {
        "action_reject",
        "action_close",
        "action_reopen",
        "action_escalate",
    },
    "liaison.officer": {"action_reject", "action_suspend", "action_recall"},
    "liaison.agreement": {"action_terminate"},
}


class LiaisonReasonWizard(models.TransientModel):
    """Asks for the reason of a workflow step, then performs it."""

    _name = "liaison.reason.wizard"
    _description = "Reason of a Workflow Step"

    res_model = fields.Char(string="Model", required=True, readonly=True)
    res_ids = fields.Json(string="Records", required=True, readonly=True)
    method = fields.Char(string="Step", required=True, readonly=True)
    reason = fields.Text()

    @api.model
    def _action_open(self, records, method, title):
        """Window action asking the reason of ``method`` on ``records``."""
        self._check_method(records._name, method)
        wizard = self.create(
            {"res_model": records._name, "res_ids": records.ids, "method": method}
        )
        return {
            "type": "ir.actions.act_window",
            "name": title,
            "res_model": self._name,
            "res_id": wizard.id,
            "view_mode": "form",
            "target": "new",
        }

    @api.model
    def _reason_methods(self):
        """The steps asked through the wizard, by model."""
        return REASON_METHODS

    @api.model
    def _check_method(self, model, method):
        if method not in REASON_METHODS.get(model, ()):
            raise UserError(self.env._("This step cannot be performed with a reason."))

    def action_confirm(self):
        self.ensure_one()
        self._check_method(self.res_model, self.method)
        if not (self.reason or "").strip():
            raise UserError(self.env._("Please give a reason."))
        records = self.env[self.res_model].browse(self.res_ids).exists()
        getattr(records, self.method)(reason=self.reason.strip())
        return {"type": "ir.actions.act_window_close"}
