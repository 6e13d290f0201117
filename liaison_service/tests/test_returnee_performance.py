# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from odoo.tests import tagged

from .test_returnee_common import ReturneeCommon

PERSON_LIST_SPEC = {
    "name": {},
    "sex": {},
    "birth_year": {},
    "region_id": {"fields": {"display_name": {}}},
    "current_city": {},
    "employer": {},
    "category_id": {"fields": {"display_name": {}}},
    "phone": {},
    "station_id": {"fields": {"display_name": {}}},
    "intention": {},
    "intention_stage": {},
    "consent": {},
    "last_contact_date": {},
}
STATION_SPEC = {
    "name": {},
    "city": {},
    "level": {},
    "region_id": {"fields": {"display_name": {}}},
    "head_user_id": {"fields": {"display_name": {}}},
    "person_count": {},
    "project_count": {},
}
STATUS_SPEC = {
    "period_start": {},
    "period_end": {},
    "department_id": {"fields": {"display_name": {}}},
    "body_type": {},
    "quota": {},
    "submitted_count": {},
    "state": {},
}


@tagged("post_install", "-at_install")
class TestReturneeQueries(ReturneeCommon):
    """People list, station page and late list: same queries for 10 or 300."""

    def _people(self, count, prefix):
        category = self.env.ref("liaison_service.liaison_returnee_category_migrant")
        return self.env["liaison.returnee.person"].create(
            [
                {
                    "name": f"{prefix} {i}",
                    "phone": f"159{ord(prefix)}{i:05d}",
                    "region_id": self.township_a.id,
                    "station_id": self.station.id,
                    "category_id": category.id,
                    "current_city": "Shanghai",
                }
                for i in range(count)
            ]
        )

    def test_people_list(self):
        """The office's people list: 10 or 300 rows, same queries."""
        small, big = self._people(10, "S"), self._people(300, "B")
        self.assertListQueriesConstant(
            self.user_office_a, "liaison.returnee.person", PERSON_LIST_SPEC, small, big
        )

    def test_station_list(self):
        """The station list with its counts: 3 or 30 stations, same queries."""
        Station = self.env["liaison.returnee.station"]
        small = Station.create(
            [
                {"name": f"S{i}", "city": "C", "region_id": self.county_a.id}
                for i in range(3)
            ]
        )
        big = Station.create(
            [
                {"name": f"B{i}", "city": "C", "region_id": self.county_a.id}
                for i in range(30)
            ]
        )
        self._people(20, "S")
        self.assertListQueriesConstant(
            self.user_office_a, Station._name, STATION_SPEC, small, big
        )

    def test_late_list(self):
        """The late list: 5 or 60 reporting bodies, same queries."""
        Department = self.env["liaison.department"]
        Obligation = self.env["liaison.returnee.obligation"]
        bodies = Department.create(
            [
                {"name": f"Unit {i}", "code": f"U{i}", "region_id": self.county_a.id}
                for i in range(65)
            ]
        )
        obligations = Obligation.create(
            [{"department_id": d.id, "region_id": self.county_a.id} for d in bodies]
        )
        Status = self.env["liaison.returnee.reporting.status"]
        statuses = Status.create(
            [
                {
                    "obligation_id": o.id,
                    "period_start": date(2026, 1, 1),
                    "period_end": date(2026, 1, 31),
                    "quota": 1,
                }
                for o in obligations
            ]
        )
        self.assertListQueriesConstant(
            self.user_office_a, Status._name, STATUS_SPEC, statuses[:5], statuses[5:]
        )
