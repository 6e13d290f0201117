# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import base64
from datetime import date
import io
import subprocess
import tempfile

from PIL import Image

from odoo.tests import tagged

from .common import OFFICER_PROFILE, PdfCase

PREFIX = "liaison_service_reports."


def _png(size=(200, 80), color=(20, 20, 20)):
    """A small PNG image (base64), used as a handwritten signature."""
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, format="PNG")
    return base64.b64encode(buffer.getvalue())


@tagged("post_install", "-at_install")
class TestProjectForms(PdfCase):
    """The project service forms are real Chinese PDFs with the record's values."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._disable_mail()
        cls.city = cls._region("江源市", "P519900", "city")
        cls.county = cls._region("临河区", "P519902", parent=cls.city)
        cls.department = cls._department("临河区发展和改革局", "P-DRC", cls.county)
        cls.officer_main = cls._create_officer("林晓岚", "13800138021", "female")
        cls.officer_assistant = cls._create_officer("周海涛", "13800138022", "male")
        cls.item_filing = cls._approval_item(
            "企业投资项目备案", cls.department, code="P-001", time_limit_days=3
        )
        cls.item_permit = cls._approval_item(
            "建筑工程施工许可证核发",
            cls.department,
            "construction_start",
            code="P-002",
            time_limit_days=7,
        )
        cls.env["liaison.department.guide"].create(
            {
                "item_id": cls.item_filing.id,
                "name": "王建国",
                "phone": "0832-1234567",
            }
        )
        cls.material_licence = cls.env["liaison.approval.material"].create(
            {
                "item_id": cls.item_filing.id,
                "name": "营业执照复印件",
                "copies": 2,
                "original_required": True,
            }
        )
        cls.partner = cls._company("江源新材料科技有限公司")
        cls.project = cls.env["liaison.project"].create(
            {
                "name": "年产五万吨新材料生产线项目",
                "partner_id": cls.partner.id,
                "region_id": cls.county.id,
                "responsible_name": "张伟",
                "responsible_phone": "13900139001",
                "handler_name": "李娜",
                "handler_phone": "13900139002",
                "currency_id": cls.env.ref("base.CNY").id,
                "investment_amount": 12_000_000,
                "funds_landed": 3_500_000,
                "jobs": 120,
            }
        )

    @classmethod
    def _create_officer(cls, name, phone, sex):
        officer = cls.env["liaison.officer"].create(
            {
                **OFFICER_PROFILE,
                "name": name,
                "sex": sex,
                "phone": phone,
                "department_id": cls.department.id,
                "region_id": cls.county.id,
                "work_years": 10,
            }
        )
        # The workflow as the superuser: leadership and office steps at once.
        return cls._appoint(officer)

    # ---- Helpers ----
    def _text(self, report_ref, records):
        """Compact text (no blanks) of a real wkhtmltopdf PDF of the report."""
        return self._render(report_ref, records)[1]

    def _image_count(self, pdf):
        with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
            f.write(pdf)
            f.flush()
            lines = subprocess.run(
                ["pdfimages", "-list", f.name],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.splitlines()
        return len(lines) - 2  # two header lines

    def _render(self, report_ref, records):
        """(PDF, compact text without blanks) of a real wkhtmltopdf PDF."""
        pdf = self.render_pdf(PREFIX + report_ref, records)
        return pdf, self.compact_text(pdf)

    def _date(self, value):
        return self.env["liaison.project.form.report"]._format_date_cn(value)

    def _make_dispatch(self):
        dispatch = self.env["liaison.dispatch"].create(
            {
                "project_id": self.project.id,
                "main_officer_id": self.officer_main.id,
                "assistant_officer_ids": [(6, 0, self.officer_assistant.ids)],
                "date": date(2026, 4, 8),
                "instructions": "十个工作日内完成项目备案材料准备",
            }
        )
        dispatch.action_issue()
        return dispatch

    def _make_agreement(self, sign=True):
        agreement = self.env["liaison.agreement"].create(
            {
                "project_id": self.project.id,
                "agent_officer_id": self.officer_main.id,
                "agent_name": "临河区政务服务中心",
                "principal_name": "张伟",
                "matter": "企业投资项目备案、建筑工程施工许可证核发",
                "date_sent": date(2026, 4, 9),
                "material_line_ids": [
                    (0, 0, {"name": "营业执照副本", "copies": 1, "is_original": True}),
                    (0, 0, {"name": "项目可行性研究报告", "copies": 3}),
                ],
            }
        )
        agreement.action_send()
        if sign:
            # Signed by the enterprise through its share link (portal flow).
            agreement.with_user(self.env.ref("base.public_user")).sudo().action_sign(
                _png(), "张伟", pdf_bytes=b"%PDF-1.4 signed copy"
            )
        return agreement

    def _make_delivery(self, receive=True):
        delivery = self.env["liaison.delivery"].create(
            {
                "project_id": self.project.id,
                "results": "企业投资项目备案证明（备案号2026-510000-30-03-000123）",
                "method": "post",
                "tracking_number": "SF1234567890",
                "date_sent": date(2026, 5, 20),
                "returned_material_ids": [
                    (0, 0, {"name": "土地使用权证原件", "copies": 1, "note": "原件"})
                ],
            }
        )
        delivery.action_send()
        if receive:
            delivery.with_user(
                self.env.ref("base.public_user")
            ).sudo().action_confirm_receipt(_png(), "李娜")
        return delivery

    # ---- Amounts ----
    def test_amount_words(self):
        """Amounts are written in Chinese financial numerals, per currency."""
        Form = self.env["liaison.project.form.report"]
        cny = self.env.ref("base.CNY")
        usd = self.env.ref("base.USD")
        self.assertEqual(Form._amount_words_cn(12000, cny), "壹万贰仟元整")
        self.assertEqual(
            Form._amount_words_cn(12345.67, cny), "壹万贰仟叁佰肆拾伍元陆角柒分"
        )
        self.assertEqual(Form._amount_words_cn(5_000_000, usd), "伍佰万美元整")
        self.assertEqual(Form._amount_words_cn(-20, cny), "负贰拾元整")
        self.assertEqual(Form._amount_words_cn(0, cny), "")

    # ---- Forms ----
    def test_dispatch_sheet(self):
        """The dispatch sheet prints number, officers, requirements, investment."""
        dispatch = self._make_dispatch()
        self.assertTrue(dispatch.name)
        text = self._text("action_report_dispatch", dispatch)
        self.assertInText(
            [
                "江源市临河区政务服务联络员派任单",
                "项目名称",
                "派任要求",
                dispatch.name,
                "年产五万吨新材料生产线项目",
                "江源新材料科技有限公司",
                "张伟",
                "13900139001",
                "林晓岚",
                "13800138021",
                "周海涛",
                "1+1",
                "十个工作日内完成项目备案材料准备",
                "2026年4月8日",
                "壹仟贰佰万元整",
            ],
            text,
        )

    def test_opinion_reply_form(self):
        """The opinion-reply form prints the question, reply and materials."""
        request = self.env["liaison.opinion.request"].create(
            {
                "project_id": self.project.id,
                "approval_item_id": self.item_filing.id,
                "question": "项目拟于五月开工，备案需要哪些材料？",
                "date_requested": date(2026, 4, 10),
            }
        )
        request.action_send()
        request.write(
            {
                "reply": "<p>请通过投资项目在线审批监管平台申报备案。</p>",
                "required_material_ids": [(6, 0, self.material_licence.ids)],
                "missing_materials": "项目建设方案\n法定代表人身份证明",
            }
        )
        request.action_reply()
        text = self._text("action_report_opinion_reply", request)
        self.assertInText(
            [
                "行业部门审批（服务）事项意见回复表",
                "审批（服务）事项",
                "专职指导员",
                request.name,
                "年产五万吨新材料生产线项目",
                "企业投资项目备案",
                "临河区发展和改革局",
                "王建国",
                "0832-1234567",
                "项目拟于五月开工，备案需要哪些材料？",
                "请通过投资项目在线审批监管平台申报备案。",
                "营业执照复印件",
                "项目建设方案",
                "法定代表人身份证明",
                "2026年4月10日",
                self._date(request.date_replied),
            ],
            text,
        )

    def test_agreement_signed(self):
        """The signed agreement prints materials, pledge, signature and hash."""
        agreement = self._make_agreement()
        self.assertEqual(agreement.state, "signed")
        self.assertEqual(len(agreement.signed_pdf_sha256), 64)
        pdf, text = self._render("action_report_agreement", agreement)
        self.assertEqual(self._image_count(pdf), 1, "no signature image")
        form = self.env[
            "report.liaison_service_reports.report_project_agreement"
        ]._get_report_values(agreement.ids)["forms"][agreement.id]
        self.assertTrue(form["signature_src"].startswith("data:image/png;base64,"))
        self.assertInText(
            [
                "事项代办委托协议",
                "代办方",
                "委托方",
                "承诺",
                agreement.name,
                "临河区政务服务中心",
                "江源新材料科技有限公司",
                "张伟",
                "营业执照副本",
                "项目可行性研究报告",
                "企业投资项目备案、建筑工程施工许可证核发",
                "林晓岚",
                agreement.signed_pdf_sha256,
                form["signed_on"],
                "壹仟贰佰万元整",
            ],
            text,
        )

    def test_agreement_unsigned(self):
        """A sent agreement prints without signature, signer or hash."""
        agreement = self._make_agreement(sign=False)
        form = self.env[
            "report.liaison_service_reports.report_project_agreement"
        ]._get_report_values(agreement.ids)["forms"][agreement.id]
        self.assertFalse(form["signature_src"])
        pdf, text = self._render("action_report_agreement", agreement)
        self.assertEqual(self._image_count(pdf), 0)
        self.assertInText([agreement.name, "营业执照副本"], text)
        self.assertNotIn("SHA-256", text)

    def test_delivery_notice(self):
        """The delivery notice prints results, method, materials and receipt."""
        self._make_agreement()
        delivery = self._make_delivery()
        self.assertEqual(delivery.state, "received")
        text = self._text("action_report_delivery", delivery)
        form = self.env[
            "report.liaison_service_reports.report_project_delivery"
        ]._get_report_values(delivery.ids)["forms"][delivery.id]
        self.assertTrue(form["signature_src"])
        self.assertInText(
            [
                "事项代办结果交付通知单",
                "办理情况",
                "返还材料",
                "企业投资项目备案证明",
                "SF1234567890",
                "邮寄",
                "土地使用权证原件",
                "李娜",
                "2026年5月20日",
                form["signed_on"],
                "江源新材料科技有限公司",
            ],
            text,
        )

    def test_completion_sheet(self):
        """The completion sheet prints officers, dates, materials and amounts."""
        dispatch = self._make_dispatch()
        agreement = self._make_agreement()
        self._make_delivery()
        self.project.handback_date = date(2026, 5, 25)
        self.project.action_complete()
        self.assertTrue(all(agreement.material_line_ids.mapped("returned")))
        text = self._text("action_report_completion", self.project)
        self.assertInText(
            [
                "办结单",
                "总投资",
                "到位资金",
                "年产五万吨新材料生产线项目",
                "林晓岚",
                "周海涛",
                dispatch.name,
                "2026年4月8日",
                agreement.name,
                "营业执照副本",
                "项目可行性研究报告",
                "土地使用权证原件",
                "2026年5月25日",
                "壹仟贰佰万元整",
                "叁佰伍拾万元整",
                "120",
                "非常满意",
            ],
            text,
        )

    def test_consultation_notification(self):
        """The one-time notification lists every missing material at once."""
        consultation = self.env["liaison.consultation"].create(
            {
                "name": "新材料项目用地咨询",
                "partner_id": self.partner.id,
                "region_id": self.county.id,
                "channel": "phone",
                "question": "项目用地预审需要哪些材料？",
                "answer": "请先完成项目备案。",
                "date": date(2026, 3, 16),
                "missing_material_ids": [
                    (0, 0, {"name": "项目备案证明", "note": "在线平台下载打印"}),
                    (0, 0, {"name": "用地红线图", "note": "由自然资源局出具"}),
                ],
            }
        )
        text = self._text("action_report_consultation_notification", consultation)
        self.assertInText(
            [
                "一次性告知书",
                "江源新材料科技有限公司：",
                "2026年3月16日",
                "新材料项目用地咨询",
                "项目备案证明",
                "在线平台下载打印",
                "用地红线图",
                "由自然资源局出具",
                "请先完成项目备案。",
            ],
            text,
        )

    def test_schedule_plan(self):
        """The schedule plan lists the checklist by phase with deadlines."""
        Line = self.env["liaison.checklist.line"]
        filing = Line.create(
            {
                "project_id": self.project.id,
                "approval_item_id": self.item_filing.id,
                "planned_start": date(2026, 4, 13),
                "time_limit_days": 3,
            }
        )
        permit = Line.create(
            {
                "project_id": self.project.id,
                "approval_item_id": self.item_permit.id,
                "planned_start": date(2026, 5, 6),
                "time_limit_days": 7,
            }
        )
        self.assertTrue(filing.deadline and permit.deadline)
        text = self._text("action_report_schedule", self.project)
        phases = dict(
            self.env["liaison.approval.item"]
            .with_context(lang="zh_CN")
            ._fields["phase"]
            ._description_selection(self.env(context={"lang": "zh_CN"}))
        )
        self.assertInText(
            [
                "项目审批进度计划表",
                "年产五万吨新材料生产线项目",
                "企业投资项目备案",
                "建筑工程施工许可证核发",
                "临河区发展和改革局",
                "王建国",
                self._date(filing.planned_start),
                self._date(filing.deadline),
                self._date(permit.deadline),
                phases["project_approval"],
                phases["construction_start"],
            ],
            text,
        )
        # The phases follow the approval order: approval before construction.
        self.assertLess(
            text.index("企业投资项目备案"), text.index("建筑工程施工许可证核发")
        )

    # ---- Actions ----
    def test_report_actions(self):
        """Each form is bound to its model; the internal ones are restricted."""
        officer = self.env.ref("liaison_service.group_officer")
        expected = {
            "action_report_dispatch": ("liaison.dispatch", officer),
            "action_report_opinion_reply": (
                "liaison.opinion.request",
                self.env.ref("liaison_service.group_department"),
            ),
            "action_report_agreement": ("liaison.agreement", None),
            "action_report_delivery": ("liaison.delivery", None),
            "action_report_completion": ("liaison.project", officer),
            "action_report_consultation_notification": (
                "liaison.consultation",
                officer,
            ),
            "action_report_schedule": ("liaison.project", officer),
        }
        a4 = self.env.ref(PREFIX + "paperformat_liaison_a4")
        for xmlid, (model, group) in expected.items():
            report = self.env.ref(PREFIX + xmlid)
            self.assertEqual(report.binding_model_id.model, model)
            self.assertEqual(report.paperformat_id, a4)
            self.assertTrue(report.print_report_name)
            if group:
                self.assertEqual(report.groups_id, group)
            else:
                self.assertFalse(report.groups_id, "printed on the portal too")
        Form = self.env["liaison.project.form.report"]
        self.assertEqual(
            Form._get_portal_report_xmlid("liaison.agreement"),
            PREFIX + "action_report_agreement",
        )
        self.assertEqual(
            Form._get_portal_report_xmlid("liaison.delivery"),
            PREFIX + "action_report_delivery",
        )
