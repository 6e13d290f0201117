# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import lxml.html

from odoo import api, http, models

from ..tools.cjk_text_layer import fix_text_layer

# Reports of these addons print a selection of records as one page body.
LIAISON_ADDONS = (
    "liaison_service",
    "liaison_service_reports",
    "liaison_service_portal",
)
# Each record's form starts on a new page of the single body.
RECORD_BREAK = "page-break-before: always;"
ARTICLES = "//div[contains(concat(' ', normalize-space(@class), ' '), ' article ')]"
DOCTYPE = "<!DOCTYPE html>"


class IrActionsReport(models.Model):
    """Two steps added to every wkhtmltopdf run.

    - The text layer: the PDF's ToUnicode CMaps are rewritten so that copying,
      searching and screen readers get the ideographs the page shows, not the
      CJK radicals Qt's reverse mapping of Noto CJK picks (see
      ``tools/cjk_text_layer.py``).  Applies to every PDF report.
    - A selection of records of a liaison report is printed as one HTML body
      (one article), each record's form starting on a new page.  Debian's
      wkhtmltopdf 0.12.6 (Qt without the wkhtmltopdf patches) exits 1 and
      writes nothing when given more than one body.  One body also costs one
      process start and one ``report.print_delay`` for the whole job instead
      of one per record, and one rendering of the layout (Odoo renders it,
      with a query, per body).  The forms use ``web.basic_layout``: there is
      no header or footer to pick per record.
    """

    _inherit = "ir.actions.report"

    def _prepare_html(self, html, report_model=False):
        """One article, hence one page body, for a selection of liaison forms.

        The articles of the records after the first move into the first one,
        each starting on a new page.  The records' ids are still returned one
        per form, for Odoo's split of the PDF per record.
        """
        if not self._is_liaison_report(self):
            return super()._prepare_html(html, report_model=report_model)
        root = lxml.html.fromstring(html, parser=lxml.html.HTMLParser(encoding="utf-8"))
        articles = root.xpath(ARTICLES)
        res_ids = [
            int(article.get("data-oe-id", 0))
            if article.get("data-oe-model") == report_model
            else None
            for article in articles
        ]
        for article in articles[1:]:
            record = lxml.html.Element("div", style=RECORD_BREAK)
            record.extend(list(article))
            articles[0].append(record)
            article.getparent().remove(article)
        if len(articles) > 1:
            html = lxml.html.tostring(root, encoding="utf-8", doctype=DOCTYPE)
        bodies, __, header, footer, args = super()._prepare_html(
            html, report_model=report_model
        )
        return bodies, res_ids or __, header, footer, args

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
        # wkhtmltopdf fetches the report assets with parallel requests, each of
        # which would load every addon's manifest for ``root.statics`` when no
        # request has yet; CPython 3.11's parser, run in two threads at once,
        # then fails ("AST constructor recursion depth mismatch").  Load them
        # here first, once per process.
        __ = http.root.statics
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
        """Whether ``report_ref`` (a report or its reference) is a liaison form."""
        if not report_ref:
            return False
        report = (
            report_ref
            if isinstance(report_ref, models.BaseModel)
            else self._get_report(report_ref)
        )
        return report.report_name.split(".")[0] in LIAISON_ADDONS
