# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from .common import LiaisonCommon

# Valid resident ID numbers (checksums computed with ISO 7064 MOD 11-2).
ID_1986 = "519921198603151234"
ID_1980 = "519921198007082463"
ID_1995 = "519921199504123822"
ID_X = "11010519491231002X"


class OfficerCommon(LiaisonCommon):
    """The city world of ``LiaisonCommon``, more department users, officers."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.user_officer_a.liaison_department_id = cls.dept_a2
        cls.user_officer_a2 = cls._user(
            "o_officer_a2", "group_officer", cls.county_a, cls.dept_a2
        )
        cls.user_department_a2 = cls._user(
            "o_dept_a2", "group_department", department=cls.dept_a2
        )
        cls.user_department_b = cls._user(
            "o_dept_b", "group_department", department=cls.dept_b
        )

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
