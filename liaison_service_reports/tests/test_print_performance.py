# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import io
import logging

from odoo.tests import tagged
from odoo.tools.pdf import PdfFileReader

from .common import PdfCase
from odoo.addons.liaison_service.tests.common import officer_batch_vals

_logger = logging.getLogger(__name__)
CARD = "liaison_service_reports.action_report_officer_card"


@tagged("post_install", "-at_install")
class TestPrintPerformance(PdfCase):
    """A print job of 50 forms costs the queries of a job of 5 (issue 12)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._disable_mail()
        city = cls._region("江源市", "Q519900", "city")
        county = cls._region("安平县", "Q519921", parent=city)
        department = cls._department("安平县发展和改革局", "Q-DRC", county)
        cls.officers = cls.env["liaison.officer"].create(
            officer_batch_vals(50, department, county, "联络员{n:02d}", "139083{n:05d}")
        )
        cls._appoint(cls.officers)

    def _print(self, officers):
        """(queries, pages) of one print job of the officers' work ID cards."""
        self.env.invalidate_all()
        queries, pdf = self.count_queries(self.render_pdf, CARD, officers)
        return queries, len(PdfFileReader(io.BytesIO(pdf)).pages)

    def test_print_job_queries_do_not_grow(self):
        """Work ID cards of 5 or 50 officers: one PDF, as many queries."""
        self._print(self.officers[:5])  # warm the caches of rules, views, assets
        few, few_pages = self._print(self.officers[:5])
        many, many_pages = self._print(self.officers)
        # A card is a front and a back page.
        self.assertEqual((few_pages, many_pages), (10, 100))
        _logger.info("Print job queries: 5 cards %s, 50 cards %s", few, many)
        self.assertEqual(many, few, f"5 cards: {few} queries, 50 cards: {many}")
