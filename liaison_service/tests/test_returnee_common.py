# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import io

from odoo.tests import new_test_user
from odoo.tools.misc import xlsxwriter

from .common import XLSX_IMPORT_OPTIONS, LiaisonCommon

IMPORT_FIELDS = (
    "name",
    "sex",
    "birth_year",
    "region_id",
    "phone",
    "current_city",
    "employer",
    "intention",
)


class ReturneeCommon(LiaisonCommon):
    """Townships report through a department user of their township's government."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.dept_township_a = cls._department(
            "Township A1 Government", "A1-GOV", cls.township_a
        )
        cls.dept_township_b = cls._department(
            "Township B1 Government", "B1-GOV", cls.township_b
        )
        cls.township_a2 = cls._region("Township A2", "A2", "township", cls.county_a)
        cls.dept_township_a2 = cls._department(
            "Township A2 Government", "A2-GOV", cls.township_a2
        )
        cls.user_township_a = cls._user(
            "t_township_a", "group_department", department=cls.dept_township_a
        )
        cls.user_township_a2 = cls._user(
            "t_township_a2", "group_department", department=cls.dept_township_a2
        )
        cls.user_head = new_test_user(
            cls.env, login="t_head", groups="base.group_portal"
        )
        cls.user_head_b = new_test_user(
            cls.env, login="t_head_b", groups="base.group_portal"
        )
        Station = cls.env["liaison.returnee.station"]
        cls.station = Station.create(
            {
                "name": "Shanghai Station",
                "city": "Shanghai",
                "region_id": cls.county_a.id,
                "head_user_id": cls.user_head.id,
            }
        )
        cls.station_b = Station.create(
            {
                "name": "Shenzhen Station",
                "city": "Shenzhen",
                "region_id": cls.county_a.id,
                "head_user_id": cls.user_head_b.id,
            }
        )

    @classmethod
    def _person(cls, name, phone, region=None, **vals):
        return cls.env["liaison.returnee.person"].create(
            {
                "name": name,
                "phone": phone,
                "region_id": (region or cls.township_a).id,
                **vals,
            }
        )

    @staticmethod
    def _xlsx(rows, header=IMPORT_FIELDS):
        out = io.BytesIO()
        book = xlsxwriter.Workbook(out, {"in_memory": True})
        sheet = book.add_worksheet()
        for col, title in enumerate(header):
            sheet.write(0, col, title)
        for r, row in enumerate(rows, start=1):
            for col, value in enumerate(row):
                if value is not None:
                    sheet.write(r, col, value)
        book.close()
        return out.getvalue()

    def _import(self, user, rows, fields=IMPORT_FIELDS):
        """Import ``rows`` as ``user`` through Odoo's own import."""
        wizard = (
            self.env["base_import.import"]
            .with_user(user)
            .create(
                {
                    "res_model": "liaison.returnee.person",
                    "file": self._xlsx(rows),
                    "file_name": "people.xlsx",
                    "file_type": "application/vnd.openxmlformats-officedocument."
                    "spreadsheetml.sheet",
                }
            )
        )
        return wizard.execute_import(list(fields), list(fields), XLSX_IMPORT_OPTIONS)
