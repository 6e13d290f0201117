# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import base64
import io
import os
import re
import subprocess
import tempfile

from PIL import Image

from odoo.tests import tagged

from .common import OFFICER_PROFILE, PdfCase, fold_cjk

# 123 mm x 86 mm in PostScript points.
CARD_WIDTH_PT = 123 / 25.4 * 72
CARD_HEIGHT_PT = 86 / 25.4 * 72


def _photo():
    """A small ID photo (base64 PNG)."""
    buffer = io.BytesIO()
    Image.new("RGB", (120, 160), (40, 90, 160)).save(buffer, format="PNG")
    return base64.b64encode(buffer.getvalue())


@tagged("post_install", "-at_install")
class TestOfficerForms(PdfCase):
    """The printed forms are real PDFs (wkhtmltopdf) with the record's values."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._disable_mail()
        cls.city = cls._region("江源市", "F519900", "city")
        cls.county = cls._region("临河区", "F519902", parent=cls.city)
        cls.department = cls._department("临河区发展和改革局", "F-DRC", cls.county)
        cls.department_2 = cls._department(
            "临河区住房和城乡建设局", "F-HOUSE", cls.county
        )
        cls.user_office = cls._user("forms_office", "group_office", cls.county)
        cls.user_officer = cls._user("forms_officer", "group_officer", cls.county)
        cls.officer = cls.env["liaison.officer"].create(
            {
                **OFFICER_PROFILE,
                "name": "林晓岚",
                "user_id": cls.user_officer.id,
                "sex": "female",
                "phone": "13800138021",
                "id_number": "110101198805120020",
                "image_1920": _photo(),
                "resume": "2010年至今在临河区发展和改革局从事投资项目管理工作",
                "department_id": cls.department.id,
                "region_id": cls.county.id,
                "work_years": 12,
            }
        )
        # The workflow as the superuser: leadership and office steps at once.
        cls._appoint(cls.officer)
        cls.item_project = cls._approval_item(
            "企业投资项目备案", cls.department, code="F-001"
        )
        cls.item_permit = cls._approval_item(
            "建筑工程施工许可证核发",
            cls.department_2,
            "construction_start",
            code="F-002",
        )
        Guide = cls.env["liaison.department.guide"]
        Guide.create(
            {"item_id": cls.item_project.id, "name": "王建国", "phone": "0832-1234567"}
        )
        Guide.create(
            {"item_id": cls.item_permit.id, "name": "赵丽", "phone": "0832-7654321"}
        )

    def _render_pdf(self, report_ref, records, user=None):
        """Render a real PDF with wkhtmltopdf; return its path (deleted later)."""
        content = self.render_pdf(report_ref, records, user=user)
        fd, path = tempfile.mkstemp(suffix=".pdf", prefix="liaison_form_")
        with os.fdopen(fd, "wb") as pdf_file:
            pdf_file.write(content)
        self.addCleanup(os.unlink, path)
        return path

    def _print(self, report, records=None, user=None):
        """(path, layout text, compact text) of ``report`` printed for
        ``records`` (the officer) by ``user`` (the county office)."""
        path = self._render_pdf(
            f"liaison_service_reports.{report}",
            records or self.officer,
            user=user or self.user_office,
        )
        return (path, *self._pdf_text(path))

    def _run(self, *command):
        return subprocess.run(
            command, capture_output=True, text=True, check=True, timeout=60
        ).stdout

    def _pdf_text(self, path):
        """(layout text, raw text without blanks), both NFKC-normalised.

        CJK radicals read by pdftotext are folded back to characters.  The raw
        text keeps a wrapped table cell together, the layout keeps rows on a
        line.
        """
        layout, raw = (
            fold_cjk(self._run("pdftotext", mode, path, "-"))
            for mode in ("-layout", "-raw")
        )
        return layout, re.sub(r"\s+", "", raw)

    def _pdf_info(self, path):
        return self._run("pdfinfo", path)

    def _pdf_image_count(self, path):
        lines = self._run("pdfimages", "-list", path).splitlines()
        return len(lines) - 2  # two header lines

    # ---- Approval form ----
    def test_approval_form_values(self):
        """The approval form prints the officer's data, photo and ID number."""
        path, _text, compact = self._print("action_report_officer_approval")
        self.assertInText(
            [
                "江源市临河区",
                "林晓岚",
                "四川内江",
                "13800138021",
                "110101198805120020",
                "工程建设项目审批咨询",
                "从事投资项目管理工作",
                "同意推荐",
                "同意聘任",
                "临河区发展和改革局",
                str(self.officer.age),
            ],
            compact,
        )
        self.assertRegex(self._pdf_info(path), r"Pages:\s+1\n")
        self.assertGreaterEqual(self._pdf_image_count(path), 1, "no photo")

    def test_approval_form_headings_zh(self):
        """The approval form is printed in Chinese with the seed's grid."""
        _path, _text, compact = self._print("action_report_officer_approval")
        self.assertInText(
            [
                "江源市临河区政务服务联络员审批表",
                "姓名",
                "性别",
                "年龄",
                "籍贯",
                "政治面貌",
                "身体状况",
                "学历",
                "联系电话",
                "身份证号码",
                "有何专长",
                "个人简历",
                "所在单位意见",
                "领导小组审核意见",
                "女",
            ],
            compact,
        )

    def test_approval_form_id_number_office_only(self):
        """Without the office group the ID number is left blank, not refused."""
        Form = self.env["report.liaison_service_reports.report_officer_approval"]
        values = Form.with_user(self.user_officer)._get_report_values(self.officer.ids)
        self.assertEqual(values["forms"][self.officer.id]["id_number"], "")
        self.assertEqual(values["docs"], self.officer)
        values = Form.with_user(self.user_office)._get_report_values(self.officer.ids)
        self.assertEqual(
            values["forms"][self.officer.id]["id_number"], "110101198805120020"
        )
        _path, _text, compact = self._print(
            "action_report_officer_approval", user=self.user_officer
        )
        self.assertIn("林晓岚", compact)
        self.assertNotIn("110101198805120020", compact)

    # ---- Appointment letter ----
    def test_appointment_letter(self):
        """The letter names the officer, type, number, date and has a QR code."""
        path, _text, compact = self._print("action_report_officer_appointment")
        form = self.env[
            "report.liaison_service_reports.report_officer_appointment"
        ]._get_report_values(self.officer.ids)["forms"][self.officer.id]
        self.assertEqual(form["appointment_date"], "2026年3月2日")
        self.assertTrue(self.officer.appointment_number)
        self.assertInText(
            [
                "林晓岚",
                self.officer.appointment_number,
                "2026年3月2日",
                form["officer_type"],
                "江源市临河区",
            ],
            compact,
        )
        self.assertEqual(self._pdf_image_count(path), 1, "no QR code")
        token = self.officer.sudo().verification_token
        self.assertTrue(form["verify_url"].endswith("/liaison/verify/" + token))
        self.assertTrue(form["qr_src"].startswith("data:image/png;base64,"))

    def test_appointment_letter_headings_zh(self):
        """The letter reads as the seed's Chinese appointment letter."""
        _path, _text, compact = self._print("action_report_officer_appointment")
        self.assertInText(
            [
                "政务服务联络员聘任书",
                "林晓岚：",
                (
                    "经江源市临河区政务服务联络工作领导小组审核批准，"
                    "兹聘任您为“政务服务联络员”。"
                ),
                "江源市临河区政务服务联络工作领导小组",
            ],
            compact,
        )

    # ---- Work ID card ----
    def test_work_card_page(self):
        """The card is two 123 x 86 mm pages with the card number and QR code."""
        path = self._render_pdf(
            "liaison_service_reports.action_report_officer_card",
            self.officer,
            user=self.user_office,
        )
        info = self._pdf_info(path)
        self.assertRegex(info, r"Pages:\s+2\n")
        width, height = map(
            float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups()
        )
        self.assertAlmostEqual(width, CARD_WIDTH_PT, delta=1)
        self.assertAlmostEqual(height, CARD_HEIGHT_PT, delta=1)
        _text, compact = self._pdf_text(path)
        self.assertInText(
            ["林晓岚", self.officer.card_number, "江源市临河区", "2026年3月2日"],
            compact,
        )
        # Photo on the front, QR code on the back.
        self.assertEqual(self._pdf_image_count(path), 2)

    def test_work_card_headings_zh(self):
        """Front and back carry the seed's Chinese labels."""
        _path, _text, compact = self._print("action_report_officer_card")
        self.assertInText(
            [
                "政务服务联络员工作证",
                "姓名：林晓岚",
                "职位：",
                "发证单位：江源市临河区政务服务联络工作领导小组办公室",
                "编号：" + self.officer.card_number,
                "备注",
                "有效期",
            ],
            compact,
        )

    # ---- Guide contact table ----
    def test_guide_contact_table_departments(self):
        """Printed for departments: one row per item with its current guide."""
        _path, text, compact = self._print(
            "action_report_department_guide_contact",
            self.department | self.department_2,
        )
        self.assertInText(
            [
                "临河区发展和改革局",
                "企业投资项目备案",
                "王建国",
                "0832-1234567",
                "临河区住房和城乡建设局",
                "建筑工程施工许可证核发",
                "赵丽",
                "0832-7654321",
            ],
            compact,
        )
        # The row of an item holds its guide and phone.
        row = next(line for line in text.splitlines() if "企业投资项目备案" in line)
        self.assertIn("王建国", row)
        self.assertIn("0832-1234567", row)

    def test_guide_contact_table_items(self):
        """Printed for selected approval items only."""
        _path, _text, compact = self._print(
            "action_report_item_guide_contact", self.item_permit
        )
        self.assertInText(["建筑工程施工许可证核发", "赵丽", "0832-7654321"], compact)
        self.assertNotIn("企业投资项目备案", compact)

    def test_guide_contact_table_headings_zh(self):
        """The table has the seed's Chinese title and columns."""
        _path, _text, compact = self._print(
            "action_report_department_guide_contact", self.department
        )
        self.assertInText(
            [
                "江源市临河区审批服务专职指导员联系表",
                "序号",
                "部门",
                "审批（服务）事项",
                "专职指导员",
                "联系电话",
            ],
            compact,
        )

    def test_forms_without_chinese(self):
        """Without zh_CN installed the forms print in the user's language."""
        # Users and contacts speaking Chinese would keep the language active.
        self.env["res.lang"]._activate_lang("en_US")
        self.env["res.partner"].with_context(active_test=False).search(
            [("lang", "=", "zh_CN")]
        ).lang = "en_US"
        self.env["res.lang"].search([("code", "=", "zh_CN")]).active = False
        self.assertEqual(
            self.env["liaison.officer.form.report"]._get_form_lang(), "en_US"
        )
        Report = self.env["ir.actions.report"].with_user(self.user_office)
        html = Report._render_qweb_html(
            "liaison_service_reports.action_report_officer_approval", self.officer.ids
        )[0].decode()
        self.assertIn("Approval Form for Government Service Liaison Officers", html)
        self.assertIn("林晓岚", html)
        html = Report._render_qweb_html(
            "liaison_service_reports.action_report_officer_appointment",
            self.officer.ids,
        )[0].decode()
        self.assertIn("you are hereby appointed as", html)
        html = Report._render_qweb_html(
            "liaison_service_reports.action_report_department_guide_contact",
            self.department.ids,
        )[0].decode()
        self.assertIn("企业投资项目备案", html)

    def test_report_actions(self):
        """The officer forms are bound to officers and reserved to the office."""
        office = self.env.ref("liaison_service.group_office")
        for xmlid in (
            "action_report_officer_approval",
            "action_report_officer_appointment",
            "action_report_officer_card",
        ):
            report = self.env.ref(f"liaison_service_reports.{xmlid}")
            self.assertEqual(report.binding_model_id.model, "liaison.officer")
            self.assertEqual(report.groups_id, office)
        card_format = self.env.ref(
            "liaison_service_reports.action_report_officer_card"
        ).paperformat_id
        self.assertEqual(
            (card_format.format, card_format.page_width, card_format.page_height),
            ("custom", 123, 86),
        )
