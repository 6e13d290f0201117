# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import re

from odoo.tests import new_test_user, tagged

from odoo.addons.liaison_service.tests.common import LiaisonHttpCase


@tagged("post_install", "-at_install")
class TestPortalReturneeStation(LiaisonHttpCase):
    """A station head sees its station only and files its reports there."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        county = cls._region("归雁测试县", "GY01")
        township = cls._region("归雁镇", "GY0101", "township", county)
        cls.head_a = new_test_user(
            cls.env, login="gy_head_a", groups="base.group_portal"
        )
        cls.head_b = new_test_user(
            cls.env, login="gy_head_b", groups="base.group_portal"
        )
        Station = cls.env["liaison.returnee.station"]
        cls.station_a = Station.create(
            {"name": "驻沪服务站", "city": "上海市", "region_id": county.id,
             "head_user_id": cls.head_a.id}
        )  # fmt: skip
        cls.station_b = Station.create(
            {"name": "驻深服务站", "city": "深圳市", "region_id": county.id,
             "head_user_id": cls.head_b.id}
        )  # fmt: skip
        Person = cls.env["liaison.returnee.person"]
        Person.create(
            [
                {"name": "沪上甲", "phone": "13300000001", "region_id": township.id,
                 "station_id": cls.station_a.id, "current_city": "上海市"},
                {"name": "深圳乙", "phone": "13300000002", "region_id": township.id,
                 "station_id": cls.station_b.id, "current_city": "深圳市"},
            ]
        )  # fmt: skip
        cls.meeting = cls.env["liaison.returnee.station.meeting"].create(
            {
                "name": "上半年站长会议",
                "year": 2026,
                "half": "1",
                "region_id": county.id,
            }
        )

    def test_head_sees_only_its_station(self):
        """The head's page lists its people, never a phone, never another's."""
        self.authenticate("gy_head_a", "gy_head_a")
        page = self.url_open("/my/returnee/stations")
        self.assertEqual(page.status_code, 200)
        self.assertIn("驻沪服务站", page.text)
        self.assertIn("沪上甲", page.text)
        self.assertNotIn("深圳乙", page.text)
        self.assertNotIn("13300000001", page.text)
        other = self.url_open(f"/my/returnee/stations/{self.station_b.id}")
        self.assertNotIn("深圳乙", other.text)
        self.assertNotIn("驻深服务站", other.text)

    def test_head_submits_report_for_its_station_only(self):
        """A head files a report for its station; posting to another's fails."""
        self.authenticate("gy_head_a", "gy_head_a")
        page = self.url_open(f"/my/returnee/stations/{self.station_a.id}")
        http_csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        data = {
            "csrf_token": http_csrf,
            "meeting_id": self.meeting.id,
            "name": "上半年述职",
            "body": "联系在沪人员320人。",
        }
        self.url_open(f"/my/returnee/stations/{self.station_b.id}/report", data=data)
        Report = self.env["liaison.returnee.station.report"]
        self.assertFalse(Report.search([("station_id", "=", self.station_b.id)]))
        done = self.url_open(
            f"/my/returnee/stations/{self.station_a.id}/report", data=data
        )
        self.assertIn("report_ok", done.url)
        report = Report.search([("station_id", "=", self.station_a.id)])
        self.assertEqual((report.name, report.state), ("上半年述职", "submitted"))
        self.assertEqual(report.submitted_by, self.head_a)

    def test_station_page_queries_do_not_grow(self):
        """The station page costs the same queries for 2 or 50 people shown."""
        township = self.env["liaison.region"].search([("code", "=", "GY0101")])
        self.env["liaison.returnee.person"].create(
            [
                {
                    "name": f"批量{i}",
                    "phone": f"1320000{i:04d}",
                    "region_id": township.id,
                    "station_id": self.station_b.id,
                }
                for i in range(49)
            ]
        )
        self.authenticate("gy_head_a", "gy_head_a")
        url_a = f"/my/returnee/stations/{self.station_a.id}"
        few = self.page_queries(url_a)[0]
        self.authenticate("gy_head_b", "gy_head_b")
        url_b = f"/my/returnee/stations/{self.station_b.id}"
        many, page = self.page_queries(url_b)
        self.assertEqual(page.text.count("批量"), 49)
        self.assertGreater(few, 5)  # the requests' queries are counted
        self.assertEqual(few, many)
