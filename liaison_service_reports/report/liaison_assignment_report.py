# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class LiaisonAssignmentFormReport(models.AbstractModel):
    """Data of the assignment notice (交办通知单) and supervision notice (督办).

    Titles, Chinese dates and labels are prepared here in the forms'
    language; the templates only lay them out.
    """

    _name = "liaison.assignment.form.report"
    _inherit = "liaison.form.report"
    _description = "Assignment Forms Data"
    _form_model = "liaison.assignment"
    _form_kind = "assignment"

    def _prepare_assignment_values(self, assignment):
        """Values of one assignment notice, in the forms' language."""
        issue = assignment.issue_id
        region_title = self._issuing_title(issue.region_id)
        office = self.env._(
            "Office of the %(region)s Leadership Group for Government Service Liaison",
            region=region_title,
        )
        deadline = self._format_date_cn(assignment.deadline)
        steps = [
            {
                "step": self._selection_label(step, "step"),
                "colour": self._selection_label(step, "colour"),
                "colour_key": step.colour or "",
                "date": self._format_date_cn(step.date),
                "note": step.note or "",
            }
            for step in assignment.supervision_step_ids.sorted(lambda s: (s.date, s.id))
        ]
        return {
            "region_title": region_title,
            "office": office,
            "title": self.env._(
                "%(region)s Business Environment Issue Assignment Notice",
                region=region_title,
            ),
            "supervision_title": self.env._(
                "%(region)s Business Environment Issue Supervision Notice",
                region=region_title,
            ),
            "number": assignment.name or "",
            "salutation": self.env._(
                "%(name)s:", name=assignment.lead_department_id.name
            ),
            "cooperating": "、".join(
                assignment.cooperating_department_ids.mapped("name")
            ),
            "enterprise": issue.partner_id.name or "",
            "category": issue.category_id.complete_name or "",
            "date_assigned": self._format_date_cn(assignment.date_assigned),
            "deadline": deadline,
            "reply_request": self.env._(
                "Please handle the matter as instructed and report the result in "
                "writing to %(office)s before %(deadline)s.",
                office=office,
                deadline=deadline,
            ),
            "issue_date": self._format_date_cn(
                assignment.approved_on or assignment.date_assigned
            ),
            "state": self._selection_label(assignment, "state"),
            "colour": self._selection_label(assignment, "supervision_colour"),
            "colour_key": assignment.supervision_colour or "",
            "steps": steps,
            "supervision_request": self.env._(
                "The assignment above has not been completed in time. Please "
                "handle it at once and report the progress in writing to "
                "%(office)s.",
                office=office,
            ),
            "print_date": self._format_date_cn(fields.Date.context_today(self)),
        }


class ReportAssignmentNotice(models.AbstractModel):
    _name = "report.liaison_service_reports.report_assignment_notice"
    _inherit = "liaison.assignment.form.report"
    _description = "Assignment Notice Form"


class ReportAssignmentSupervision(models.AbstractModel):
    _name = "report.liaison_service_reports.report_assignment_supervision"
    _inherit = "liaison.assignment.form.report"
    _description = "Supervision Notice Form"
