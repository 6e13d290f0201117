# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import AccessError
from odoo.tests import tagged

from .test_service_flow import ServiceCommon


@tagged("post_install", "-at_install")
class TestServiceAccess(ServiceCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.agreement_a = cls.Agreement.create({"project_id": cls.project_a.id})
        cls.agreement_a2 = cls.Agreement.create({"project_id": cls.project_a2.id})
        cls.agreement_b = cls.Agreement.create({"project_id": cls.project_b.id})
        cls.delivery_a = cls.Delivery.create(
            {"project_id": cls.project_a.id, "results": "Permit"}
        )
        cls.delivery_b = cls.Delivery.create(
            {"project_id": cls.project_b.id, "results": "Permit"}
        )
        cls.consultation_a, cls.consultation_b = cls.env["liaison.consultation"].create(
            [
                {
                    "partner_id": cls.enterprise_a.id,
                    "region_id": cls.county_a.id,
                    "question": "Q",
                },
                {
                    "partner_id": cls.enterprise_b.id,
                    "region_id": cls.county_b.id,
                    "question": "Q",
                },
            ]
        )

    def _visible(self, user, model):
        return self.env[model].with_user(user).search([])

    def test_officer_sees_its_projects(self):
        """An officer sees only the agreements and deliveries of its projects."""
        self.assertEqual(
            self._visible(self.user_officer_a, "liaison.agreement"), self.agreement_a
        )
        self.assertEqual(
            self._visible(self.user_officer_a2, "liaison.agreement"), self.agreement_a2
        )
        self.assertEqual(
            self._visible(self.user_officer_a, "liaison.delivery"), self.delivery_a
        )
        with self.assertRaises(AccessError):
            self.agreement_b.with_user(self.user_officer_a).read(["matter"])
        with self.assertRaises(AccessError):
            self.agreement_a2.with_user(self.user_officer_a).matter = "x"

    def test_county_offices(self):
        """County A's office sees nothing of county B."""
        for model, record_b in (
            ("liaison.agreement", self.agreement_b),
            ("liaison.delivery", self.delivery_b),
            ("liaison.consultation", self.consultation_b),
        ):
            visible = self._visible(self.user_office_a, model)
            self.assertTrue(visible)
            self.assertNotIn(record_b, visible)
        with self.assertRaises(AccessError):
            self.agreement_b.with_user(self.user_office_a).read(["matter"])
        self.assertIn(
            self.agreement_b, self._visible(self.user_office_b, "liaison.agreement")
        )

    def test_portal_own_company(self):
        """A portal user reads only its own company's agreements and deliveries."""
        self.assertEqual(
            self._visible(self.user_portal_a, "liaison.agreement"),
            self.agreement_a | self.agreement_a2,
        )
        self.assertEqual(
            self._visible(self.user_portal_a, "liaison.delivery"), self.delivery_a
        )
        self.assertEqual(
            self._visible(self.user_portal_a, "liaison.consultation"),
            self.consultation_a,
        )
        with self.assertRaises(AccessError):
            self.agreement_b.with_user(self.user_portal_a).read(["matter"])
        with self.assertRaises(AccessError):
            self.agreement_a.with_user(self.user_portal_a).matter = "x"
        self.assertFalse(self._visible(self.user_portal, "liaison.agreement"))

    def test_department_no_access(self):
        """A department user has no access to the service flow."""
        for model in ("liaison.agreement", "liaison.delivery", "liaison.dispatch"):
            with self.assertRaises(AccessError):
                self.env[model].with_user(self.user_department_a).search([])

    def test_project_form_counts(self):
        """Smart-button counts follow the reader's access."""
        self.assertEqual(self.project_a.agreement_count, 1)
        self.assertEqual(self.project_a.delivery_count, 1)
        project = self.project_a.with_user(self.user_portal_a)
        self.assertEqual(project.agreement_count, 1)
