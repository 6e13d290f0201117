# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import tagged

from .common import LiaisonCommon

DEPARTMENT_LIST_SPEC = {
    "sequence": {},
    "name": {},
    "short_name": {},
    "code": {},
    "region_id": {"fields": {"display_name": {}}},
    "partner_id": {"fields": {"display_name": {}}},
    "phone": {},
    "is_lead_unit": {},
    "active": {},
}
REGION_LIST_SPEC = {
    "complete_name": {},
    "code": {},
    "level": {},
    "parent_id": {"fields": {"display_name": {}}},
    "active": {},
}


@tagged("post_install", "-at_install")
class TestListQueries(LiaisonCommon):
    """Lists cost the same number of queries for 10 or 200 records."""

    def _make_departments(self, region, count, prefix):
        partners = self.env["res.partner"].create(
            [{"name": f"{prefix} contact {i}", "phone": "0839-1"} for i in range(count)]
        )
        return self.env["liaison.department"].create(
            [
                {
                    "name": f"{prefix} unit {i}",
                    "code": f"{prefix}-{i}",
                    "region_id": region.id,
                    "partner_id": partners[i].id,
                }
                for i in range(count)
            ]
        )

    def test_department_list_queries_do_not_grow(self):
        """The department list of an office reads 10 or 200 rows in as many queries."""
        small = self._make_departments(self.township_a, 10, "S")
        big = self._make_departments(self.township_a, 200, "B")
        self.assertEqual((len(small), len(big)), (10, 200))
        self.assertListQueriesConstant(
            self.user_office_a, "liaison.department", DEPARTMENT_LIST_SPEC, small, big
        )

    def test_region_list_queries_do_not_grow(self):
        """The region list reads 10 or 200 townships in as many queries."""

        def townships(prefix, count):
            return self.env["liaison.region"].create(
                [
                    {
                        "name": f"{prefix}{i}",
                        "code": f"{prefix}{i}",
                        "level": "township",
                        "parent_id": self.county_a.id,
                    }
                    for i in range(count)
                ]
            )

        small, big = townships("S", 10), townships("B", 200)
        self.assertEqual(len(big), 200)
        self.assertListQueriesConstant(
            self.user_office_a, "liaison.region", REGION_LIST_SPEC, small, big
        )
