# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import LiaisonCommon


@tagged("post_install", "-at_install")
class TestAccess(LiaisonCommon):
    """What each role can read, create, write and unlink, and what it must not see."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.regions = (
            cls.city | cls.county_a | cls.township_a | cls.county_b | cls.township_b
        )
        cls.departments = cls.dept_city | cls.dept_a | cls.dept_a2 | cls.dept_b

    def _visible(self, user, records):
        return records.with_user(user).search([("id", "in", records.ids)])

    # ---- Groups ----
    def test_groups_imply_each_other(self):
        """Each group implies the one below it, and all imply internal user."""
        leader = self.user_leader
        for xmlid in (
            "liaison_service.group_office",
            "liaison_service.group_officer",
            "liaison_service.group_department",
            "base.group_user",
        ):
            self.assertTrue(leader.has_group(xmlid), xmlid)
        self.assertFalse(
            self.user_office_a.has_group("liaison_service.group_leadership")
        )
        self.assertFalse(self.user_officer_a.has_group("liaison_service.group_office"))
        self.assertFalse(
            self.user_department_a.has_group("liaison_service.group_officer")
        )
        # The office director (003 五(五)) sits between office and leadership;
        # the discipline-inspection group stands apart: no role implies it.
        self.assertTrue(leader.has_group("liaison_service.group_office_director"))
        self.assertFalse(
            self.user_office_a.has_group("liaison_service.group_office_director")
        )
        self.assertFalse(leader.has_group("liaison_service.group_discipline"))
        category = self.env.ref("liaison_service.module_category_liaison_service")
        groups = self.env["res.groups"].search([("category_id", "=", category.id)])
        self.assertEqual(len(groups), 6)

    # ---- Regions ----
    def test_region_leadership(self):
        """Leadership of the city sees the whole city and may configure it."""
        self.assertEqual(self._visible(self.user_leader, self.regions), self.regions)
        user = self.user_leader
        new = self._region("B2", "B2", "township", self.county_b, user)
        new.write({"name": "Township B2"})
        new.unlink()

    def test_region_office_sees_own_county_only(self):
        """County-A office sees county A and below, nothing of county B or the city."""
        self.assertEqual(
            self._visible(self.user_office_a, self.regions),
            self.county_a | self.township_a,
        )
        self.assertEqual(
            self._visible(self.user_office_b, self.regions),
            self.county_b | self.township_b,
        )
        with self.assertRaises(AccessError):
            self.county_b.with_user(self.user_office_a).read(["name"])
        with self.assertRaises(AccessError):
            self.city.with_user(self.user_office_a).read(["name"])

    def test_region_office_crud_within_jurisdiction(self):
        """Office creates, edits and deletes regions of its county only."""
        user = self.user_office_a
        Region = self.env["liaison.region"].with_user(user)
        new = self._region("A2", "A2", "township", self.county_a, user)
        new.write({"name": "Township A2"})
        self.assertEqual(new.name, "Township A2")
        new.unlink()
        self.assertFalse(new.exists())
        with self.assertRaises(AccessError):
            self._region("X", "X", "township", self.county_b, user)
        with self.assertRaises(AccessError):
            Region.create({"name": "New City", "code": "NC", "level": "city"})
        with self.assertRaises(AccessError):
            self.township_b.with_user(self.user_office_a).write({"name": "Hacked"})
        with self.assertRaises(AccessError):
            self.township_b.with_user(self.user_office_a).unlink()
        self.assertEqual(self.township_b.name, "Township B1")
        # Moving its township to county B would take it out of reach: refused.
        township = self._region("A3", "A3", "township", self.county_a, user)
        with self.assertRaises(AccessError):
            township.write({"parent_id": self.county_b.id})
        self.assertEqual(township.parent_id, self.county_a)

    def test_region_officer_reads_only(self):
        """An officer reads its jurisdiction and cannot change it."""
        self.assertEqual(
            self._visible(self.user_officer_a, self.regions),
            self.county_a | self.township_a,
        )
        with self.assertRaises(AccessError):
            self.township_a.with_user(self.user_officer_a).write({"name": "X"})
        with self.assertRaises(AccessError):
            self._region("X", "X", "township", self.county_a, self.user_officer_a)
        with self.assertRaises(AccessError):
            self.township_a.with_user(self.user_officer_a).unlink()

    def test_region_department_user(self):
        """A department user reads the region of its department, nothing more."""
        self.assertEqual(
            self._visible(self.user_department_a, self.regions), self.county_a
        )
        with self.assertRaises(AccessError):
            self.county_a.with_user(self.user_department_a).write({"name": "X"})

    def test_region_outsiders(self):
        """Portal users and internal users outside the system see no region."""
        for user in (self.user_portal, self.user_internal):
            with self.assertRaises(AccessError):
                self.env["liaison.region"].with_user(user).search([])

    def test_jurisdiction_change_applies_at_once(self):
        """Giving a user another region widens what it sees immediately."""
        self.assertNotIn(self.county_b, self._visible(self.user_office_a, self.regions))
        self.user_office_a.liaison_region_ids |= self.county_b
        self.assertIn(self.county_b, self._visible(self.user_office_a, self.regions))
        self.user_office_a.liaison_region_ids = self.county_a
        self.assertNotIn(self.county_b, self._visible(self.user_office_a, self.regions))

    # ---- Departments ----
    def test_department_leadership_sees_all(self):
        """Leadership of the city sees every department of the city."""
        self.assertEqual(
            self._visible(self.user_leader, self.departments), self.departments
        )

    def test_department_office(self):
        """Office of county A manages the departments of county A only."""
        self.assertEqual(
            self._visible(self.user_office_a, self.departments),
            self.dept_a | self.dept_a2,
        )
        Department = self.env["liaison.department"].with_user(self.user_office_a)
        new = Department.create(
            {"name": "County A Tax", "code": "A-TAX", "region_id": self.township_a.id}
        )
        new.write({"duty": "<p>Tax registration</p>"})
        new.unlink()
        with self.assertRaises(AccessError):
            Department.create(
                {"name": "B Tax", "code": "B-TAX", "region_id": self.county_b.id}
            )
        with self.assertRaises(AccessError):
            self.dept_b.with_user(self.user_office_a).read(["name"])
        with self.assertRaises(AccessError):
            self.dept_b.with_user(self.user_office_a).write({"name": "Hacked"})
        with self.assertRaises(AccessError):
            self.dept_city.with_user(self.user_office_a).unlink()
        # Moving a county-A department to county B would lose it: refused.
        with self.assertRaises(AccessError):
            self.dept_a2.with_user(self.user_office_a).write(
                {"region_id": self.county_b.id}
            )
        self.assertEqual(self.dept_a2.region_id, self.county_a)

    def test_department_officer_reads_jurisdiction(self):
        """An officer reads its county's departments and changes none."""
        self.assertEqual(
            self._visible(self.user_officer_a, self.departments),
            self.dept_a | self.dept_a2,
        )
        with self.assertRaises(AccessError):
            self.dept_a.with_user(self.user_officer_a).write({"name": "X"})
        with self.assertRaises(AccessError):
            self.env["liaison.department"].with_user(self.user_officer_a).create(
                {"name": "X", "code": "X", "region_id": self.county_a.id}
            )
        with self.assertRaises(AccessError):
            self.dept_a2.with_user(self.user_officer_a).unlink()

    def test_department_user_sees_own_department_only(self):
        """A department user sees its own department and no other."""
        self.assertEqual(
            self._visible(self.user_department_a, self.departments), self.dept_a
        )
        with self.assertRaises(AccessError):
            self.dept_a2.with_user(self.user_department_a).read(["name"])
        with self.assertRaises(AccessError):
            self.dept_a.with_user(self.user_department_a).write({"name": "X"})
        with self.assertRaises(AccessError):
            self.dept_a.with_user(self.user_department_a).unlink()

    def test_department_outsiders(self):
        """Portal and plain internal users see no department."""
        for user in (self.user_portal, self.user_internal):
            with self.assertRaises(AccessError):
                self.env["liaison.department"].with_user(user).search([])

    # ---- Menus ----
    def test_menus_per_role(self):
        """Each role sees the menus it may use, and only those."""
        root = self.env.ref("liaison_service.liaison_service_menu_root")
        departments = self.env.ref("liaison_service.liaison_department_menu")
        regions = self.env.ref("liaison_service.liaison_region_menu")
        Menu = self.env["ir.ui.menu"]
        for user, expected, hidden in (
            (self.user_leader, root | departments | regions, Menu),
            (self.user_office_a, root | departments | regions, Menu),
            (self.user_officer_a, root | departments, regions),
            (self.user_department_a, root | departments, regions),
            (self.user_internal, Menu, root | departments | regions),
        ):
            visible = Menu.browse(Menu.with_user(user)._visible_menu_ids())
            self.assertEqual(visible & expected, expected, user.login)
            self.assertFalse(visible & hidden, user.login)
