# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

CONSEQUENCES = [
    ("commendation", "Commendation (通报表扬)"),
    ("reward_proposal", "Reward Proposal"),
    ("criticism", "Criticism (通报批评)"),
    ("admonition_proposal", "Admonition Talk Proposal (诫勉谈话)"),
    ("recall_proposal", "Recall Proposal"),
]


class LiaisonAppraisalConsequence(models.Model):
    """A consequence of the records for an officer or a department.

    Lifecycle: the office proposes it with the reason (a recall also names
    the home unit or organisation department consulted, 003 六(三), and the
    officer who takes over); the leadership decides.  An approved recall
    proposal recalls the officer through the officer's own recall.
    """

    _name = "liaison.appraisal.consequence"
    _description = "Appraisal Consequence"
    _inherit = ["mail.thread", "liaison.workflow.mixin", "liaison.region.mixin"]
    _order = "id desc"
    _workflow_fields = frozenset(
        {"state", "proposed_by", "proposed_on", "decided_by", "decided_on"}
    )

    appraisal_id = fields.Many2one("liaison.appraisal", index="btree_not_null")
    kind = fields.Selection(CONSEQUENCES, required=True, tracking=True)
    officer_id = fields.Many2one("liaison.officer", index=True)
    department_id = fields.Many2one(
        "liaison.department",
    )
    reason = fields.Text(required=True)
    consulted_unit = fields.Char(
        help="Home unit or organisation department consulted (recall)."
    )
    replacement_id = fields.Many2one("liaison.officer", string="Replaced by")
    state = fields.Selection(
        [("proposed", "Proposed"), ("approved", "Approved"), ("rejected", "Rejected")],
        string="Status",
        default="proposed",
        required=True,
        readonly=True,
        tracking=True,
    )
    decision = fields.Text(tracking=True)
    proposed_by = fields.Many2one(
        "res.users", readonly=True, default=lambda self: self.env.user
    )
    proposed_on = fields.Date(readonly=True, default=fields.Date.context_today)
    decided_by = fields.Many2one("res.users", readonly=True)
    decided_on = fields.Date(readonly=True)

    @api.onchange("officer_id")
    def _onchange_officer_id(self):
        if self.officer_id:
            self.region_id = self.officer_id.region_id

    @api.constrains("kind", "officer_id", "department_id", "consulted_unit", "reason")
    def _check_subject(self):
        for record in self:
            if not (record.reason or "").strip():
                raise ValidationError(self.env._("Give the reason of the consequence."))
            if bool(record.officer_id) == bool(record.department_id):
                raise ValidationError(
                    self.env._("A consequence concerns one officer or one department.")
                )
            if record.kind in ("admonition_proposal", "recall_proposal") and not (
                record.officer_id
            ):
                raise ValidationError(
                    self.env._("Admonition and recall concern an officer.")
                )
            if (
                record.kind == "recall_proposal"
                and not (record.consulted_unit or "").strip()
            ):
                raise ValidationError(
                    self.env._(
                        "A recall is proposed together with the home unit or the "
                        "organisation department: name it."
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        self._workflow_check_group("liaison_service.group_office")
        return super().create(vals_list)

    def _workflow_locked(self):
        return self.filtered(lambda consequence: consequence.state != "proposed")

    def _workflow_locked_error(self, labels):
        return self.env._("A decided consequence cannot be changed.")

    def _check_proposed(self):
        self._workflow_check_group("liaison_service.group_leadership")
        self._workflow_check_state(
            ("proposed",), self.env._("This consequence has already been decided.")
        )

    def action_approve(self):
        """The leadership approves; a recall proposal recalls the officer."""
        self._check_proposed()
        for record in self:
            if record.kind == "recall_proposal":
                record._recall_officer()
        self._workflow_write(self._workflow_signature("approved", "decided"))
        return True

    def action_reject(self):
        """The leadership turns the proposal down; the decision says why."""
        self._check_proposed()
        if any(not (c.decision or "").strip() for c in self):
            raise UserError(self.env._("Write the decision before rejecting."))
        self._workflow_write(self._workflow_signature("rejected", "decided"))
        return True

    def _recall_officer(self):
        """Hand the decision to the officer recall already built."""
        self.ensure_one()
        officer = self.officer_id
        if self.replacement_id:
            officer.write({"replacement_id": self.replacement_id.id})
        officer.action_recall(reason=self.reason)
