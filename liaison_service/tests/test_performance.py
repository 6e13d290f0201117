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

    def _queries(self, user, model, spec, domain):
        records = self.env[model].with_user(user)
        records.env.invalidate_all()
        before = self.env.cr.sql_log_count
        result = records.web_search_read(domain, spec, limit=500)
        return self.env.cr.sql_log_count - before, result["length"]

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
        domain_small = [("id", "in", small.ids)]
        big = self._make_departments(self.township_a, 200, "B")
        domain_big = [("id", "in", big.ids)]
        spec = DEPARTMENT_LIST_SPEC
        self._queries(self.user_office_a, "liaison.department", spec, domain_small)
        few, n_few = self._queries(
            self.user_office_a, "liaison.department", spec, domain_small
        )
        many, n_many = self._queries(
            self.user_office_a, "liaison.department", spec, domain_big
        )
        self.assertEqual((n_few, n_many), (10, 200))
        self.assertEqual(few, many)

    def test_region_list_queries_do_not_grow(self):
        """The region list reads 10 or 200 townships in as many queries."""
        Region = self.env["liaison.region"]
        small = Region.create(
            [
                {
                    "name": f"S{i}",
                    "code": f"S{i}",
                    "level": "township",
                    "parent_id": self.county_a.id,
                }
                for i in range(10)
            ]
        )
        big = Region.create(
            [
                {
                    "name": f"B{i}",
                    "code": f"B{i}",
                    "level": "township",
                    "parent_id": self.county_a.id,
                }
                for i in range(200)
            ]
        )
        spec = REGION_LIST_SPEC
        self._queries(
            self.user_office_a, "liaison.region", spec, [("id", "in", small.ids)]
        )
        few, _n = self._queries(
            self.user_office_a, "liaison.region", spec, [("id", "in", small.ids)]
        )
        many, n_many = self._queries(
            self.user_office_a, "liaison.region", spec, [("id", "in", big.ids)]
        )
        self.assertEqual(n_many, 200)
        self.assertEqual(few, many)
