# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import Command, api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

# Amounts above this are typing errors (10 billion).
MAX_AMOUNT = 10_000_000_000
# Longest description an enterprise writes on its portal (characters).
PORTAL_DESCRIPTION_LENGTH = 5000


class LiaisonPolicyApplication(models.Model):
    """An enterprise's application for a policy (002 三).

    Lifecycle: draft → submitted (by the enterprise on the portal or by its
    officer, only for a policy it matches) → approved (by the issuing
    department or the office; the amount is committed on the policy's fund,
    which can never be overdrawn) or rejected with a reason → paid
    (disbursement date and amount, by the office).  A one-time policy is
    never approved twice for the same enterprise.
    """

    _name = "liaison.policy.application"
    _description = "Policy Application"
    _inherit = ["portal.mixin", "mail.thread", "liaison.workflow.mixin"]
    _order = "id desc"
    _workflow_fields = frozenset(
        {
            "name",
            "state",
            "amount_approved",
            "amount_paid",
            "date_submitted",
            "date_decided",
            "date_paid",
            "decided_by_id",
            "decision_note",
        }
    )

    name = fields.Char(string="Number", default="/", readonly=True, copy=False)
    policy_id = fields.Many2one(
        "liaison.policy",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
    )
    policy_kind = fields.Selection(related="policy_id.kind", string="Policy Kind")
    enterprise_id = fields.Many2one(
        "liaison.returnee.enterprise",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
    )
    partner_id = fields.Many2one(
        related="enterprise_id.partner_id", store=True, index=True, string="Company"
    )
    region_id = fields.Many2one(
        related="enterprise_id.region_id", store=True, index=True, string="Township"
    )
    park_id = fields.Many2one(
        related="enterprise_id.park_id", store=True, index="btree_not_null"
    )
    department_id = fields.Many2one(
        related="policy_id.department_id",
        store=True,
        index="btree_not_null",
        string="Issuing Department",
    )
    # Printed on the approval form whoever reads the application: the issuing
    # department may lie outside the reader's region (a related field reads it).
    department_name = fields.Char(
        related="department_id.name", string="Issuing Department Name"
    )
    fund_id = fields.Many2one(
        related="policy_id.fund_id", store=True, index="btree_not_null"
    )
    currency_id = fields.Many2one(related="policy_id.currency_id")
    channel = fields.Selection(
        [("backend", "Officer"), ("portal", "Portal")], default="backend", readonly=True
    )
    description = fields.Text()
    jobs_claimed = fields.Integer(
        string="Jobs Created", help="Jobs created under contracts of a year or more."
    )
    amount_requested = fields.Monetary(tracking=True)
    amount_entitled = fields.Monetary(
        compute="_compute_amount_entitled",
        help="The amount the policy's rule grants for this application.",
    )
    attachment_ids = fields.Many2many(
        "ir.attachment",
        "liaison_policy_application_attachment_rel",
        "application_id",
        "attachment_id",
        string="Materials",
    )
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("submitted", "Submitted"),
            ("approved", "Approved"),
            ("rejected", "Rejected"),
            ("paid", "Paid"),
        ],
        default="draft",
        required=True,
        index=True,
        tracking=True,
        copy=False,
    )
    amount_approved = fields.Monetary(tracking=True, copy=False)
    amount_paid = fields.Monetary(string="Amount Disbursed", tracking=True, copy=False)
    date_submitted = fields.Date(copy=False)
    date_decided = fields.Date(copy=False)
    date_paid = fields.Date(string="Disbursement Date", copy=False, tracking=True)
    decided_by_id = fields.Many2one("res.users", string="Decided by", copy=False)
    decision_note = fields.Text(copy=False)

    @api.constrains("amount_requested", "jobs_claimed")
    def _check_request(self):
        for application in self:
            if not 0 <= application.amount_requested <= MAX_AMOUNT:
                raise ValidationError(self.env._("The amount requested is not valid."))
            if not 0 <= application.jobs_claimed <= 100_000:
                raise ValidationError(self.env._("The number of jobs is not valid."))

    @api.depends(
        "policy_id.kind",
        "policy_id.amount_fixed",
        "policy_id.amount_per_job",
        "policy_id.amount_max",
        "amount_requested",
        "jobs_claimed",
    )
    def _compute_amount_entitled(self):
        for application in self:
            policy = application.policy_id
            if policy.amount_fixed:
                amount = policy.amount_fixed
            elif policy.amount_per_job:
                amount = policy.amount_per_job * application.jobs_claimed
            else:
                amount = application.amount_requested
            if policy.amount_max:
                amount = min(amount, policy.amount_max)
            application.amount_entitled = amount

    def write(self, vals):
        frozen = {"policy_id", "enterprise_id", "amount_requested", "jobs_claimed"}
        if (
            not self.env.su
            and frozen.intersection(vals)
            and any(a.state != "draft" for a in self)
        ):
            raise UserError(self.env._("Only a draft application can be edited."))
        return super().write(vals)

    def _compute_access_url(self):
        for application in self:
            application.access_url = f"/my/liaison/applications/{application.id}"

    # ---- Checks ----
    def _check_eligible(self):
        """Refuse unless the enterprise matches the policy now (as superuser:
        eligibility is a fact, not a right)."""
        for application in self:
            policy = application.policy_id.sudo()
            matches = policy._match_enterprises(
                application.enterprise_id.sudo(), policies=policy
            )
            if application.enterprise_id.sudo() not in matches.get(
                policy, application.enterprise_id.browse()
            ):
                raise UserError(
                    self.env._(
                        "%(enterprise)s does not meet the conditions of %(policy)s.",
                        enterprise=application.enterprise_id.sudo().display_name,
                        policy=policy.name,
                    )
                )

    def _check_deciding_user(self):
        user = self.env.user
        if self.env.su or user.has_group("liaison_service.group_office"):
            return
        if user.has_group("liaison_service.group_department") and all(
            a.department_id and a.department_id == user.liaison_department_id
            for a in self
        ):
            return
        raise AccessError(
            self.env._(
                "Only the issuing department or the office can decide on an "
                "application."
            )
        )

    def _check_state(self, states):
        self._workflow_check_state(
            states, self.env._("This step is not possible in this state.")
        )

    # ---- Actions ----
    def action_submit(self):
        self._workflow_check_group("liaison_service.group_officer")
        return self._submit()

    def _submit(self):
        """Submit; ``_portal_submit`` calls this after its own checks."""
        self._check_state(("draft",))
        self._check_eligible()
        for application in self:
            vals = {
                "state": "submitted",
                "date_submitted": fields.Date.context_today(self),
            }
            if application.name == "/":
                vals["name"] = self._workflow_next_number("liaison.policy.application")
            application._workflow_write(vals)
        return True

    def action_approve(self):
        self._check_deciding_user()
        self._check_state(("submitted",))
        for application in self:
            enterprise = application.enterprise_id.sudo()
            # Lock the enterprise, then the fund: concurrent approvals wait.
            self.env.cr.execute(
                "SELECT id FROM liaison_returnee_enterprise WHERE id = %s FOR UPDATE",
                (enterprise.id,),
            )
            application._check_eligible()
            amount = application.amount_entitled
            if amount <= 0:
                raise UserError(self.env._("The amount to approve must be positive."))
            if application.fund_id:
                application.fund_id.sudo()._lock_and_check(amount)
            application._workflow_write(
                {
                    "state": "approved",
                    "amount_approved": amount,
                    "date_decided": fields.Date.context_today(self),
                    "decided_by_id": self.env.uid,
                }
            )
        return True

    def action_reject_open(self):
        self._check_deciding_user()
        self._check_state(("submitted",))
        return self.env["liaison.reason.wizard"]._action_open(
            self, "action_reject", self.env._("Reject the application")
        )

    def action_reject(self, reason):
        self._check_deciding_user()
        self._check_state(("submitted",))
        self._workflow_write(
            {
                "state": "rejected",
                "decision_note": reason,
                "date_decided": fields.Date.context_today(self),
                "decided_by_id": self.env.uid,
            }
        )
        # The reason is posted by the decider, who may only read the record.
        for application in self.sudo():
            application.message_post(body=reason, author_id=self.env.user.partner_id.id)
        return True

    def action_pay(self, date_paid=None):
        self._workflow_check_group("liaison_service.group_office")
        self._check_state(("approved",))
        for application in self:
            application._workflow_write(
                {
                    "state": "paid",
                    "amount_paid": application.amount_approved,
                    "date_paid": date_paid or fields.Date.context_today(self),
                }
            )
        return True

    # ---- Portal-facing actions ----
    # The enterprise applies on its portal (liaison_service_portal): the
    # controller reads the form and calls this; the rights are checked here.
    @api.model
    def _portal_submit(self, policy_id, vals, attachments=()):
        """The enterprise applies for a policy from its portal; return the
        submitted application.

        The enterprise is the returnee file of the caller's company, the
        policy one the caller reads and the enterprise matches now.  From
        ``vals`` only ``amount_requested``, ``jobs_claimed`` (numbers or their
        text) and ``description`` are read; the ``attachments`` (``(name,
        content)`` pairs) become its materials.  Portal users may not create
        applications: it is created as the superuser once these are checked,
        then submitted; on any error nothing is kept.
        """
        user = self.env.user
        if not user.share or user._is_public():
            raise AccessError(
                self.env._("Only an enterprise applies for a policy from its portal.")
            )
        partner = user.partner_id.commercial_partner_id
        enterprise = self.env["liaison.returnee.enterprise"].search(
            [("partner_id", "=", partner.id)], limit=1
        )
        policy = self.env["liaison.policy"].browse(policy_id).exists()
        if not enterprise or not policy or policy not in enterprise.matching_policy_ids:
            raise UserError(
                self.env._("Your enterprise does not qualify for this policy.")
            )
        try:
            amount = float(vals.get("amount_requested") or 0)
            jobs = int(vals.get("jobs_claimed") or 0)
        except (TypeError, ValueError):
            raise UserError(
                self.env._("Amount and number of jobs must be numbers.")
            ) from None
        description = (vals.get("description") or "").strip()
        if len(description) > PORTAL_DESCRIPTION_LENGTH:
            raise UserError(self.env._("The description is too long."))
        with self.env.cr.savepoint():
            application = self.sudo().create(
                {
                    "policy_id": policy.id,
                    "enterprise_id": enterprise.id,
                    "amount_requested": amount,
                    "jobs_claimed": jobs,
                    "description": description,
                    "channel": "portal",
                }
            )
            application.attachment_ids = [
                Command.create(
                    {
                        "name": name,
                        "raw": content,
                        "res_model": application._name,
                        "res_id": application.id,
                    }
                )
                for name, content in attachments
            ]
            application._submit()
        return application.sudo(False)
