# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, models


class ReportIssueMonthlySummary(models.AbstractModel):
    """The office's monthly summary of the issue ledger to the leadership
    group (003 五(三): 每月末将问题办理情况报领导小组).

    Built from the issues printed (for instance the list filtered on a month)
    with three read_group calls, as the reader: per nature category, how many
    issues, closed out, still open and overdue; and the same per region.
    """

    _name = "report.liaison_service_reports.report_issue_monthly_summary"
    _description = "Monthly Issue Ledger Summary"

    @api.model
    def _summary(self, issues, groupby):
        Issue = self.env["liaison.issue"].with_context(active_test=False)
        base = [("id", "in", issues.ids)]

        def counts(domain):
            return dict(Issue._read_group(base + domain, [groupby], ["__count"]))

        total = counts([])
        closed = counts([("is_closed", "=", True)])
        overdue = counts([("is_overdue", "=", True)])
        rows = []
        for key in sorted(total, key=lambda rec: (rec.display_name or "", rec.id)):
            rows.append(
                {
                    "label": key.display_name or self.env._("Unclassified"),
                    "total": total[key],
                    "closed": closed.get(key, 0),
                    "open": total[key] - closed.get(key, 0),
                    "overdue": overdue.get(key, 0),
                }
            )
        totals = {
            name: sum(row[name] for row in rows)
            for name in ("total", "closed", "open", "overdue")
        }
        return {"rows": rows, "totals": totals}

    @api.model
    def _get_report_values(self, docids, data=None):
        forms = self.env["liaison.form.report"]
        report = self.with_context(lang=forms._get_form_lang())
        issues = report.env["liaison.issue"].browse(docids)
        # Refuse, rather than print an empty summary of unreadable issues.
        issues.check_access("read")
        dates = [d for d in issues.mapped("create_date") if d]
        return forms._table_report_values(
            issues,
            issues.region_id,
            by_category=report._summary(issues, "category_id"),
            by_region=report._summary(issues, "region_id"),
            period_from=min(dates).date() if dates else None,
            period_to=max(dates).date() if dates else None,
        )
