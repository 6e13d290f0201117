# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import TransactionCase, new_test_user

from odoo.addons.base.tests.common import DISABLED_MAIL_CONTEXT

# Valid resident ID numbers (checksums computed with ISO 7064 MOD 11-2).
ID_1986 = "519921198603151234"
ID_1980 = "519921198007082463"
ID_1995 = "519921199504123822"
ID_X = "11010519491231002X"


class OfficerCommon(TransactionCase):
    """Two counties of one city, departments, one user per role, officers."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, **DISABLED_MAIL_CONTEXT))
        Region = cls.env["liaison.region"]
        cls.city = Region.create({"name": "O City", "code": "OC", "level": "city"})
        cls.county_a = Region.create(
            {
                "name": "O County A",
                "code": "OA",
                "level": "county",
                "parent_id": cls.city.id,
            }
        )
        cls.township_a = Region.create(
            {
                "name": "O Township A1",
                "code": "OA1",
                "level": "township",
                "parent_id": cls.county_a.id,
            }
        )
        cls.county_b = Region.create(
            {
                "name": "O County B",
                "code": "OB",
                "level": "county",
                "parent_id": cls.city.id,
            }
        )
        Department = cls.env["liaison.department"]
        cls.dept_city = Department.create(
            {"name": "O City Planning", "code": "OC-PL", "region_id": cls.city.id}
        )
        cls.dept_a = Department.create(
            {"name": "O A Land Bureau", "code": "OA-LAND", "region_id": cls.county_a.id}
        )
        cls.dept_a2 = Department.create(
            {
                "name": "O A Housing Bureau",
                "code": "OA-HOUSE",
                "region_id": cls.county_a.id,
            }
        )
        cls.dept_b = Department.create(
            {"name": "O B Land Bureau", "code": "OB-LAND", "region_id": cls.county_b.id}
        )
        cls.user_leader = cls._user("o_leader", "group_leadership", cls.city)
        cls.user_office_a = cls._user("o_office_a", "group_office", cls.county_a)
        cls.user_office_b = cls._user("o_office_b", "group_office", cls.county_b)
        cls.user_officer_a = cls._user(
            "o_officer_a", "group_officer", cls.county_a, cls.dept_a2
        )
        cls.user_officer_a2 = cls._user(
            "o_officer_a2", "group_officer", cls.county_a, cls.dept_a2
        )
        cls.user_department_a = cls._user(
            "o_dept_a", "group_department", department=cls.dept_a
        )
        cls.user_department_a2 = cls._user(
            "o_dept_a2", "group_department", department=cls.dept_a2
        )
        cls.user_department_b = cls._user(
            "o_dept_b", "group_department", department=cls.dept_b
        )

    @classmethod
    def _user(cls, login, group, region=None, department=None):
        user = new_test_user(
            cls.env,
            login=login,
            groups=f"base.group_user,liaison_service.{group}",
        )
        user.write(
            {
                "liaison_region_ids": [(6, 0, region.ids if region else [])],
                "liaison_department_id": department.id if department else False,
            }
        )
        return user

    @classmethod
    def _officer(cls, name, **vals):
        return cls.env["liaison.officer"].create(
            {
                "name": name,
                "department_id": cls.dept_a.id,
                "region_id": cls.county_a.id,
                "work_years": 5,
                "unit_opinion": "同意推荐。",
                **vals,
            }
        )

    @classmethod
    def _appoint(cls, officer, activate=True):
        """Take an officer through the selection as the superuser."""
        officer.action_submit_unit_opinion()
        officer.action_submit_review()
        officer.action_appoint()
        if activate:
            officer.action_activate()
        return officer
