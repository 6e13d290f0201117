# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class ReportMeetingMinutes(models.AbstractModel):
    """Data of the meeting minutes (会议纪要) signed off by the convener."""

    _name = "report.liaison_service_reports.report_meeting_minutes"
    _inherit = "liaison.officer.form.report"
    _description = "Meeting Minutes Form"

    def _format_datetime_cn(self, value):
        """Date and time in the user's time zone, e.g. 2026年3月2日 09:30."""
        if not value:
            return ""
        local = fields.Datetime.context_timestamp(self, value)
        return f"{self._format_date_cn(local.date())} {local:%H:%M}"

    def _prepare_meeting_values(self, meeting):
        """Values of one meeting's minutes, in the forms' language."""
        report = self.with_context(lang=self._get_form_lang())
        env = report.env
        meeting = meeting.with_env(env)
        region_title = report._region_title(meeting.region_id)
        types = dict(meeting._fields["meeting_type"]._description_selection(env))
        return {
            "region_title": region_title,
            "title": env._("Minutes of the %(type)s", type=types[meeting.meeting_type]),
            "office": env._(
                "Office of the %(region)s Leadership Group for Government Service "
                "Liaison",
                region=region_title,
            ),
            "date": report._format_datetime_cn(meeting.date),
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
                    "deadline": report._format_date_cn(decision.deadline),
                    "assignment": decision.assignment_id.name or "",
                }
                for decision in meeting.decision_ids
            ],
            "convener_line": env._(
                "Convener (signature): %(name)s", name=meeting.signed_by.name or ""
            ),
            "signed_on_line": env._(
                "Signed On: %(date)s",
                date=report._format_date_cn(
                    meeting.signed_on
                    and fields.Datetime.context_timestamp(
                        report, meeting.signed_on
                    ).date()
                ),
            ),
        }

    @api.model
    def _get_report_values(self, docids, data=None):
        meetings = self.env["liaison.meeting"].browse(docids)
        # The reader's rights, before any value is prepared from them.
        meetings.check_access("read")
        return {
            "doc_ids": docids,
            "doc_model": "liaison.meeting",
            "docs": meetings,
            "form_lang": self._get_form_lang(),
            "forms": {m.id: self._prepare_meeting_values(m) for m in meetings},
        }
