# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import tagged

from .common import LiaisonHttpCase


@tagged("post_install", "-at_install")
class TestReturneeTour(LiaisonHttpCase):
    """The office imports a sheet, finds an investor, opens a consultation."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        county = cls._region("Tour County", "TR1")
        cls.township = cls._region("Tour Township", "TR101", "township", county)
        cls.office = cls._user("tour_office", "group_office", county, lang="en_US")

    def test_office_import_and_consultation_tour(self):
        """Import through the screen, filter, open a consultation."""
        self.start_tour(
            "/odoo", "liaison_returnee_import_tour", login="tour_office", timeout=180
        )
        Person = self.env["liaison.returnee.person"]
        investor = Person.search([("phone", "=", "13812345671")])
        self.assertEqual(investor.region_id, self.township)
        self.assertEqual(investor.intention, "invest")
        self.assertTrue(investor.consultation_id)
        self.assertEqual(investor.consultation_id.applicant_name, "Tour Investor")
        self.assertEqual(Person.search_count([("region_id", "=", self.township.id)]), 2)
