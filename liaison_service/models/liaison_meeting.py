# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import Command, api, fields, models
from odoo.exceptions import AccessError, UserError


class LiaisonMeeting(models.Model):
    """Weekly coordination, major-issue consultation and on-site office meetings.

    Weekly meetings (例会, 001 第十七条), consultation meetings (会商, 003 五(二))
    and on-site office meetings (现场办公会, 002 五(七)) take an agenda of issues
    and projects; once held, the minutes (纪要) are signed off by the convener,
    and their decisions become assignment notices in one step.
    """

    _name = "liaison.meeting"
    _description = "Liaison Meeting"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "liaison.region.mixin",
        "liaison.workflow.mixin",
        "liaison.count.mixin",
    ]
    _workflow_fields = frozenset({"state", "signed_by", "signed_on"})
    # The minutes are signed off and can no longer change.
    _workflow_locked_fields = frozenset({"minutes", "decision_ids"})
    _order = "date desc, id desc"

    name = fields.Char(string="Meeting Subject", required=True, tracking=True)
    meeting_type = fields.Selection(
        [
            ("weekly", "Weekly Coordination"),
            ("consultation", "Major-Issue Consultation"),
            ("onsite", "On-site Office Meeting"),
        ],
        required=True,
        default="weekly",
        tracking=True,
    )
    date = fields.Datetime(required=True, default=fields.Datetime.now, tracking=True)
    location = fields.Char()
    region_id = fields.Many2one(
        tracking=True, default=lambda self: self._default_region_id()
    )
    convener_id = fields.Many2one(
        "res.users",
        required=True,
        tracking=True,
        default=lambda self: self.env.user,
        help="Chairs the meeting and signs off its minutes.",
    )
    department_ids = fields.Many2many(
        "liaison.department",
        "liaison_meeting_department_rel",
        "meeting_id",
        "department_id",
        string="Participating Departments",
    )
    officer_ids = fields.Many2many(
        "liaison.officer",
        "liaison_meeting_officer_rel",
        "meeting_id",
        "officer_id",
        string="Officers",
    )
    partner_ids = fields.Many2many(
        "res.partner",
        "liaison_meeting_partner_rel",
        "meeting_id",
        "partner_id",
        string="Enterprises",
    )
    issue_ids = fields.Many2many(
        "liaison.issue",
        "liaison_meeting_issue_rel",
        "meeting_id",
        "issue_id",
        string="Agenda Issues",
    )
    project_ids = fields.Many2many(
        "liaison.project",
        "liaison_meeting_project_rel",
        "meeting_id",
        "project_id",
        string="Agenda Projects",
    )
    minutes = fields.Html(help="Minutes of the meeting (纪要).")
    decision_ids = fields.One2many(
        "liaison.meeting.decision", "meeting_id", string="Decisions", copy=True
    )
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("held", "Held"),
            ("signed", "Minutes Signed"),
            ("closed", "Closed"),
        ],
        string="Status",
        required=True,
        default="draft",
        copy=False,
        tracking=True,
    )
    signed_by = fields.Many2one("res.users", copy=False, readonly=True, tracking=True)
    signed_on = fields.Datetime(copy=False, readonly=True, tracking=True)
    assignment_count = fields.Integer(compute="_compute_assignment_count")

    def _compute_assignment_count(self):
        self._compute_related_count(
            "assignment_count",
            "liaison.meeting.decision",
            "meeting_id",
            [("assignment_id", "!=", False)],
        )

    @api.onchange("issue_ids")
    def _onchange_issue_ids(self):
        self.partner_ids |= self.issue_ids.partner_id.commercial_partner_id
        self.project_ids |= self.issue_ids.project_id

    def _workflow_locked(self):
        return self.filtered(lambda m: m.state in ("signed", "closed"))

    def _workflow_locked_error(self, labels):
        return self.env._("The minutes are signed off and can no longer change.")

    def _state_refusal(self, meeting):
        return self.env._(
            "Meeting %(meeting)s is not in a state allowing this step.",
            meeting=meeting.display_name,
        )

    def _check_state(self, states):
        self._workflow_check_state(states, self._state_refusal)

    def action_hold(self):
        """The meeting took place."""
        # An office user reading a meeting it attends elsewhere may not move it.
        self.check_access("write")
        return self._workflow_step(
            "liaison_service.group_office",
            ("draft",),
            self._state_refusal,
            {"state": "held"},
        )

    def action_sign(self):
        """The convener signs off the minutes."""
        self._check_state(("held",))
        for meeting in self:
            if meeting.convener_id != self.env.user:
                raise AccessError(
                    self.env._(
                        "Only the convener %(convener)s can sign off the minutes "
                        "of %(meeting)s.",
                        convener=meeting.convener_id.name,
                        meeting=meeting.name,
                    )
                )
        self._workflow_write(
            {
                "state": "signed",
                "signed_by": self.env.user.id,
                "signed_on": fields.Datetime.now(),
            }
        )
        return True

    def action_close(self):
        """Close the meeting once its decisions are followed up."""
        # An office user reading a meeting it attends elsewhere may not move it.
        self.check_access("write")
        return self._workflow_step(
            "liaison_service.group_office",
            ("signed",),
            self._state_refusal,
            {"state": "closed"},
        )

    def action_create_assignments(self):
        """One assignment notice per decision without one, in one step."""
        self._workflow_check_group("liaison_service.group_office")
        self._check_state(("signed", "closed"))
        decisions = self.decision_ids.filtered(lambda d: not d.assignment_id)
        missing = decisions.filtered(lambda d: not d.issue_id)
        if missing:
            raise UserError(
                self.env._(
                    "Give the issue of each decision before creating "
                    "assignments: %(decisions)s",
                    decisions=", ".join(missing.mapped("name")),
                )
            )
        vals_list = []
        for decision in decisions:
            vals = {
                "issue_id": decision.issue_id.id,
                "lead_department_id": decision.lead_department_id.id,
                "cooperating_department_ids": [
                    Command.set(decision.cooperating_department_ids.ids)
                ],
                "instructions": decision.name,
            }
            if decision.deadline:
                vals["deadline"] = decision.deadline
            vals_list.append(vals)
        assignments = self.env["liaison.assignment"].create(vals_list)
        for decision, assignment in zip(decisions, assignments, strict=True):
            decision.assignment_id = assignment
        for meeting in self:
            created = decisions.filtered(lambda d, m=meeting: d.meeting_id == m)
            if created:
                meeting.message_post(
                    body=self.env._(
                        "%(count)s assignment notices created from the decisions.",
                        count=len(created),
                    )
                )
        return self.action_view_assignments()

    def action_view_assignments(self):
        assignments = self.decision_ids.assignment_id
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Assignments"),
            "res_model": "liaison.assignment",
            "view_mode": "list,form",
            "domain": [("id", "in", assignments.ids)],
        }
