# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from dateutil.relativedelta import relativedelta

from odoo import fields
from odoo.tests import tagged

from .common import PdfCase


@tagged("post_install", "-at_install")
class TestPolicyForms(PdfCase):
    """Approval form, signing report and township ranking as real Chinese PDFs."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._disable_mail()
        city = cls._region("江源市", "R519900", "city")
        cls.county = cls._region("定陶区", "R519903", parent=city)
        cls.town_1 = cls._region("陈集镇", "R51990301", "township", cls.county)
        cls.town_2 = cls._region("冉堌镇", "R51990302", "township", cls.county)
        cls.office = cls._user("t_policy_office", "group_office", cls.county)
        partner = cls._company("定陶返乡食品有限公司")
        cls.enterprise = cls.env["liaison.returnee.enterprise"].create(
            {
                "partner_id": partner.id,
                "region_id": cls.town_1.id,
                "licence_date": fields.Date.today() - relativedelta(months=14),
                "employees_contracted": 6,
                "social_insurance": True,
                "investment": 3000000,
            }
        )
        startup = cls.env.ref("liaison_service.liaison_policy_startup")
        cny = cls.env.ref("base.CNY")
        cny.active = True
        startup.write(
            {
                "date_from": False,
                "date_to": False,
                "active": True,
                "currency_id": cny.id,
            }
        )
        cls.application = cls.env["liaison.policy.application"].create(
            {"enterprise_id": cls.enterprise.id, "policy_id": startup.id}
        )
        cls.application.action_submit()
        cls.application.action_approve()
        cls.event = cls.env["liaison.signing.event"].create(
            {
                "name": "定陶区返乡创业项目集中签约仪式",
                "date": "2026-03-18",
                "region_id": cls.county.id,
            }
        )
        Station = cls.env["liaison.returnee.station"]
        guangzhou = Station.create(
            {"name": "广州返乡创业服务站", "city": "广州", "region_id": cls.county.id}
        )
        kunming = Station.create(
            {"name": "昆明返乡创业服务站", "city": "昆明", "region_id": cls.county.id}
        )
        Signed = cls.env["liaison.signing.project"]
        for name, town, station, amount in (
            ("冷链物流中心", cls.town_1, guangzhou, 30000000),
            ("电商孵化基地", cls.town_1, kunming, 12000000),
            ("中药材加工", cls.town_2, guangzhou, 5000000),
        ):
            Signed.create(
                {
                    "name": name,
                    "event_id": cls.event.id,
                    "region_id": town.id,
                    "station_id": station.id,
                    "contracted_investment": amount,
                }
            )

    def test_approval_form_amount_in_words(self):
        """The approval form prints 12,000 in figures and as 壹万贰仟元整."""
        text = self.printed_text(
            "action_report_policy_approval", self.application, self.office
        )
        self.assertInText(
            [
                "返乡创业扶持资金审批表",
                self.application.name,
                "定陶返乡食品有限公司",
                "一次性创业补贴",
                "12,000.00",
                "壹万贰仟元整",
            ],
            text,
        )

    def test_signing_report_totals(self):
        """The signing report gives the event, station and township totals."""
        text = self.printed_text(
            "action_report_signing_summary", self.event, self.office
        )
        self.assertInText(
            [
                "返乡创业项目集中签约情况报告",
                "定陶区返乡创业项目集中签约仪式",
                "47,000,000.00",
                "广州返乡创业服务站",
                "35,000,000.00",
                "陈集镇",
                "42,000,000.00",
            ],
            text,
        )

    def test_township_ranking(self):
        """The township ranking lists the county's townships by score."""
        rows = (
            self.env["liaison.township.appraisal"]
            .with_user(self.office)
            .search([("year", "=", 2026), ("county_id", "=", self.county.id)])
        )
        self.assertEqual(rows.region_id, self.town_1 | self.town_2)
        first = rows.filtered(lambda r: r.region_id == self.town_1)
        self.assertEqual(first.rank, 1)
        self.assertEqual(first.signed_count, 2)
        text = self.printed_text("action_report_township_ranking", rows, self.office)
        self.assertInText(["定陶区", "陈集镇", "冉堌镇"], text)
        self.assertLess(text.index("陈集镇"), text.index("冉堌镇"))
