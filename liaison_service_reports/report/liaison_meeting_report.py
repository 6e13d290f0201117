# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class ReportMeetingMinutes(models.AbstractModel):
    """Data of the meeting minutes (会议纪要) signed off by the convener."""

    _name = "report.liaison_service_reports.report_meeting_minutes"
    _inherit = "liaison.form.report"
    _description = "Meeting Minutes Form"
    _form_model = "liaison.meeting"
    _form_kind = "meeting"

    def _prepare_meeting_values(self, meeting):
        """Values of one meeting's minutes, in the forms' language."""
        region_title = self._region_title(meeting.region_id)
        types = dict(meeting._fields["meeting_type"]._description_selection(self.env))
        return {
            "region_title": region_title,
            "title": self.env._(
                "Minutes of the %(type)s", type=types[meeting.meeting_type]
            ),
            "office": self.env._(
                "Office of the %(region)s Leadership Group for Government Service "
                "Liaison",
                region=region_title,
            ),
            "date": self._format_datetime_cn(meeting, meeting.date),
            "departments": "、".join(meeting.department_ids.mapped("name")),
            "officers": "、".join(meeting.officer_ids.mapped("name")),
            "enterprises": "、".join(meeting.partner_ids.mapped("name")),
            "issues": [
                {
                    "name": issue.name,
                    "enterprise": issue.partner_id.name or "",
                    "category": issue.category_id.complete_name or "",
                }
                for issue in meeting.issue_ids
            ],
            "decisions": [
                {
                    "name": decision.name,
                    "lead": decision.lead_department_id.name or "",
                    "cooperating": "、".join(
                        decision.cooperating_department_ids.mapped("name")
                    ),
                    "deadline": self._format_date_cn(decision.deadline),
                    "assignment": decision.assignment_id.name or "",
                }
                for decision in meeting.decision_ids
            ],
            "convener_line": self.env._(
                "Convener (signature): %(name)s", name=meeting.signed_by.name or ""
            ),
            "signed_on_line": self.env._(
                "Signed On: %(date)s",
                date=self._format_date_cn(
                    meeting.signed_on
                    and fields.Datetime.context_timestamp(
                        self, meeting.signed_on
                    ).date()
                ),
            ),
        }
