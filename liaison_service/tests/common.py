# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from contextlib import contextmanager

from odoo.tests import TransactionCase, new_test_user

from odoo.addons.base.tests.common import DISABLED_MAIL_CONTEXT


class LiaisonCommon(TransactionCase):
    """A city with two counties, departments in each, one user per role."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, **DISABLED_MAIL_CONTEXT))
        Region = cls.env["liaison.region"]
        cls.city = Region.create({"name": "Test City", "code": "T1", "level": "city"})
        cls.county_a = Region.create(
            {
                "name": "County A",
                "code": "A",
                "level": "county",
                "parent_id": cls.city.id,
            }
        )
        cls.township_a = Region.create(
            {
                "name": "Township A1",
                "code": "A1",
                "level": "township",
                "parent_id": cls.county_a.id,
            }
        )
        cls.county_b = Region.create(
            {
                "name": "County B",
                "code": "B",
                "level": "county",
                "parent_id": cls.city.id,
            }
        )
        cls.township_b = Region.create(
            {
                "name": "Township B1",
                "code": "B1",
                "level": "township",
                "parent_id": cls.county_b.id,
            }
        )
        Department = cls.env["liaison.department"]
        cls.dept_city = Department.create(
            {
                "name": "City Development Commission",
                "code": "C-DRC",
                "region_id": cls.city.id,
            }
        )
        cls.dept_a = Department.create(
            {
                "name": "County A Land Bureau",
                "code": "A-LAND",
                "region_id": cls.county_a.id,
            }
        )
        cls.dept_a2 = Department.create(
            {
                "name": "County A Housing Bureau",
                "code": "A-HOUSE",
                "region_id": cls.county_a.id,
            }
        )
        cls.dept_b = Department.create(
            {
                "name": "County B Land Bureau",
                "code": "B-LAND",
                "region_id": cls.county_b.id,
            }
        )
        cls.user_leader = cls._user("t_leader", "group_leadership", cls.city)
        cls.user_office_a = cls._user("t_office_a", "group_office", cls.county_a)
        cls.user_office_b = cls._user("t_office_b", "group_office", cls.county_b)
        cls.user_officer_a = cls._user("t_officer_a", "group_officer", cls.county_a)
        cls.user_department_a = cls._user(
            "t_dept_a", "group_department", department=cls.dept_a
        )
        cls.user_portal = new_test_user(
            cls.env, login="t_portal", groups="base.group_portal"
        )
        cls.user_internal = new_test_user(
            cls.env, login="t_internal", groups="base.group_user"
        )

    @contextmanager
    def assertRaisesText(self, exception, text):
        """assertRaises (which rolls back what the failed call did) + message."""
        with self.assertRaises(exception) as catcher:
            yield catcher
        self.assertIn(text, str(catcher.exception))

    @classmethod
    def _user(cls, login, group, region=None, department=None):
        user = new_test_user(
            cls.env, login=login, groups=f"base.group_user,liaison_service.{group}"
        )
        user.write(
            {
                "liaison_region_ids": [(6, 0, region.ids if region else [])],
                "liaison_department_id": department.id if department else False,
            }
        )
        return user
