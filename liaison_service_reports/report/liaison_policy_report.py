# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, models


class ReportPolicyApproval(models.AbstractModel):
    """Approval form of a policy application (扶持资金审批表).

    The amount is printed in figures and in Chinese financial numerals
    (壹万贰仟元整); values are read with the reader's rights.
    """

    _name = "report.liaison_service_reports.report_policy_approval"
    _inherit = "liaison.project.form.report"
    _description = "Policy Application Approval Form"
    _form_model = "liaison.policy.application"
    _form_kind = "application"

    def _prepare_application_values(self, application):
        application.check_access("read")
        currency = application.currency_id
        amount = (
            application.amount_approved
            if application.state in ("approved", "paid")
            else application.amount_entitled
        )
        states = dict(application._fields["state"]._description_selection(self.env))
        kinds = dict(
            self.env["liaison.policy"]._fields["kind"]._description_selection(self.env)
        )
        enterprise = application.enterprise_id
        return {
            "title": self.env._("Approval Form of Returnee Support Funds"),
            "enterprise": enterprise.partner_id.name or "",
            "township": enterprise.region_id.complete_name or "",
            "licence_date": self._format_date_cn(enterprise.licence_date),
            "employees": enterprise.employees_contracted,
            "policy": application.policy_id.name,
            "kind": kinds.get(application.policy_id.kind, ""),
            "fund": application.fund_id.name or "",
            "department": application.department_name or "",
            "state": states.get(application.state, ""),
            "amount": self._amount_values(amount, currency),
            "paid": self._amount_values(application.amount_paid, currency),
            "date_submitted": self._format_date_cn(application.date_submitted),
            "date_decided": self._format_date_cn(application.date_decided),
            "date_paid": self._format_date_cn(application.date_paid),
            "decided_by": application.decided_by_id.name or "",
        }


class ReportSigningSummary(models.AbstractModel):
    """Signing events report the office sends up (集中签约情况, 002 二(三)).

    Per event, per station and per township: projects, contracted
    investment and funds landed; per year, the events held against the
    yearly target.  Totals come from read_group with the reader's rights.
    """

    _name = "report.liaison_service_reports.report_signing_summary"
    _inherit = "liaison.project.form.report"
    _description = "Signing Events Report"

    def _group(self, events, field):
        rows = self.env["liaison.signing.project"]._read_group(
            [("event_id", "in", events.ids)],
            [field],
            ["__count", "contracted_investment:sum", "funds_landed:sum"],
        )
        result = []
        for key, count, contracted, landed in rows:
            if isinstance(key, models.BaseModel):
                label = key.display_name if key else self.env._("(none)")
            else:
                label = key or self.env._("(none)")
            result.append(
                {
                    "key": key,
                    "label": label,
                    "count": count,
                    "contracted": contracted,
                    "landed": landed,
                }
            )
        return result

    @api.model
    def _get_report_values(self, docids, data=None):
        report = self.with_context(lang=self._get_form_lang())
        events = report.env["liaison.signing.event"].browse(docids).sorted("date")
        currency = events[:1].currency_id or report.env.company.currency_id
        by_event = {row["key"].id: row for row in report._group(events, "event_id")}
        years = dict(
            report.env["liaison.signing.event"]._read_group(
                [("year", "in", list(set(events.mapped("year"))))],
                ["year"],
                ["__count"],
            )
        )
        target = report.env["liaison.signing.event"]._yearly_target()

        def fmt(amount):
            return report._amount_values(amount, currency)["figure"] or "0"

        event_rows = []
        for event in events:
            row = by_event.get(event.id, {})
            event_rows.append(
                {
                    "date": report._format_date_cn(event.date),
                    "name": event.name,
                    "count": row.get("count", 0),
                    "contracted": fmt(row.get("contracted", 0)),
                    "landed": fmt(row.get("landed", 0)),
                }
            )
        totals = {
            "count": sum(r.get("count", 0) for r in by_event.values()),
            "contracted": fmt(sum(r.get("contracted", 0) for r in by_event.values())),
            "landed": fmt(sum(r.get("landed", 0) for r in by_event.values())),
        }
        stations = [
            dict(r, contracted=fmt(r["contracted"]), landed=fmt(r["landed"]))
            for r in report._group(events, "station_id")
        ]
        townships = [
            dict(r, contracted=fmt(r["contracted"]), landed=fmt(r["landed"]))
            for r in report._group(events, "region_id")
        ]
        return {
            "doc_ids": docids,
            "doc_model": "liaison.signing.event",
            "docs": events,
            "form_lang": report._get_form_lang(),
            "title": report.env._("Report on the Signing Events of Returnee Projects"),
            "events": event_rows,
            "totals": totals,
            "stations": stations,
            "townships": townships,
            "years": [
                {
                    "year": year,
                    "count": years.get(year, 0),
                    "target": target,
                    "met": years.get(year, 0) >= target,
                }
                for year in sorted(years)
            ],
        }


class ReportTownshipRanking(models.AbstractModel):
    """Township appraisal ranking (镇街返乡创业考核排名) the office prints."""

    _name = "report.liaison_service_reports.report_township_ranking"
    _inherit = "liaison.project.form.report"
    _description = "Township Appraisal Ranking"

    @api.model
    def _get_report_values(self, docids, data=None):
        report = self.with_context(lang=self._get_form_lang())
        rows = report.env["liaison.township.appraisal"].browse(docids)
        rows = rows.sorted(lambda r: (-r.year, r.county_id.id, r.rank, r.region_id.id))
        groups = []
        for row in rows:
            key = (row.year, row.county_id.display_name or "")
            if not groups or groups[-1]["key"] != key:
                groups.append(
                    {
                        "key": key,
                        "title": report.env._(
                            "%(year)s Township Appraisal of Returnee Entrepreneurship"
                            " - %(county)s",
                            year=row.year,
                            county=row.county_id.name or "",
                        ),
                        "rows": [],
                    }
                )
            groups[-1]["rows"].append(row)
        return {
            "doc_ids": docids,
            "doc_model": "liaison.township.appraisal",
            "docs": rows,
            "form_lang": report._get_form_lang(),
            "groups": groups,
        }
