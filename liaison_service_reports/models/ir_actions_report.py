# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import lxml.html

from odoo import api, models

from ..tools.cjk_text_layer import fix_text_layer

# Reports of these addons print a selection of records as one page body.
LIAISON_ADDONS = (
    "liaison_service",
    "liaison_service_reports",
    "liaison_service_portal",
)
# Each record's form starts on a new page of the single body.
RECORD_BREAK = "page-break-before: always;"


class IrActionsReport(models.Model):
    """Two steps added to every wkhtmltopdf run.

    - The text layer: the PDF's ToUnicode CMaps are rewritten so that copying,
      searching and screen readers get the ideographs the page shows, not the
      CJK radicals Qt's reverse mapping of Noto CJK picks (see
      ``tools/cjk_text_layer.py``).  Applies to every PDF report.
    - A selection of records of a liaison report is printed as one HTML body,
      each record's form starting on a new page.  Debian's wkhtmltopdf 0.12.6
      (Qt without the wkhtmltopdf patches) exits 1 and writes nothing when
      given more than one body; one body also costs one process start and one
      ``report.print_delay`` for the whole job instead of one per record.  The
      forms use ``web.basic_layout`` (no header or footer to pick per record).
    """

    _inherit = "ir.actions.report"

    @api.model
    def _run_wkhtmltopdf(
        self,
        bodies,
        report_ref=False,
        header=None,
        footer=None,
        landscape=False,
        specific_paperformat_args=None,
        set_viewport_size=False,
    ):
        if len(bodies) > 1 and self._is_liaison_report(report_ref):
            bodies = [self._join_bodies(bodies)]
        pdf = super()._run_wkhtmltopdf(
            bodies,
            report_ref=report_ref,
            header=header,
            footer=footer,
            landscape=landscape,
            specific_paperformat_args=specific_paperformat_args,
            set_viewport_size=set_viewport_size,
        )
        return fix_text_layer(pdf) if pdf else pdf

    @api.model
    def _is_liaison_report(self, report_ref):
        if not report_ref:
            return False
        report = self._get_report(report_ref)
        return report.report_name.split(".")[0] in LIAISON_ADDONS

    @api.model
    def _join_bodies(self, bodies):
        """One HTML document holding every body's content, a page break between.

        The bodies are the same layout rendered for each record: the first one
        keeps its head (assets), the others give their body's children.
        """
        documents = [lxml.html.document_fromstring(body) for body in bodies]
        target = documents[0].body
        for document in documents[1:]:
            record = lxml.html.Element("div", style=RECORD_BREAK)
            record.extend(list(document.body))
            target.append(record)
        return lxml.html.tostring(
            documents[0], encoding="unicode", doctype="<!DOCTYPE html>"
        )
