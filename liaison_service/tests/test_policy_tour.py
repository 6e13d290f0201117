# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from dateutil.relativedelta import relativedelta

from odoo import fields
from odoo.tests import tagged

from .common import LiaisonHttpCase


@tagged("post_install", "-at_install")
class TestPolicyTour(LiaisonHttpCase):
    """From the screens: the office converts a signed project, the issuing
    department approves an application."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.county = cls._region("Policy Tour County", "PT1")
        cls.township = cls._region(
            "Policy Tour Township", "PT101", "township", cls.county
        )
        cls.department = cls._department("Tour HR Bureau", "PT-HR", cls.county)
        cls.office = cls._user("pt_office", "group_office", cls.county, lang="en_US")
        cls.dept_user = cls._user(
            "pt_dept", "group_department", department=cls.department, lang="en_US"
        )
        partner = cls._company("Tour Enterprise")
        cls.station = cls.env["liaison.returnee.station"].create(
            {"name": "Tour Station", "city": "Guangzhou", "region_id": cls.county.id}
        )
        event = cls.env["liaison.signing.event"].create(
            {"name": "Tour Signing", "region_id": cls.county.id}
        )
        cls.signed = cls.env["liaison.signing.project"].create(
            {
                "name": "Tour Cold Chain",
                "event_id": event.id,
                "partner_id": partner.id,
                "station_id": cls.station.id,
                "region_id": cls.township.id,
                "contracted_investment": 3000000,
            }
        )
        enterprise = cls.env["liaison.returnee.enterprise"].create(
            {
                "partner_id": partner.id,
                "region_id": cls.township.id,
                "licence_date": fields.Date.today() - relativedelta(months=3),
                "employees_contracted": 2,
            }
        )
        policy = cls.env["liaison.policy"].create(
            {
                "name": "Tour Job Subsidy",
                "kind": "job",
                "department_id": cls.department.id,
                "amount_per_job": 2000,
            }
        )
        cls.application = cls.env["liaison.policy.application"].create(
            {
                "enterprise_id": enterprise.id,
                "policy_id": policy.id,
                "jobs_claimed": 2,
            }
        )
        cls.application.action_submit()

    def test_office_converts_signed_project(self):
        """The office makes a liaison project of a signed project from its form."""
        self.start_tour(
            "/odoo/liaison-signed-projects",
            "liaison_signing_project_tour",
            login="pt_office",
            timeout=120,
        )
        project = self.signed.project_id
        self.assertTrue(project)
        self.assertEqual(project.signing_station_id, self.station)
        self.assertEqual(project.status, "negotiating")

    def test_department_approves_application(self):
        """The issuing department approves the application from its form."""
        self.start_tour(
            "/odoo/liaison-policy-applications",
            "liaison_policy_approve_tour",
            login="pt_dept",
            timeout=120,
        )
        self.assertEqual(self.application.state, "approved")
        self.assertEqual(self.application.amount_approved, 4000)
        self.assertEqual(self.application.decided_by_id, self.dept_user)
