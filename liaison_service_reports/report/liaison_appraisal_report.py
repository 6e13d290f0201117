# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class LiaisonAppraisalFormReport(models.AbstractModel):
    """Data of the supervision bulletin, appraisal sheet and ranking table.

    Prepared with the reader's rights, in the forms' language: titles,
    issuing bodies, Chinese dates and selection labels.
    """

    _name = "liaison.appraisal.form.report"
    _inherit = "liaison.officer.form.report"
    _description = "Appraisal Forms Data"

    @api.model
    def _label(self, record, field_name):
        labels = dict(record._fields[field_name]._description_selection(self.env))
        return labels.get(record[field_name], "")

    @api.model
    def _office_name(self, region):
        return self.env._(
            "Office of the %(region)s Leadership Group for Government Service Liaison",
            region=self._region_title(self._issuing_region(region)),
        )

    def _prepare_bulletin_values(self, bulletin):
        report = self.with_context(lang=self._get_form_lang())
        env = report.env
        bulletin = bulletin.with_env(env)
        sections = []
        for key, label in bulletin.line_ids._fields["section"]._description_selection(
            env
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
                                or report._label(line, "gap"),
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
            "office": report._office_name(bulletin.region_id),
            "title": bulletin.title,
            "number": bulletin.name if bulletin.name != "/" else "",
            "period": env._(
                "%(start)s to %(end)s",
                start=report._format_date_cn(bulletin.date_from),
                end=report._format_date_cn(bulletin.date_to),
            ),
            "summary": bulletin.summary or "",
            "sections": sections,
            "issue_date": report._format_date_cn(
                bulletin.published_on or fields.Date.context_today(report)
            ),
        }

    def _prepare_line_values(self, line):
        report = self.with_context(lang=self._get_form_lang())
        line = line.with_env(report.env)
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
            "office": report._office_name(line.appraisal_id.region_id),
            "year": line.appraisal_id.year,
            "officer": line.officer_id.name or "",
            "officer_type": report._label(line.officer_id, "officer_type"),
            "home_unit": line.officer_id.department_id.name or "",
            "criteria": criteria,
            "total": line.total,
            "grade": report._label(line, "grade"),
            "rank": line.rank,
            "recommended": line.excellent_recommended,
            "note": line.note or "",
            "state": report._label(line.appraisal_id, "state"),
        }

    def _prepare_ranking_values(self, appraisal):
        report = self.with_context(lang=self._get_form_lang())
        appraisal = appraisal.with_env(report.env)

        def rows(lines):
            return [
                {
                    "rank": line.rank,
                    "name": line.officer_id.name or line.department_id.name or "",
                    "unit": line.officer_id.department_id.name or "",
                    "total": line.total,
                    "grade": report._label(line, "grade"),
                    "recommended": line.excellent_recommended,
                }
                for line in lines.sorted(lambda l: (l.rank, l.id))
            ]

        return {
            "office": report._office_name(appraisal.region_id),
            "title": appraisal.name,
            "year": appraisal.year,
            "officers": rows(appraisal.line_ids),
            "departments": rows(appraisal.department_line_ids),
            "state": report._label(appraisal, "state"),
            "approved_on": report._format_date_cn(appraisal.approved_on),
        }


class ReportBulletin(models.AbstractModel):
    _name = "report.liaison_service_reports.report_bulletin"
    _inherit = "liaison.appraisal.form.report"
    _description = "Supervision Bulletin Form"

    @api.model
    def _get_report_values(self, docids, data=None):
        docs = self.env["liaison.bulletin"].browse(docids)
        return {
            "doc_ids": docids,
            "doc_model": "liaison.bulletin",
            "docs": docs,
            "form_lang": self._get_form_lang(),
            "forms": {doc.id: self._prepare_bulletin_values(doc) for doc in docs},
        }


class ReportAppraisalSheet(models.AbstractModel):
    _name = "report.liaison_service_reports.report_appraisal_sheet"
    _inherit = "liaison.appraisal.form.report"
    _description = "Appraisal Sheet Form"

    @api.model
    def _get_report_values(self, docids, data=None):
        docs = self.env["liaison.appraisal.line"].browse(docids)
        return {
            "doc_ids": docids,
            "doc_model": "liaison.appraisal.line",
            "docs": docs,
            "form_lang": self._get_form_lang(),
            "forms": {doc.id: self._prepare_line_values(doc) for doc in docs},
        }


class ReportAppraisalRanking(models.AbstractModel):
    _name = "report.liaison_service_reports.report_appraisal_ranking"
    _inherit = "liaison.appraisal.form.report"
    _description = "Appraisal Ranking Form"

    @api.model
    def _get_report_values(self, docids, data=None):
        docs = self.env["liaison.appraisal"].browse(docids)
        return {
            "doc_ids": docids,
            "doc_model": "liaison.appraisal",
            "docs": docs,
            "form_lang": self._get_form_lang(),
            "forms": {doc.id: self._prepare_ranking_values(doc) for doc in docs},
        }
