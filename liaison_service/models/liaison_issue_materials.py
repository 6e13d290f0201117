# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError


class LiaisonIssue(models.Model):
    """Materials to complete (补正, SPEC C3).

    The officer or the office asks the enterprise for missing materials,
    which pauses the issue (no supervision while it waits); on receipt the
    resolution clock restarts: the resolution deadline is counted again from
    the receipt date with the type's resolution days, in working days.
    """

    _name = "liaison.issue"
    _inherit = ["liaison.issue"]

    awaiting_materials = fields.Boolean(
        copy=False,
        readonly=True,
        tracking=True,
        help="The enterprise has been asked to complete its materials (补正).",
    )
    materials_note = fields.Text(
        string="Materials Requested",
        copy=False,
        tracking=True,
        help="Which materials the enterprise must complete.",
    )
    materials_requested_on = fields.Date(copy=False, readonly=True, tracking=True)
    materials_received_on = fields.Date(
        copy=False,
        readonly=True,
        tracking=True,
        help="The resolution deadline is counted from this date.",
    )

    @api.depends("date_accepted", "type_id", "materials_received_on")
    def _compute_deadlines(self):
        res = super()._compute_deadlines()
        WorkingDay = self.env["liaison.working.day"]
        for issue in self:
            if issue.materials_received_on and issue.type_id:
                issue.resolution_deadline = WorkingDay.add_working_days(
                    issue.materials_received_on, issue.type_id.resolution_days
                )
        return res

    def action_request_materials(self, note=None):
        """Ask the enterprise to complete its materials: the issue waits."""
        self._workflow_check_group("liaison_service.group_officer")
        for issue in self:
            if not issue.date_accepted or not issue._is_open() or issue.date_solved:
                raise UserError(
                    self.env._(
                        "Materials can only be requested for an accepted, "
                        "unsolved issue (%(issue)s).",
                        issue=issue.name,
                    )
                )
            if issue.awaiting_materials:
                raise UserError(
                    self.env._(
                        "Issue %(issue)s is already awaiting materials.",
                        issue=issue.name,
                    )
                )
            text = (note or issue.materials_note or "").strip()
            if not text:
                raise UserError(
                    self.env._(
                        "List the materials issue %(issue)s needs.",
                        issue=issue.name,
                    )
                )
            issue._workflow_write(
                {
                    "awaiting_materials": True,
                    "materials_note": text,
                    "materials_requested_on": fields.Date.context_today(self),
                }
            )
        return True

    def action_materials_received(self):
        """The materials are complete: the resolution clock restarts today."""
        self._workflow_check_group("liaison_service.group_officer")
        for issue in self:
            if not issue.awaiting_materials:
                raise UserError(
                    self.env._(
                        "Issue %(issue)s is not awaiting materials.",
                        issue=issue.name,
                    )
                )
        self._workflow_write(
            {
                "awaiting_materials": False,
                "materials_received_on": fields.Date.context_today(self),
            }
        )
        return True

    @api.model
    def _supervision_candidate_domain(self, today, add):
        return [
            *super()._supervision_candidate_domain(today, add),
            ("awaiting_materials", "=", False),
        ]
