# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""The look shared by the XLSX exports: a title, then a header row."""

TITLE_FORMAT = {"bold": True, "font_size": 14}
HEADER_FORMAT = {
    "bold": True,
    "bg_color": "#D9E1F2",
    "border": 1,
    "align": "center",
    "valign": "vcenter",
    "text_wrap": True,
}
TOTAL_FORMAT = {"bold": True, "border": 1}


def write_sheet_head(sheet, title, headers, title_format, header_format):
    """``title`` in the first cell, then the ``headers`` ``[(label, width)]``
    on the second row, each column set to its width."""
    sheet.write_string(0, 0, title, title_format)
    for col, (header, width) in enumerate(headers):
        sheet.set_column(col, col, width)
        sheet.write_string(1, col, header, header_format)
