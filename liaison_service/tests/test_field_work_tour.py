# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from odoo.tests import HttpCase, tagged

from .common import LiaisonFixtures


@tagged("post_install", "-at_install")
class TestOfficerWeekTour(LiaisonFixtures, HttpCase):
    """An officer's week on a phone: a visit with check-in, a problem put on
    the ledger, the weekly report submitted."""

    browser_size = "375x667"
    touch_enabled = True

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.county = cls._region("安平县（测试）", "TOUR-A")
        cls.user = cls._user("tour_officer", "group_officer", cls.county, lang="zh_CN")
        cls.env["res.lang"]._activate_lang("zh_CN")
        department = cls._department(
            "安平县发展和改革局（测试）", "TOUR-DRC", cls.county
        )
        cls.officer = cls._active_officer(
            "张伟（测试）", cls.county, department, cls.user
        )
        cls.enterprise = cls._company(
            "安平绿源食品有限公司",
            liaison_key_enterprise=True,
            liaison_region_id=cls.county.id,
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
