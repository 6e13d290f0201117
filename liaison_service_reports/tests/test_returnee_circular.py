# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from odoo.tests import tagged

from .common import PdfCase


@tagged("post_install", "-at_install")
class TestReturneeCircular(PdfCase):
    """The bimonthly reporting circular (调度通报) as a real PDF."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._disable_mail()
        city = cls._region("江源市", "R519900", "city")
        cls.county = cls._region("定安区", "R519901", parent=city)
        hrss = cls._department("定安区人社局", "R-RS", cls.county)
        town = cls._department("定安区石桥镇", "R-SQ", cls.county)
        Obligation = cls.env["liaison.returnee.obligation"]
        cls.ob_unit = Obligation.create(
            {"department_id": hrss.id, "region_id": cls.county.id}
        )
        cls.ob_town = Obligation.create(
            {"department_id": town.id, "region_id": cls.county.id,
             "body_type": "township"}
        )  # fmt: skip
        cls.office = cls._user("circ_office", "group_office", cls.county)
        Submission = cls.env["liaison.returnee.submission"]
        for obligation, title, day in (
            (cls.ob_unit, "一月创业担保贷款发放情况", date(2026, 1, 15)),
            (cls.ob_unit, "二月返乡创业补贴发放情况", date(2026, 2, 10)),
            (cls.ob_town, "石桥镇一月返乡创业信息", date(2026, 1, 20)),
        ):
            Submission.create(
                {"obligation_id": obligation.id, "name": title, "period_date": day}
            ).action_submit()
        cls.circular = cls.env["liaison.returnee.circular"].create(
            {"name": "2026年第1期", "region_id": cls.county.id,
             "period_start": date(2026, 1, 1)}
        )  # fmt: skip

    def test_circular_pdf(self):
        """Who reported what; the township with one of four materials is late."""
        self.assertEqual(self.circular.period_end, date(2026, 2, 28))
        text = self.printed_text(
            "action_report_returnee_circular", self.circular, user=self.office
        )
        self.assertInText(
            [
                "定安区返乡创业工作调度通报",
                "2026年第1期",
                "定安区人社局",
                "一月创业担保贷款发放情况",
                "石桥镇一月返乡创业信息",
                "未按要求报送：定安区石桥镇",
            ],
            text,
        )
        lines = {line["body"]: line for line in self.circular._get_lines()}
        self.assertEqual(
            (lines["定安区石桥镇"]["due"], lines["定安区石桥镇"]["count"]), (4, 1)
        )
        self.assertFalse(lines["定安区人社局"]["late"])
