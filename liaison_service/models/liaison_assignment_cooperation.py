# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

OPEN_STATES = ("sent", "signed", "replied")


class LiaisonAssignmentCooperation(models.Model):
    """Report of a cooperating department (协办单位) to the lead department.

    Each cooperating department of a sent assignment notice reports once to
    the lead department by the assignment's ``cooperating_report_due``
    (``COOPERATING_REPORT_DAYS`` working days after it is signed for); a
    later report is flagged late.  The lead department and the office read
    the reports; each cooperating department writes only its own.
    """

    _name = "liaison.assignment.cooperation"
    _description = "Cooperating Department Report"
    _order = "reported_on desc, id desc"
    _rec_name = "department_id"

    assignment_id = fields.Many2one(
        "liaison.assignment",
        string="Assignment Notice",
        required=True,
        index=True,
        ondelete="cascade",
    )
    region_id = fields.Many2one(
        related="assignment_id.region_id", store=True, index=True
    )
    lead_department_id = fields.Many2one(
        related="assignment_id.lead_department_id", store=True, index=True
    )
    department_id = fields.Many2one(
        "liaison.department",
        string="Cooperating Department",
        required=True,
        index=True,
        default=lambda self: self.env.user.liaison_department_id,
    )
    report = fields.Text(
        required=True, help="What the cooperating department did and found (协办意见)."
    )
    reported_by = fields.Many2one(
        "res.users", default=lambda self: self.env.user, readonly=True
    )
    reported_on = fields.Date(
        default=fields.Date.context_today, readonly=True, required=True
    )
    due_date = fields.Date(related="assignment_id.cooperating_report_due")
    is_late = fields.Boolean(
        string="Late", compute="_compute_is_late", store=True, readonly=True
    )

    @api.depends("reported_on", "assignment_id.cooperating_report_due")
    def _compute_is_late(self):
        for report in self:
            due = report.assignment_id.cooperating_report_due
            report.is_late = bool(due and report.reported_on > due)

    @api.constrains("assignment_id", "department_id")
    def _check_department(self):
        for report in self:
            assignment = report.assignment_id
            if report.department_id not in assignment.cooperating_department_ids:
                raise ValidationError(
                    self.env._(
                        "%(department)s is not a cooperating department of %(notice)s.",
                        department=report.department_id.name,
                        notice=assignment.display_name,
                    )
                )
            others = assignment.sudo().cooperation_report_ids - report
            if report.department_id in others.department_id:
                raise ValidationError(
                    self.env._(
                        "%(department)s has already reported on %(notice)s.",
                        department=report.department_id.name,
                        notice=assignment.display_name,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        reports = super().create(vals_list)
        for report in reports:
            if report.assignment_id.state not in OPEN_STATES:
                raise UserError(
                    self.env._(
                        "Cooperating departments report on a notice that has been "
                        "sent and is not closed; %(notice)s is not.",
                        notice=report.assignment_id.display_name,
                    )
                )
            report.assignment_id.sudo().message_post(
                body=self.env._(
                    "Report of the cooperating department %(department)s: %(report)s",
                    department=report.department_id.name,
                    report=report.report,
                ),
                author_id=self.env.user.partner_id.id,
                subtype_xmlid="mail.mt_note",
            )
        return reports

    def write(self, vals):
        if not self.env.su and set(vals) - {"report"}:
            raise UserError(
                self.env._("Only the text of a cooperating report can be changed.")
            )
        if not self.env.su and any(
            r.assignment_id.state not in OPEN_STATES for r in self
        ):
            raise UserError(
                self.env._("The reports of a closed notice can no longer be changed.")
            )
        return super().write(vals)
