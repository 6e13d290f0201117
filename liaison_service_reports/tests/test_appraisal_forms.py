# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import PdfCase


@tagged("post_install", "-at_install")
class TestAppraisalForms(PdfCase):
    """Supervision bulletin, appraisal sheet and ranking as real PDFs."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._disable_mail()
        cls.city = cls._region("江源市", "P519900", "city")
        cls.county = cls._region("安平县", "P519901", parent=cls.city)
        cls.other = cls._region("临河区", "P519902", parent=cls.city)
        cls.dept = cls._department("安平县自然资源局", "P-NR", cls.county)
        cls.office = cls._user("p_office", "group_office", cls.county)
        cls.office_other = cls._user("p_office_other", "group_office", cls.other)
        cls.officer = cls._active_officer(
            "张伟", cls.county, cls.dept, officer_type="chief_service_officer"
        )
        cls.bulletin = (
            cls.env["liaison.bulletin"]
            .with_user(cls.office)
            .create(
                {
                    "title": "安平县2026年第四季度督查通报",
                    "region_id": cls.county.id,
                    "date_from": "2026-10-01",
                    "date_to": "2026-12-31",
                    "summary": "现将本季度督查情况通报如下。",
                }
            )
        )
        cls.bulletin.action_generate()
        scheme = cls._appraisal_scheme(
            "考核办法",
            2026,
            [("问题限时办结", "issues", 60), ("办公室评价", "office_mark", 40)],
        )
        cls.appraisal = (
            cls.env["liaison.appraisal"]
            .with_user(cls.office)
            .create(
                {
                    "name": "安平县2026年度联络员考核",
                    "scheme_id": scheme.id,
                    "region_id": cls.county.id,
                }
            )
        )
        cls.appraisal.action_compute()

    def test_bulletin_pdf(self):
        text = self.printed_text("action_report_bulletin", self.bulletin, self.office)
        self.assertInText(
            [
                "安平县2026年第四季度督查通报",
                "现将本季度督查情况通报如下",
                "台账完整性",
                "未分类的问题",
                "江源市安平县",
            ],
            text,
        )

    def test_appraisal_pdfs(self):
        line = self.appraisal.line_ids
        self.assertEqual(line.officer_id, self.officer)
        pdf = self.render_pdf(
            "liaison_service_reports.action_report_appraisal_sheet", line, self.office
        )
        self.assertInText(
            [
                "联络员年度考核表",
                "张伟",
                "安平县自然资源局",
                "问题限时办结",
                "办公室评价",
                "100.0",
                "优秀",
            ],
            self.compact_text(pdf),
        )
        pdf = self.render_pdf(
            "liaison_service_reports.action_report_appraisal_ranking",
            self.appraisal,
            self.office,
        )
        self.assertInText(
            ["安平县2026年度联络员考核", "张伟", "优秀", "名次"], self.compact_text(pdf)
        )

    def test_other_county_cannot_print(self):
        for ref, records in (
            ("liaison_service_reports.action_report_bulletin", self.bulletin),
            ("liaison_service_reports.action_report_appraisal_ranking", self.appraisal),
            (
                "liaison_service_reports.action_report_appraisal_sheet",
                self.appraisal.line_ids,
            ),
        ):
            with self.subTest(report=ref), self.assertRaises(AccessError):
                self.env["ir.actions.report"].with_user(
                    self.office_other
                )._render_qweb_html(ref, records.ids)

    def test_issuing_body_and_officer_type(self):
        """Letter and card name the configured issuing body and the type."""
        self.county.issuing_body = "安平县返乡创业“回家工程”领导小组"
        for ref in (
            "liaison_service_reports.action_report_officer_appointment",
            "liaison_service_reports.action_report_officer_card",
        ):
            text = self.printed_text(ref, self.officer, self.office)
            self.assertIn("安平县返乡创业“回家工程”领导小组", text)
        self.assertInText(["政务服务首席服务官工作证"], text)
        self.assertNotIn("政务服务联络员工作证", text)
