# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import base64
from datetime import date
import io
import os
import re
import subprocess
import tempfile

from PIL import Image

from odoo.tests import new_test_user, tagged

from .common import PdfCase, fold_cjk
from odoo.addons.base.tests.common import DISABLED_MAIL_CONTEXT

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
        cls.env = cls.env(context=dict(cls.env.context, **DISABLED_MAIL_CONTEXT))
        Region = cls.env["liaison.region"]
        cls.city = Region.create({"name": "江源市", "code": "F519900", "level": "city"})
        cls.county = Region.create(
            {
                "name": "临河区",
                "code": "F519902",
                "level": "county",
                "parent_id": cls.city.id,
            }
        )
        cls.department = cls.env["liaison.department"].create(
            {"name": "临河区发展和改革局", "code": "F-DRC", "region_id": cls.county.id}
        )
        cls.department_2 = cls.env["liaison.department"].create(
            {
                "name": "临河区住房和城乡建设局",
                "code": "F-HOUSE",
                "region_id": cls.county.id,
            }
        )
        cls.user_office = new_test_user(
            cls.env,
            login="forms_office",
            groups="base.group_user,liaison_service.group_office",
        )
        cls.user_office.liaison_region_ids = cls.county
        cls.user_officer = new_test_user(
            cls.env,
            login="forms_officer",
            groups="base.group_user,liaison_service.group_officer",
        )
        cls.user_officer.liaison_region_ids = cls.county
        cls.officer = cls.env["liaison.officer"].create(
            {
                "name": "林晓岚",
                "user_id": cls.user_officer.id,
                "sex": "female",
                "birth_date": date(1988, 5, 12),
                "native_place": "四川内江",
                "political_status": "cpc_member",
                "health": "健康",
                "education": "bachelor",
                "phone": "13800138021",
                "id_number": "110101198805120020",
                "image_1920": _photo(),
                "speciality": "工程建设项目审批咨询",
                "resume": "2010年至今在临河区发展和改革局从事投资项目管理工作",
                "department_id": cls.department.id,
                "region_id": cls.county.id,
                "officer_type": "liaison_officer",
                "work_years": 12,
                "unit_opinion": "同意推荐",
                "review_opinion": "同意聘任",
                "appointment_date": date(2026, 3, 2),
            }
        )
        # The workflow as the superuser: leadership and office steps at once.
        cls.officer.action_submit_unit_opinion()
        cls.officer.action_submit_review()
        cls.officer.action_appoint()
        cls.officer.action_activate()
        Item = cls.env["liaison.approval.item"]
        cls.item_project = Item.create(
            {
                "name": "企业投资项目备案",
                "code": "F-001",
                "department_id": cls.department.id,
                "phase": "project_approval",
            }
        )
        cls.item_permit = Item.create(
            {
                "name": "建筑工程施工许可证核发",
                "code": "F-002",
                "department_id": cls.department_2.id,
                "phase": "construction_start",
            }
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
        path = self._render_pdf(
            "liaison_service_reports.action_report_officer_approval",
            self.officer,
            user=self.user_office,
        )
        _text, compact = self._pdf_text(path)
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
        path = self._render_pdf(
            "liaison_service_reports.action_report_officer_approval",
            self.officer,
            user=self.user_office,
        )
        _text, compact = self._pdf_text(path)
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
        path = self._render_pdf(
            "liaison_service_reports.action_report_officer_approval",
            self.officer,
            user=self.user_officer,
        )
        _text, compact = self._pdf_text(path)
        self.assertIn("林晓岚", compact)
        self.assertNotIn("110101198805120020", compact)

    # ---- Appointment letter ----
    def test_appointment_letter(self):
        """The letter names the officer, type, number, date and has a QR code."""
        path = self._render_pdf(
            "liaison_service_reports.action_report_officer_appointment",
            self.officer,
            user=self.user_office,
        )
        _text, compact = self._pdf_text(path)
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
        path = self._render_pdf(
            "liaison_service_reports.action_report_officer_appointment",
            self.officer,
            user=self.user_office,
        )
        _text, compact = self._pdf_text(path)
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
        path = self._render_pdf(
            "liaison_service_reports.action_report_officer_card",
            self.officer,
            user=self.user_office,
        )
        _text, compact = self._pdf_text(path)
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
        path = self._render_pdf(
            "liaison_service_reports.action_report_department_guide_contact",
            self.department | self.department_2,
            user=self.user_office,
        )
        text, compact = self._pdf_text(path)
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
        path = self._render_pdf(
            "liaison_service_reports.action_report_item_guide_contact",
            self.item_permit,
            user=self.user_office,
        )
        _text, compact = self._pdf_text(path)
        self.assertInText(["建筑工程施工许可证核发", "赵丽", "0832-7654321"], compact)
        self.assertNotIn("企业投资项目备案", compact)

    def test_guide_contact_table_headings_zh(self):
        """The table has the seed's Chinese title and columns."""
        path = self._render_pdf(
            "liaison_service_reports.action_report_department_guide_contact",
            self.department,
            user=self.user_office,
        )
        _text, compact = self._pdf_text(path)
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
