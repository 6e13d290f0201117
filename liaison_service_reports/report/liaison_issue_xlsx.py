# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import io

from odoo import api, fields, models
from odoo.tools import SQL
from odoo.tools.misc import get_lang, xlsxwriter

from ..tools.xlsx_sheet import (
    HEADER_FORMAT,
    TITLE_FORMAT,
    TOTAL_FORMAT,
    write_sheet_head,
)

LEDGER_ROUTE = "/liaison/issues/ledger.xlsx"
# Issues read and written at once.
LEDGER_BATCH = 5000


class LiaisonIssueXlsxExport(models.AbstractModel):
    """Issue ledger (问题台账, 003 五(三)) as an XLSX workbook.

    One sheet lists the issues sorted by region and nature, a second one counts
    them per region × nature (read_group) with totals.  The number of queries
    does not depend on the number of issues.
    """

    _name = "liaison.issue.xlsx.export"
    _description = "Issue Ledger XLSX Export"

    @api.model
    def _ledger_columns(self):
        """[(header, width, kind)] of the detail sheet; ``kind`` says how the
        value of :meth:`_ledger_rows` is written (number, text, date)."""
        return [
            (self.env._("No."), 6, "number"),
            (self.env._("ID"), 8, "number"),
            (self.env._("Subject"), 40, "text"),
            (self.env._("Enterprise"), 28, "text"),
            (self.env._("Region"), 24, "text"),
            (self.env._("Nature"), 22, "text"),
            (self.env._("Type"), 16, "text"),
            (self.env._("Stage"), 14, "text"),
            (self.env._("Owner"), 14, "text"),
            (self.env._("Created On"), 12, "date"),
            (self.env._("Accepted On"), 12, "date"),
            (self.env._("Response Deadline"), 12, "date"),
            (self.env._("Resolution Deadline"), 12, "date"),
            (self.env._("Solved On"), 12, "date"),
            (self.env._("Closed Out On"), 12, "date"),
            (self.env._("Overdue"), 8, "text"),
        ]

    @api.model
    def _ledger_rows(self, ids):
        """Values of the columns after "No." for the issues ``ids``, in order.

        ``ids`` were searched with the reader's rights; the names of the
        related records are their labels, as a grouping shows them (the
        nature, type and stage in the reader's language).  One query.
        """
        lang = get_lang(self.env).code
        yes, no = self.env._("Yes"), self.env._("No")
        self.env.cr.execute(
            SQL(
                """
                SELECT i.id, i.name, p.name, r.complete_name, c.complete_name,
                       COALESCE(t.name->>%(lang)s, t.name->>'en_US'),
                       COALESCE(s.name->>%(lang)s, s.name->>'en_US'),
                       o.name, i.create_date::date, i.date_accepted,
                       i.response_deadline, i.resolution_deadline,
                       i.date_solved, i.date_closed,
                       CASE WHEN i.resolution_deadline < %(today)s
                                 AND i.date_solved IS NULL
                            THEN %(yes)s ELSE %(no)s END
                  FROM unnest(%(ids)s::int[]) WITH ORDINALITY AS x(id, n)
                  JOIN liaison_issue i ON i.id = x.id
                  LEFT JOIN res_partner p ON p.id = i.partner_id
                  LEFT JOIN liaison_region r ON r.id = i.region_id
                  LEFT JOIN liaison_issue_category c ON c.id = i.category_id
                  LEFT JOIN liaison_issue_type t ON t.id = i.type_id
                  LEFT JOIN liaison_issue_stage s ON s.id = i.stage_id
                  LEFT JOIN liaison_officer o ON o.id = i.officer_id
                 ORDER BY x.n
                """,
                lang=lang,
                today=fields.Date.context_today(self),
                yes=yes,
                no=no,
                ids=list(ids),
            )
        )
        return self.env.cr.fetchall()

    @api.model
    def _summary_counts(self, domain):
        """{(region, category): count} of the issues of ``domain``, one query."""
        groups = (
            self.env["liaison.issue"]
            .with_context(active_test=False)
            ._read_group(domain, ["region_id", "category_id"], ["__count"])
        )
        return {(region, category): count for region, category, count in groups}

    @api.model
    def _generate_xlsx(self, issues):
        """The ledger workbook of ``issues`` as bytes."""
        buffer = io.BytesIO()
        self._write_xlsx([("id", "in", issues.ids)], buffer)
        return buffer.getvalue()

    @api.model
    def _write_xlsx(self, domain, output):
        """Write the ledger of the issues of ``domain`` (searched with the
        reader's rights, archived ones included) to the file ``output``.

        Province-sized: the ids are sorted in SQL, the rows are read in
        batches through the ORM (the reader's rights apply) and streamed to the
        workbook in xlsxwriter's constant_memory mode, so memory does not grow
        with the number of rows; the queries grow by one batch per
        ``LEDGER_BATCH`` rows.
        """
        Issue = self.env["liaison.issue"].with_context(active_test=False)
        workbook = xlsxwriter.Workbook(output, {"constant_memory": True})
        title_format = workbook.add_format(TITLE_FORMAT)
        header_format = workbook.add_format(HEADER_FORMAT)
        cell_format = workbook.add_format({"border": 1, "valign": "top"})
        date_format = workbook.add_format(
            {"border": 1, "valign": "top", "num_format": "yyyy-mm-dd"}
        )
        total_format = workbook.add_format(TOTAL_FORMAT)

        # ---- Detail sheet ----
        columns = self._ledger_columns()
        sheet = workbook.add_worksheet(self.env._("Issue Ledger"))
        write_sheet_head(
            sheet,
            self.env._("Issue Ledger"),
            [(header, width) for header, width, _kind in columns],
            title_format,
            header_format,
        )
        sheet.freeze_panes(2, 0)
        # Region, then nature (their own orders: complete names), then id.
        ids = Issue.search(domain, order="region_id, category_id, id").ids
        if ids:
            sheet.autofilter(1, 0, len(ids) + 1, len(columns) - 1)
        kinds = [kind for _header, _width, kind in columns[1:]]
        writers = {
            "number": (sheet.write_number, cell_format),
            "date": (sheet.write_datetime, date_format),
            "text": (sheet.write_string, cell_format),
        }
        writers = [writers[kind] for kind in kinds]
        write_number, write_string = sheet.write_number, sheet.write_string
        Issue.flush_model()
        row = 1
        for start in range(0, len(ids), LEDGER_BATCH):
            for values in self._ledger_rows(ids[start : start + LEDGER_BATCH]):
                row += 1
                write_number(row, 0, row - 1, cell_format)
                for col, ((write, cell), value) in enumerate(
                    zip(writers, values, strict=True), start=1
                ):
                    if value is None or value is False:
                        write_string(row, col, "", cell_format)
                    else:
                        write(row, col, value, cell)

        # ---- Summary sheet: region × nature ----
        counts = self._summary_counts(domain)
        Region = self.env["liaison.region"]
        Category = self.env["liaison.issue.category"]
        regions = Region.union(*(key[0] for key in counts)).sorted(
            lambda r: (r.complete_name or "", r.id)
        )
        categories = Category.union(*(key[1] for key in counts)).sorted(
            lambda c: (c.complete_name or "", c.id)
        )
        # Issues without a nature get their own column.
        category_keys = list(categories)
        if any(not key[1] for key in counts):
            category_keys.append(Category)
        summary = workbook.add_worksheet(self.env._("Summary"))
        write_sheet_head(
            summary,
            self.env._("Issues by Region and Nature"),
            [(self.env._("Region"), 28)]
            + [
                (category.complete_name if category else self.env._("No Nature"), 14)
                for category in category_keys
            ]
            + [(self.env._("Total"), 14)],
            title_format,
            header_format,
        )
        total_col = len(category_keys) + 1
        column_totals = [0] * len(category_keys)
        row = 2
        for row, region in enumerate(regions, start=2):
            summary.write(row, 0, region.complete_name, cell_format)
            row_total = 0
            for col, category in enumerate(category_keys, start=1):
                count = counts.get((region, category), 0)
                summary.write_number(row, col, count, cell_format)
                column_totals[col - 1] += count
                row_total += count
            summary.write_number(row, total_col, row_total, total_format)
        total_row = row + 1 if regions else 2
        summary.write(total_row, 0, self.env._("Total"), total_format)
        for col, count in enumerate(column_totals, start=1):
            summary.write_number(total_row, col, count, total_format)
        summary.write_number(total_row, total_col, sum(column_totals), total_format)

        workbook.close()

    @api.model
    def _action_download(self, issues, domain=None):
        """Client action downloading the ledger (list button).

        The list sends its domain when every record is selected; otherwise the
        selected records.  Either way the browser POSTs it (no id in the URL,
        whatever the size of the selection).
        """
        return {
            "type": "ir.actions.client",
            "tag": "liaison_issue_ledger_download",
            "params": {
                "url": LEDGER_ROUTE,
                "domain": list(domain) if domain else [("id", "in", issues.ids)],
            },
        }
