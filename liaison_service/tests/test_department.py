# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import LiaisonCommon


@tagged("post_install", "-at_install")
class TestDepartment(LiaisonCommon):
    def test_code_unique_within_region(self):
        """A department code is unique in its region, archived ones included."""
        Department = self.env["liaison.department"]
        count = Department.with_context(active_test=False).search_count([])
        with self.assertRaisesText(ValidationError, "already used by County A Land"):
            Department.create(
                {"name": "Copy", "code": "A-LAND", "region_id": self.county_a.id}
            )
        self.dept_a.active = False
        with self.assertRaises(ValidationError):
            Department.create(
                {"name": "Copy", "code": "A-LAND", "region_id": self.county_a.id}
            )
        self.assertEqual(
            Department.with_context(active_test=False).search_count([]), count
        )
        same_code_elsewhere = Department.create(
            {"name": "County B copy", "code": "A-LAND", "region_id": self.county_b.id}
        )
        self.assertTrue(same_code_elsewhere)

    def test_blank_code_refused(self):
        """A code made of spaces is no code."""
        with self.assertRaisesText(ValidationError, "needs a code"):
            self.dept_a.write({"code": "   "})
        self.assertEqual(self.dept_a.code, "A-LAND")

    def test_region_required_and_kept(self):
        """A department's region cannot be deleted while the department exists."""
        with self.assertRaisesText(UserError, "archive it instead"):
            self.county_a.unlink()
        self.assertTrue(self.county_a.exists())
        self.assertEqual(self.dept_a.region_id, self.county_a)

    def test_department_with_users_is_archived_not_deleted(self):
        """A department that has users cannot be deleted."""
        with self.assertRaisesText(UserError, "still has users"):
            self.dept_a.unlink()
        self.assertTrue(self.dept_a.exists())
        self.dept_a2.unlink()
        self.assertFalse(self.dept_a2.exists())

    def test_contact_phone_is_the_partner_phone(self):
        """Phone and e-mail are those of the contact partner."""
        partner = self.env["res.partner"].create(
            {
                "name": "County A Land Bureau",
                "is_company": True,
                "phone": "0839-1234567",
            }
        )
        self.dept_a.partner_id = partner
        self.assertEqual(self.dept_a.phone, "0839-1234567")
        self.dept_a.email = "land@a.example.gov.cn"
        self.assertEqual(partner.email, "land@a.example.gov.cn")
