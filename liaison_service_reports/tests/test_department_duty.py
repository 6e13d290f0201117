# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import tagged

from .common import PdfCase


@tagged("post_install", "-at_install")
class TestDepartmentDuty(PdfCase):
    def test_duty_table_pdf(self):
        """The duty table is a Chinese PDF listing each unit with its duties."""
        region = self.env["liaison.region"].create(
            {"name": "测试县", "code": "T-DUTY", "level": "county"}
        )
        departments = self.env["liaison.department"].create(
            [
                {
                    "name": "测试县发展和改革局",
                    "code": "T-FGJ",
                    "region_id": region.id,
                    "duty": "<p>负责项目立项备案。</p>",
                },
                {
                    "name": "测试县人社局",
                    "code": "T-RSJ",
                    "region_id": region.id,
                    "duty": "<p>落实创业担保贷款和一次性创业补贴。</p>",
                },
            ]
        )
        text = self.pdf_text(
            self.render_pdf(
                "liaison_service_reports.action_report_department_duty", departments
            )
        )
        for expected in (
            "成员单位职责分工表",
            "序号",
            "职责分工",
            "测试县发展和改革局",
            "负责项目立项备案",
            "测试县人社局",
            "一次性创业补贴",
        ):
            self.assertIn(expected, text)
