# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class LiaisonMeetingDecision(models.Model):
    """A decision recorded in the minutes of a meeting.

    Lifecycle: written with the minutes (for an agenda issue, a lead
    department, cooperating departments and an optional deadline); once the
    minutes are signed off, the office turns the decisions into assignment
    notices in one step, each decision then pointing to its notice.
    """

    _name = "liaison.meeting.decision"
    _description = "Meeting Decision"
    _order = "meeting_id, sequence, id"

    meeting_id = fields.Many2one(
        "liaison.meeting",
        required=True,
        index=True,
        ondelete="cascade",
    )
    sequence = fields.Integer(default=10)
    name = fields.Text(string="Decision", required=True)
    region_id = fields.Many2one(
        related="meeting_id.region_id", store=True, index=True, string="Region"
    )
    lead_department_id = fields.Many2one("liaison.department", required=True)
    cooperating_department_ids = fields.Many2many(
        "liaison.department",
        "liaison_meeting_decision_department_rel",
        "decision_id",
        "department_id",
        string="Cooperating Departments",
    )
    deadline = fields.Date()
    issue_id = fields.Many2one("liaison.issue", index=True)
    assignment_id = fields.Many2one("liaison.assignment", copy=False, readonly=True)
