# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import io
from urllib.parse import urlencode

from odoo import api, models
from odoo.tools.misc import xlsxwriter

from ..tools.xlsx_sheet import (
    HEADER_FORMAT,
    TITLE_FORMAT,
    TOTAL_FORMAT,
    write_sheet_head,
)

LEDGER_REPORT = "report.liaison_service_reports.report_service_ledger"
ROSTER_REPORT = "report.liaison_service_reports.report_key_enterprise_roster"


class LiaisonFieldWorkXlsxExport(models.AbstractModel):
    """The service ledger (000 附件4) and the roster (003 附件3) as XLSX.

    The rows are those of the printed forms (same builders, same reader's
    rights); amounts are in yuan, with subtotals per status and a total.
    """

    _name = "liaison.field.work.xlsx.export"
    _description = "Field Work XLSX Export"

    @api.model
    def _formats(self, workbook):
        return {
            "title": workbook.add_format(TITLE_FORMAT),
            "header": workbook.add_format(HEADER_FORMAT),
            "cell": workbook.add_format(
                {"border": 1, "valign": "top", "text_wrap": True}
            ),
            "money": workbook.add_format({"border": 1, "num_format": "#,##0.00"}),
            "total": workbook.add_format(TOTAL_FORMAT),
            "total_money": workbook.add_format(
                {**TOTAL_FORMAT, "num_format": "#,##0.00"}
            ),
        }

    @api.model
    def _new_workbook(self):
        """``(buffer, workbook, formats)`` of a workbook written in memory."""
        buffer = io.BytesIO()
        workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
        return buffer, workbook, self._formats(workbook)

    @api.model
    def _generate_ledger_xlsx(self, projects):
        """The service ledger workbook of ``projects`` as bytes."""
        ledger = self.env[LEDGER_REPORT]._ledger_data(projects)
        buffer, workbook, fmt = self._new_workbook()
        sheet = workbook.add_worksheet(self.env._("Service Ledger"))
        headers = [
            (self.env._("No."), 6),
            (self.env._("Project"), 30),
            (self.env._("Enterprise"), 28),
            (self.env._("Region"), 20),
            (self.env._("Officer"), 12),
            (self.env._("Project Status"), 10),
            (self.env._("Status History"), 36),
            (self.env._("Total Investment (yuan)"), 16),
            (self.env._("Funds Landed (yuan)"), 16),
            (self.env._("Checklist Progress (%)"), 12),
            (self.env._("Open Issues"), 10),
        ]
        write_sheet_head(
            sheet,
            self.env._("Service Ledger of Liaison Officers"),
            headers,
            fmt["title"],
            fmt["header"],
        )
        sheet.freeze_panes(2, 0)
        row = 2
        for section in ledger["sections"]:
            for line in section["rows"]:
                project = line["project"]
                history = "\n".join(
                    f"{day or ''} {label or ''}".strip()
                    for day, label in line["history"]
                )
                values = [
                    line["number"],
                    project.name,
                    project.partner_id.name or "",
                    project.region_id.complete_name or "",
                    project.main_officer_id.name or "",
                    section["label"],
                    history,
                ]
                for col, value in enumerate(values):
                    sheet.write(row, col, value, fmt["cell"])
                sheet.write_number(row, 7, project.investment_amount, fmt["money"])
                sheet.write_number(row, 8, project.funds_landed, fmt["money"])
                sheet.write_number(
                    row, 9, round(project.checklist_progress, 1), fmt["cell"]
                )
                sheet.write_number(row, 10, line["open_issues"], fmt["cell"])
                row += 1
            label = self.env._("Subtotal %(status)s", status=section["label"])
            sheet.write(row, 0, label, fmt["total"])
            sheet.write_number(row, 1, section["count"], fmt["total"])
            sheet.write_number(row, 7, section["investment"], fmt["total_money"])
            sheet.write_number(row, 8, section["funds_landed"], fmt["total_money"])
            row += 1
        sheet.write(row, 0, self.env._("Total"), fmt["total"])
        sheet.write_number(row, 1, ledger["count"], fmt["total"])
        sheet.write_number(row, 7, ledger["investment"], fmt["total_money"])
        sheet.write_number(row, 8, ledger["funds_landed"], fmt["total_money"])
        workbook.close()
        return buffer.getvalue()

    @api.model
    def _generate_roster_xlsx(self, lines):
        """The roster workbook (003 附件3) of roster ``lines`` as bytes."""
        rows = self.env[ROSTER_REPORT]._roster_rows(lines)
        buffer, workbook, fmt = self._new_workbook()
        sheet = workbook.add_worksheet(self.env._("Service Roster"))
        headers = [
            (self.env._("No."), 6),
            (self.env._("Enterprise"), 30),
            (self.env._("Chief Service Officer"), 14),
            (self.env._("Work Unit"), 24),
            (self.env._("Phone"), 14),
            (self.env._("Sub-contracting Staff"), 14),
            (self.env._("Work Unit"), 24),
            (self.env._("Phone"), 14),
        ]
        write_sheet_head(
            sheet,
            self.env._("Chief Service Officers and Sub-contracting Staff"),
            headers,
            fmt["title"],
            fmt["header"],
        )
        for row_index, row in enumerate(rows, start=2):
            sheet.write_number(row_index, 0, row["number"], fmt["cell"])
            sheet.write(row_index, 1, row["enterprise"].name, fmt["cell"])
            for offset, role in ((2, "chief"), (5, "staff")):
                people = row[role]
                for col, key in enumerate(("name", "unit", "phone")):
                    sheet.write(
                        row_index,
                        offset + col,
                        "\n".join(person[key] for person in people),
                        fmt["cell"],
                    )
        workbook.close()
        return buffer.getvalue()

    @api.model
    def _action_download(self, route, records):
        query = urlencode({"ids": ",".join(str(i) for i in records.ids)})
        return {
            "type": "ir.actions.act_url",
            "url": f"{route}?{query}",
            "target": "download",
        }
