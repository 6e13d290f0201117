# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import LiaisonCommon


@tagged("post_install", "-at_install")
class TestSigningEvent(LiaisonCommon):
    """An event with three signed projects: totals, funds landed, projects."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.partner = cls.env["res.partner"].create(
            {"name": "Signed Enterprise", "is_company": True}
        )
        Station = cls.env["liaison.returnee.station"]
        cls.guangzhou = Station.create(
            {
                "name": "Guangzhou Station",
                "city": "Guangzhou",
                "region_id": cls.county_a.id,
            }
        )
        cls.kunming = Station.create(
            {"name": "Kunming Station", "city": "Kunming", "region_id": cls.county_a.id}
        )
        cls.li_ming = cls.env["liaison.returnee.person"].create(
            {"name": "Li Ming", "phone": "13800000009", "region_id": cls.township_a.id}
        )
        cls.event = cls.env["liaison.signing.event"].create(
            {
                "name": "Spring Signing",
                "date": "2026-03-18",
                "region_id": cls.county_a.id,
            }
        )
        Signed = cls.env["liaison.signing.project"]
        cls.p1 = Signed.create(
            {
                "name": "Cold Chain",
                "event_id": cls.event.id,
                "partner_id": cls.partner.id,
                "station_id": cls.guangzhou.id,
                "region_id": cls.township_a.id,
                "contracted_investment": 30000000,
            }
        )
        cls.p2 = Signed.create(
            {
                "name": "E-commerce Base",
                "event_id": cls.event.id,
                "person_id": cls.li_ming.id,
                "station_id": cls.kunming.id,
                "region_id": cls.township_a.id,
                "contracted_investment": 12000000,
            }
        )
        cls.p3 = Signed.create(
            {
                "name": "Herbs",
                "event_id": cls.event.id,
                "station_id": cls.guangzhou.id,
                "region_id": cls.township_b.id,
                "contracted_investment": 5000000,
            }
        )
        Entry = cls.env["liaison.signing.funds.entry"]
        Entry.create(
            [
                {"signing_project_id": cls.p1.id, "date": "2026-05-10", "amount": 8e6},
                {"signing_project_id": cls.p1.id, "date": "2026-09-01", "amount": 2e6},
                {"signing_project_id": cls.p2.id, "date": "2026-06-01", "amount": 1e6},
            ]
        )

    def test_totals_by_hand(self):
        """Event, station and township totals equal the sums worked out by hand."""
        self.assertEqual(self.event.project_count, 3)
        self.assertEqual(self.event.contracted_total, 47000000)
        self.assertEqual(self.event.landed_total, 11000000)
        self.assertEqual(self.p1.funds_landed, 10000000)
        groups = {
            station: (count, contracted, landed)
            for station, count, contracted, landed in self.env[
                "liaison.signing.project"
            ]._read_group(
                [("event_id", "=", self.event.id)],
                ["station_id"],
                ["__count", "contracted_investment:sum", "funds_landed:sum"],
            )
        }
        self.assertEqual(groups[self.guangzhou], (2, 35000000, 10000000))
        self.assertEqual(groups[self.kunming], (1, 12000000, 1000000))
        townships = dict(
            self.env["liaison.signing.project"]._read_group(
                [("event_id", "=", self.event.id)],
                ["region_id"],
                ["contracted_investment:sum"],
            )
        )
        self.assertEqual(townships[self.township_a], 42000000)
        self.assertEqual(townships[self.township_b], 5000000)

    def test_yearly_target(self):
        """One event in the year is shown against the target of two."""
        self.assertEqual(self.event.year, 2026)
        self.assertEqual(self.event.year_target, 2)
        count = self.env["liaison.signing.event"].search_count([("year", "=", 2026)])
        self.assertEqual(self.event.year_event_count, count)

    def test_signed_project_becomes_project(self):
        """A signed project becomes a liaison project under negotiation in one step."""
        self.p1.with_user(self.user_office_a).action_create_project()
        project = self.p1.project_id
        self.assertTrue(project)
        self.assertEqual(project.status, "negotiating")
        self.assertEqual(project.partner_id, self.partner)
        self.assertEqual(project.region_id, self.township_a)
        self.assertEqual(project.investment_amount, 30000000)
        self.assertEqual(project.funds_landed, 10000000)
        self.assertEqual(project.signing_event_id, self.event)
        self.assertEqual(project.signing_station_id, self.guangzhou)
        self.assertIn(project, self.guangzhou.project_ids)
        with self.assertRaises(UserError):
            self.p1.action_create_project()
        with self.assertRaises(UserError):
            self.p2.action_create_project()

    def test_only_office_makes_projects(self):
        """An officer cannot make a signed project a project; nobody forges the link."""
        with self.assertRaises(AccessError):
            self.p1.with_user(self.user_officer_a).action_create_project()
        project = self.env["liaison.project"].create(
            {
                "name": "Other",
                "partner_id": self.partner.id,
                "region_id": self.county_a.id,
            }
        )
        with self.assertRaises(AccessError):
            self.p2.with_user(self.user_office_a).with_context(install_mode=True).write(
                {"project_id": project.id}
            )
        self.assertFalse(self.p1.project_id)
        self.assertFalse(self.p2.project_id)
        # Office B does not see county A's event.
        events = self.env["liaison.signing.event"].with_user(self.user_office_b)
        self.assertFalse(events.search([("id", "=", self.event.id)]))
