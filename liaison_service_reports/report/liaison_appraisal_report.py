# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class LiaisonAppraisalFormReport(models.AbstractModel):
    """Data of the supervision bulletin, appraisal sheet and ranking table.

    Prepared with the reader's rights, in the forms' language: titles,
    issuing bodies, Chinese dates and selection labels.
    """

    _name = "liaison.appraisal.form.report"
    _inherit = "liaison.form.report"
    _description = "Appraisal Forms Data"

    @api.model
    def _office_name(self, region):
        return self.env._(
            "Office of the %(region)s Leadership Group for Government Service Liaison",
            region=self._issuing_title(region),
        )

    def _prepare_bulletin_values(self, bulletin):
        sections = []
        for key, label in bulletin.line_ids._fields["section"]._description_selection(
            self.env
        ):
            lines = bulletin.line_ids.filtered(
                lambda line, key=key: line.section == key
            )
            if lines:
                sections.append(
                    {
                        "key": key,
                        "title": label,
                        "rows": [
                            {
                                "name": line.department_id.name
                                or line.officer_id.name
                                or self._selection_label(line, "gap"),
                                "count": line.count,
                                "total": line.total,
                                "days_late": line.days_late,
                                "rate": f"{line.rate:.2f}%",
                            }
                            for line in lines
                        ],
                    }
                )
        return {
            "office": self._office_name(bulletin.region_id),
            "title": bulletin.title,
            "number": bulletin.name if bulletin.name != "/" else "",
            "period": self.env._(
                "%(start)s to %(end)s",
                start=self._format_date_cn(bulletin.date_from),
                end=self._format_date_cn(bulletin.date_to),
            ),
            "summary": bulletin.summary or "",
            "sections": sections,
            "issue_date": self._format_date_cn(
                bulletin.published_on or fields.Date.context_today(self)
            ),
        }

    def _prepare_line_values(self, line):
        scheme = line.appraisal_id.scheme_id
        criteria = [
            {
                "name": criterion.name,
                "weight": criterion.weight,
                "score": line[f"score_{criterion.source}"],
                "points": round(
                    criterion.weight * line[f"score_{criterion.source}"] / 100.0, 2
                ),
            }
            for criterion in scheme.criterion_ids
        ]
        return {
            "office": self._office_name(line.appraisal_id.region_id),
            "year": line.appraisal_id.year,
            "officer": line.officer_id.name or "",
            "officer_type": self._selection_label(line.officer_id, "officer_type"),
            "home_unit": line.officer_id.department_id.name or "",
            "criteria": criteria,
            "total": line.total,
            "grade": self._selection_label(line, "grade"),
            "rank": line.rank,
            "recommended": line.excellent_recommended,
            "note": line.note or "",
            "state": self._selection_label(line.appraisal_id, "state"),
        }

    def _prepare_ranking_values(self, appraisal):

        def rows(lines):
            return [
                {
                    "rank": line.rank,
                    "name": line.officer_id.name or line.department_id.name or "",
                    "unit": line.officer_id.department_id.name or "",
                    "total": line.total,
                    "grade": self._selection_label(line, "grade"),
                    "recommended": line.excellent_recommended,
                }
                for line in lines.sorted(lambda l: (l.rank, l.id))
            ]

        return {
            "office": self._office_name(appraisal.region_id),
            "title": appraisal.name,
            "year": appraisal.year,
            "officers": rows(appraisal.line_ids),
            "departments": rows(appraisal.department_line_ids),
            "state": self._selection_label(appraisal, "state"),
            "approved_on": self._format_date_cn(appraisal.approved_on),
        }


class ReportBulletin(models.AbstractModel):
    _name = "report.liaison_service_reports.report_bulletin"
    _inherit = "liaison.appraisal.form.report"
    _description = "Supervision Bulletin Form"
    _form_model = "liaison.bulletin"
    _form_kind = "bulletin"


class ReportAppraisalSheet(models.AbstractModel):
    _name = "report.liaison_service_reports.report_appraisal_sheet"
    _inherit = "liaison.appraisal.form.report"
    _description = "Appraisal Sheet Form"
    _form_model = "liaison.appraisal.line"
    _form_kind = "line"


class ReportAppraisalRanking(models.AbstractModel):
    _name = "report.liaison_service_reports.report_appraisal_ranking"
    _inherit = "liaison.appraisal.form.report"
    _description = "Appraisal Ranking Form"
    _form_model = "liaison.appraisal"
    _form_kind = "ranking"
