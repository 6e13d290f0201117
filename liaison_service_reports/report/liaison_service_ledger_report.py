# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, models

STATUSES = ("negotiating", "construction", "completed")


class ReportServiceLedger(models.AbstractModel):
    """Service ledger (工作台账, 000 §五(四) 附件4) of the projects printed.

    Projects by status 在谈 / 在建 / 竣工, each with its dated status history,
    investment, funds landed, checklist progress and open issues; subtotals
    per status and a grand total from read_group.  The data is read with the
    reader's rights in a fixed number of queries; the status history comes
    from the projects' tracking, read after an access check on the projects.
    """

    _name = "report.liaison_service_reports.report_service_ledger"
    _description = "Service Ledger"

    @api.model
    def _status_history(self, projects):
        """{project id: [(date, status label)]}, oldest first, in one query."""
        projects.check_access("read")
        field = self.env["ir.model.fields"]._get("liaison.project", "status")
        self.env.cr.execute(
            """
            SELECT m.res_id, m.date, v.old_value_char, v.new_value_char
              FROM mail_tracking_value v
              JOIN mail_message m ON m.id = v.mail_message_id
             WHERE v.field_id = %s AND m.model = 'liaison.project'
               AND m.res_id = ANY(%s)
          ORDER BY m.date, v.id
            """,
            [field.id, projects.ids],
        )
        tracked = self.env.cr.fetchall()
        labels = self._status_labels()
        # Tracking keeps the label of the writer's language: map it back.
        by_text = {}
        for lang in ("en_US", "zh_CN"):
            selection = (
                self.env["liaison.project"]
                .with_context(lang=lang)
                ._fields["status"]
                ._description_selection(self.with_context(lang=lang).env)
            )
            by_text.update({text: key for key, text in selection})
        changes = {}
        for res_id, when, old, new in tracked:
            changes.setdefault(res_id, []).append(
                (
                    when.date(),
                    labels.get(by_text.get(old), old),
                    labels.get(by_text.get(new), new),
                )
            )
        history = {}
        for project in projects:
            created = project.create_date and project.create_date.date()
            steps = changes.get(project.id, [])
            first = steps[0][1] if steps else labels.get(project.status)
            history[project.id] = [(created, first)] + [
                (day, new) for day, _old, new in steps
            ]
        return history

    @api.model
    def _status_labels(self):
        field = self.env["liaison.project"]._fields["status"]
        return dict(field._description_selection(self.env))

    @api.model
    def _ledger_data(self, projects):
        """Sections per status with rows, subtotals and the grand total."""
        Project = self.env["liaison.project"]
        projects = projects.with_env(self.env)
        history = self._status_history(projects)
        open_issues = {
            project.id: count
            for project, count in self.env["liaison.issue"]._read_group(
                [
                    ("project_id", "in", projects.ids),
                    ("is_closed", "=", False),
                    ("stage_id.is_rejected", "=", False),
                ],
                ["project_id"],
                ["__count"],
            )
        }
        totals = {
            status: (count, investment, landed)
            for status, count, investment, landed in Project._read_group(
                [("id", "in", projects.ids)],
                ["status"],
                ["__count", "investment_amount:sum", "funds_landed:sum"],
            )
        }
        labels = self._status_labels()
        sections = []
        number = 0
        for status in STATUSES:
            rows = []
            for project in projects.filtered(lambda p, s=status: p.status == s).sorted(
                lambda p: (p.region_id.complete_name or "", p.name or "", p.id)
            ):
                number += 1
                rows.append(
                    {
                        "number": number,
                        "project": project,
                        "history": history.get(project.id, []),
                        "open_issues": open_issues.get(project.id, 0),
                    }
                )
            count, investment, landed = totals.get(status, (0, 0.0, 0.0))
            sections.append(
                {
                    "status": status,
                    "label": labels[status],
                    "rows": rows,
                    "count": count,
                    "investment": investment or 0.0,
                    "funds_landed": landed or 0.0,
                }
            )
        return {
            "sections": sections,
            "count": sum(s["count"] for s in sections),
            "investment": sum(s["investment"] for s in sections),
            "funds_landed": sum(s["funds_landed"] for s in sections),
        }

    @api.model
    def _get_report_values(self, docids, data=None):
        forms = self.env["liaison.form.report"]
        report = self.with_context(lang=forms._get_form_lang())
        projects = report.env["liaison.project"].browse(docids)
        return forms._table_report_values(
            projects,
            projects.region_id,
            ledger=report._ledger_data(projects),
            officers=", ".join(projects.main_officer_id.mapped("name")),
            format_date=forms._format_date_cn,
        )
