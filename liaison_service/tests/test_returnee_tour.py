# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import HttpCase, new_test_user, tagged

from odoo.addons.base.tests.common import DISABLED_MAIL_CONTEXT


@tagged("post_install", "-at_install")
class TestReturneeTour(HttpCase):
    """The office imports a sheet, finds an investor, opens a consultation."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, **DISABLED_MAIL_CONTEXT))
        Region = cls.env["liaison.region"]
        county = Region.create(
            {"name": "Tour County", "code": "TR1", "level": "county"}
        )
        cls.township = Region.create(
            {
                "name": "Tour Township",
                "code": "TR101",
                "level": "township",
                "parent_id": county.id,
            }
        )
        cls.office = new_test_user(
            cls.env,
            login="tour_office",
            groups="base.group_user,liaison_service.group_office",
            lang="en_US",
        )
        cls.office.liaison_region_ids = county

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
