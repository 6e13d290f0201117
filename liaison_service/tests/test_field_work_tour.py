# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestOfficerWeekTour(HttpCase):
    """An officer's week on a phone: a visit with check-in, a problem put on
    the ledger, the weekly report submitted."""

    browser_size = "375x667"
    touch_enabled = True

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Region = cls.env["liaison.region"]
        cls.county = Region.create(
            {"name": "安平县（测试）", "code": "TOUR-A", "level": "county"}
        )
        cls.user = new_test_user(
            cls.env,
            login="tour_officer",
            groups="base.group_user,liaison_service.group_officer",
            lang="zh_CN",
        )
        cls.env["res.lang"]._activate_lang("zh_CN")
        cls.user.liaison_region_ids = cls.county
        department = cls.env["liaison.department"].create(
            {
                "name": "安平县发展和改革局（测试）",
                "code": "TOUR-DRC",
                "region_id": cls.county.id,
            }
        )
        cls.officer = cls.env["liaison.officer"].create(
            {
                "name": "张伟（测试）",
                "user_id": cls.user.id,
                "region_id": cls.county.id,
                "department_id": department.id,
                "state": "active",
            }
        )
        cls.enterprise = cls.env["res.partner"].create(
            {
                "name": "安平绿源食品有限公司",
                "is_company": True,
                "liaison_key_enterprise": True,
                "liaison_region_id": cls.county.id,
            }
        )
        cls.env["liaison.key.enterprise.roster"].create(
            {
                "partner_id": cls.enterprise.id,
                "officer_id": cls.officer.id,
                "role": "chief",
                "region_id": cls.county.id,
                "date_from": date(2025, 1, 1),
            }
        )

    def test_officer_week_on_a_phone(self):
        """The officer does the week's paperwork from a phone-sized screen."""
        self.start_tour(
            "/odoo/liaison-work-log/new",
            "liaison_officer_week_tour",
            login="tour_officer",
        )
        log = self.env["liaison.work.log"].search(
            [("officer_id", "=", self.officer.id)]
        )
        self.assertEqual(len(log), 1)
        self.assertEqual(log.partner_id, self.enterprise)
        self.assertTrue(log.checkin_time)
        self.assertTrue(log.integrity_pledge)
        self.assertEqual(log.issue_id.source, "officer_visit")
        self.assertEqual(log.issue_id.work_log_id, log)
        report = self.env["liaison.work.report"].search(
            [("officer_id", "=", self.officer.id), ("period_type", "=", "weekly")]
        )
        self.assertEqual(report.state, "submitted")
        self.assertEqual(report.visit_count, 1)
