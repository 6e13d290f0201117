# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import LiaisonCommon


@tagged("post_install", "-at_install")
class TestRegion(LiaisonCommon):
    def test_complete_name_follows_parent(self):
        """The full name shows the path from the top and follows renames."""
        self.assertEqual(
            self.township_a.complete_name, "Test City / County A / Township A1"
        )
        self.city.name = "Renamed City"
        self.assertEqual(
            self.township_a.complete_name, "Renamed City / County A / Township A1"
        )

    def test_cycle_refused(self):
        """A region cannot be moved under its own descendant; nothing changes."""
        with self.assertRaisesText(ValidationError, "cannot be placed under itself"):
            self.county_a.write({"parent_id": self.township_a.id})
        self.assertEqual(self.county_a.parent_id, self.city)
        with self.assertRaises(ValidationError):
            self.city.write({"parent_id": self.city.id})
        self.assertFalse(self.city.parent_id)

    def test_duplicate_code_in_parent_refused(self):
        """Two children of one parent cannot share a code; other parents can."""
        Region = self.env["liaison.region"]
        before = Region.search_count([])
        with self.assertRaisesText(ValidationError, "already used by the region"):
            Region.create(
                {
                    "name": "Township A2",
                    "code": "A1",
                    "level": "township",
                    "parent_id": self.county_a.id,
                }
            )
        self.assertEqual(Region.search_count([]), before)
        # Same code with whitespace is the same code.
        with self.assertRaises(ValidationError):
            Region.create(
                {
                    "name": "Township A3",
                    "code": " A1 ",
                    "level": "township",
                    "parent_id": self.county_a.id,
                }
            )
        # Archived siblings still hold their code.
        self.township_a.active = False
        with self.assertRaises(ValidationError):
            Region.create(
                {
                    "name": "Township A4",
                    "code": "A1",
                    "level": "township",
                    "parent_id": self.county_a.id,
                }
            )
        other = Region.create(
            {
                "name": "Township B-A1",
                "code": "A1",
                "level": "township",
                "parent_id": self.county_b.id,
            }
        )
        self.assertEqual(other.code, "A1")

    def test_duplicate_root_code_refused(self):
        """Two top-level regions cannot share a code either."""
        with self.assertRaises(ValidationError):
            self.env["liaison.region"].create(
                {"name": "Other City", "code": "T1", "level": "city"}
            )

    def test_level_must_fit_parent(self):
        """A sub-region is exactly one level below its parent; nothing changes."""
        Region = self.env["liaison.region"]
        with self.assertRaisesText(ValidationError, "one level below its parent"):
            Region.create(
                {
                    "name": "Bad",
                    "code": "X",
                    "level": "township",
                    "parent_id": self.city.id,
                }
            )
        with self.assertRaises(ValidationError):
            Region.create(
                {
                    "name": "Bad",
                    "code": "X",
                    "level": "city",
                    "parent_id": self.county_a.id,
                }
            )
        with self.assertRaises(ValidationError):
            Region.create(
                {
                    "name": "Bad",
                    "code": "X",
                    "level": "county",
                    "parent_id": self.township_a.id,
                }
            )
        # Changing a parent's level must still fit its children.
        with self.assertRaises(ValidationError):
            self.county_a.write({"level": "township"})
        self.assertEqual(self.county_a.level, "county")
        # Moving a township under a city does not fit either.
        with self.assertRaises(ValidationError):
            self.township_a.write({"parent_id": self.city.id})
        self.assertEqual(self.township_a.parent_id, self.county_a)

    def test_department_count_and_action(self):
        """The stat button counts the region's departments and opens them."""
        self.assertEqual(self.county_a.department_count, 2)
        action = self.county_a.action_view_departments()
        self.assertEqual(action["res_model"], "liaison.department")
        departments = self.env["liaison.department"].search(action["domain"])
        self.assertEqual(departments, self.dept_a | self.dept_a2)
        city_departments = self.env["liaison.department"].search(
            self.city.action_view_departments()["domain"]
        )
        self.assertEqual(
            city_departments, self.dept_city | self.dept_a | self.dept_a2 | self.dept_b
        )

    def test_used_region_cannot_be_deleted(self):
        """A region with departments or sub-regions is kept (archive instead)."""
        with self.assertRaisesText(UserError, "archive it instead"):
            self.county_b.unlink()
        self.assertTrue(self.county_b.exists())
        self.county_b.active = False
        self.assertFalse(self.county_b.active)
        # An unused region can be deleted.
        self.township_b.unlink()
        self.assertFalse(self.township_b.exists())
