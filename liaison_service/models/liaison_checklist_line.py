# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import timedelta
import math

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

STATES = [
    ("todo", "To Do"),
    ("in_progress", "In Progress"),
    ("submitted", "Submitted"),
    ("approved", "Approved"),
    ("rejected", "Rejected"),
    ("not_needed", "Not Needed"),
]
# States that count as done for the progress and for dependencies.
DONE_STATES = ("approved", "not_needed")
# States a line may only reach once its dependencies are done.
STARTED_STATES = ("in_progress", "submitted", "approved")


class LiaisonChecklistLine(models.Model):
    """One approval item on a project's checklist (责任+清单, 000 §五(一)).

    Lifecycle: to do → in progress (only once every dependency is approved or
    not needed) → submitted to the department → approved or rejected (a
    rejected item starts again); an item can also be found not needed.  The
    deadline counts the item's time limit in Chinese working days from the
    planned start; green-channel projects use the shortened limit.  Every
    state change is posted on the project's chatter with who and when.
    """

    _name = "liaison.checklist.line"
    _description = "Checklist Line"
    _inherit = ["liaison.approval.guide.mixin", "liaison.deadline.mixin"]
    _deadline_open_domain = [("state", "not in", DONE_STATES)]
    _order = "project_id, sequence, planned_start, id"

    project_id = fields.Many2one(
        "liaison.project",
        required=True,
        index=True,
        ondelete="cascade",
    )
    sequence = fields.Integer(default=10)
    approval_item_id = fields.Many2one(index=True)
    name = fields.Char(related="approval_item_id.name", store=True, string="Item")
    phase = fields.Selection(related="approval_item_id.phase", store=True)
    region_id = fields.Many2one(
        related="project_id.region_id", store=True, index=True, string="Region"
    )
    partner_id = fields.Many2one(
        related="project_id.partner_id", store=True, index=True, string="Enterprise"
    )
    guide_id = fields.Many2one(
        help="The department guide of the item when the line was planned.",
    )
    user_id = fields.Many2one(
        "res.users",
        string="Responsible Officer",
        compute="_compute_user_id",
        store=True,
        readonly=False,
        precompute=True,
        index="btree_not_null",
        domain=[("share", "=", False)],
    )
    planned_start = fields.Date(
        required=True, default=fields.Date.context_today, index=True
    )
    time_limit_days = fields.Integer(
        string="Time Limit",
        compute="_compute_time_limit_days",
        store=True,
        readonly=False,
        precompute=True,
        help="Working days the department has for the item: the statutory limit, "
        "or for a green-channel project the promised limit (half the statutory "
        "limit, rounded up, when the department promised none).",
    )
    deadline = fields.Date(
        compute="_compute_deadline",
        store=True,
        readonly=False,
        precompute=True,
        index=True,
        help="Planned start plus the time limit, in Chinese working days.",
    )
    depends_on_ids = fields.Many2many(
        "liaison.checklist.line",
        "liaison_checklist_line_dep_rel",
        "line_id",
        "depends_on_id",
        domain="[('project_id', '=', project_id), ('id', '!=', id)]",
        help="Items to be approved (or found not needed) before this one starts.",
    )
    state = fields.Selection(
        STATES, required=True, default="todo", index=True, copy=False
    )
    date_submitted = fields.Date(string="Submitted On", copy=False)
    date_approved = fields.Date(string="Approved On", copy=False)
    note = fields.Text(string="Notes")

    # ---- Computes ----
    @api.depends("project_id")
    def _compute_user_id(self):
        for line in self:
            if not line.user_id:
                line.user_id = line.project_id.main_officer_id.user_id

    @api.depends("approval_item_id", "project_id.green_channel")
    def _compute_time_limit_days(self):
        for line in self:
            line.time_limit_days = line._get_time_limit(
                line.approval_item_id, line.project_id.green_channel
            )

    @api.model
    def _get_time_limit(self, item, green_channel):
        """Working days for ``item``; shortened on the green channel."""
        item = item.sudo()
        if not green_channel:
            return item.time_limit_days
        return item.promised_days or math.ceil(item.time_limit_days / 2)

    @api.depends("planned_start", "time_limit_days")
    def _compute_deadline(self):
        calendar = self.env["liaison.working.day"]
        for line in self:
            if line.planned_start:
                line.deadline = calendar.add_working_days(
                    line.planned_start, max(line.time_limit_days, 0)
                )
            else:
                line.deadline = False

    # ---- Constraints ----
    @api.constrains("planned_start", "deadline", "time_limit_days")
    def _check_dates(self):
        for line in self:
            if line.time_limit_days < 0:
                raise ValidationError(
                    self.env._(
                        "The time limit of %(item)s cannot be negative.",
                        item=line.name,
                    )
                )
            if line.deadline and line.deadline < line.planned_start:
                raise ValidationError(
                    self.env._(
                        "The deadline of %(item)s (%(deadline)s) cannot be before "
                        "its planned start (%(start)s).",
                        item=line.name,
                        deadline=line.deadline,
                        start=line.planned_start,
                    )
                )
            created = (line.project_id.create_date or fields.Datetime.now()).date()
            earliest = created - timedelta(days=365)
            if line.planned_start < earliest:
                raise ValidationError(
                    self.env._(
                        "The planned start of %(item)s (%(start)s) is more than a "
                        "year before the project was registered: please check "
                        "the date.",
                        item=line.name,
                        start=line.planned_start,
                    )
                )

    @api.constrains("depends_on_ids", "project_id")
    def _check_depends_on(self):
        for line in self:
            if line.depends_on_ids.project_id - line.project_id:
                raise ValidationError(
                    self.env._(
                        "%(item)s can only depend on items of its own project "
                        "%(project)s.",
                        item=line.name,
                        project=line.project_id.name,
                    )
                )
        if self._has_cycle("depends_on_ids"):
            raise ValidationError(
                self.env._(
                    "The dependencies between checklist items cannot form a cycle."
                )
            )

    # ---- CRUD ----
    def write(self, vals):
        new_state = vals.get("state")
        if not new_state:
            return super().write(vals)
        lines = self.filtered(lambda line: line.state != new_state)
        if new_state in STARTED_STATES:
            lines._check_can_start()
        today = fields.Date.context_today(self)
        if new_state == "submitted" and "date_submitted" not in vals:
            vals = dict(vals, date_submitted=today)
        if new_state == "approved" and "date_approved" not in vals:
            vals = dict(vals, date_approved=today)
        old_states = {line.id: line.state for line in lines}
        res = super().write(vals)
        lines._post_state_change(old_states)
        return res

    @api.ondelete(at_uninstall=False)
    def _unlink_only_todo(self):
        if any(line.state != "todo" for line in self):
            raise UserError(
                self.env._(
                    "Only checklist items still to do can be deleted; mark the "
                    "others as not needed."
                )
            )

    def _check_can_start(self):
        for line in self:
            waiting = line.depends_on_ids.filtered(
                lambda dep: dep.state not in DONE_STATES
            )
            if waiting:
                raise UserError(
                    self.env._(
                        "%(item)s cannot start before %(waiting)s is approved or "
                        "found not needed.",
                        item=line.name,
                        waiting=", ".join(waiting.mapped("name")),
                    )
                )

    def _post_state_change(self, old_states):
        labels = dict(self._fields["state"]._description_selection(self.env))
        now = fields.Datetime.context_timestamp(self, fields.Datetime.now())
        for line in self:
            line.project_id.message_post(
                body=self.env._(
                    "Checklist item %(item)s: %(old)s → %(new)s, by %(user)s on "
                    "%(date)s.",
                    item=line.name,
                    old=labels.get(old_states.get(line.id), ""),
                    new=labels[line.state],
                    user=self.env.user.name,
                    date=now.strftime("%Y-%m-%d %H:%M"),
                ),
                subtype_xmlid="mail.mt_note",
            )

    # ---- Actions ----
    def action_start(self):
        self.write({"state": "in_progress"})

    def action_submit(self):
        self.write({"state": "submitted"})

    def action_approve(self):
        self.write({"state": "approved"})

    def action_reject(self):
        self.write({"state": "rejected"})

    def action_not_needed(self):
        self.write({"state": "not_needed"})

    def action_reset(self):
        self.write({"state": "todo"})
