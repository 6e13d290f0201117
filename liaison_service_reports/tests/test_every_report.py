# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import io
import re
import subprocess
import tempfile

from odoo.tests import tagged
from odoo.tools.pdf import PdfFileReader

from ..models.ir_actions_report import LIAISON_ADDONS
from ..tools.cjk_text_layer import fix_text_layer, is_radical
from .common import PdfCase
from odoo.addons.base.models.ir_actions_report import _get_wkhtmltopdf_bin

# Every label of each form's seed attachment, as printed in zh_CN (a table
# report: its headings).  A report of the product missing here fails the test:
# give its labels when adding it.
SEED_LABELS = {
    # 000 附件1
    "action_report_officer_approval": [
        "政务服务联络员审批表",
        "姓名",
        "性别",
        "年龄",
        "照片",
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
    ],
    # 000 附件2
    "action_report_officer_appointment": [
        "聘任书",
        "领导小组审核批准",
        "兹聘任您为",
        "政务服务联络员",
        "年",
        "月",
        "日",
    ],
    # 000 附件3, front and back
    "action_report_officer_card": [
        "工作证",
        "姓名",
        "职位",
        "发证单位",
        "编号",
    ],
    # 001 附件1
    "action_report_department_guide_contact": ["审批服务专职指导员联系表"],
    "action_report_item_guide_contact": ["审批服务专职指导员联系表"],
    # 001 附件2
    "action_report_dispatch": ["政务服务联络员派任单", "主办联络员", "协办联络员"],
    # 001 附件3
    "action_report_opinion_reply": ["行业部门审批（服务）事项意见回复表"],
    # 004 附件1
    "action_report_agreement": [
        "事项代办委托协议",
        "代办方",
        "委托方",
        "电话",
        "现委托代办方为委托方办理",
        "业务",
        "委托方将以下材料提供给代办方",
        "并承诺所提交材料均为真实材料",
        "年",
        "月",
        "日",
    ],
    # 004 附件2
    "action_report_delivery": [
        "事项代办结果交付通知单",
        "接受",
        "委托办理",
        "业务，现将办理情况通知如下",
        "办理情况概述",
        "办理结果反馈送达时间及方式",
        "返还材料时间、方式与材料清单",
        "委托人签字",
    ],
    # 002 附件1
    "action_report_department_duty": ["职责分工表"],
    # Forms without a seed attachment: their title.
    "action_report_assignment_notice": ["交办通知单"],
    "action_report_assignment_supervision": ["督办通知单"],
    "action_report_meeting_minutes": ["纪要"],
    "action_report_completion": ["办结单"],
    "action_report_consultation_notification": ["一次性告知书"],
    "action_report_schedule": ["审批进度计划表"],
    # The forms of field work, returnees, appraisal (no seed attachment of
    # their own): their printed headings.
    "action_report_service_ledger": ["联络员工作台账", "在谈", "在建", "竣工"],
    "action_report_issue_monthly_summary": ["问题办理情况汇总表"],
    "action_report_key_enterprise_roster": ["首席服务官及具体分包人情况表"],
    "action_report_returnee_circular": ["返乡创业工作调度通报"],
    "action_report_policy_approval": ["返乡创业扶持资金审批表"],
    "action_report_signing_summary": ["返乡创业项目集中签约情况报告"],
    "action_report_township_ranking": ["返乡创业工作考核排名"],
    "action_report_bulletin": ["通报期间", "台账完整性", "逾期天数"],
    "action_report_appraisal_sheet": [
        "联络员年度考核表",
        "指标分数",
        "权重",
        "得分",
        "等次",
        "办公室意见",
        "领导小组审定意见",
    ],
    "action_report_appraisal_ranking": ["名次", "等次", "推荐为优秀"],
}
REPORT_AGREEMENT = "liaison_service_reports.action_report_agreement"
# Reports printing one table of the selected records, not a form each.
TABLE_REPORTS = {
    "action_report_department_duty",
    "action_report_department_guide_contact",
    "action_report_item_guide_contact",
    "action_report_service_ledger",
    "action_report_key_enterprise_roster",
    "action_report_signing_summary",
    "action_report_township_ranking",
    "action_report_issue_monthly_summary",
}


def printed_name(record):
    """How a table report names one of its records (its row's first cell)."""
    if record._name == "liaison.key.enterprise.roster":
        return record.partner_id.name
    if record._name == "liaison.township.appraisal":
        return record.region_id.name
    if record._name == "liaison.issue":
        return record.region_id.display_name
    return record.name


# Words the forms must not print (issue 9: one term per thing).
FORBIDDEN = ["联络官", "项目项目审批业务"]


@tagged("post_install", "-at_install")
class TestEveryReport(PdfCase):
    """Every PDF report of the product, printed from the demo data in zh_CN."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.reports = cls._product_reports()

    @classmethod
    def _product_reports(cls):
        """The qweb-pdf reports of the three addons, whatever their number."""
        data = cls.env["ir.model.data"].search(
            [("model", "=", "ir.actions.report"), ("module", "in", LIAISON_ADDONS)]
        )
        reports = cls.env["ir.actions.report"].browse(data.mapped("res_id"))
        return reports.filtered(lambda r: r.report_type == "qweb-pdf")

    def _demo_records(self, report, count):
        domain = []
        if report.model == "liaison.department":
            # Departments owning approval items: rows in the contact table.
            items = self.env["liaison.approval.item"].search([])
            domain = [("id", "in", items.department_id.ids)]
        records = self.env[report.model].search(domain, limit=count, order="id")
        self.assertEqual(
            len(records),
            count,
            f"{report.xml_id}: the demo data needs {count} {report.model} records",
        )
        return records

    def _text(self, pdf):
        """The raw text layer (pdftotext, nothing folded), without blanks."""
        with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
            f.write(pdf)
            f.flush()
            text = subprocess.run(
                ["pdftotext", "-raw", f.name, "-"],
                capture_output=True,
                text=True,
                check=True,
                timeout=60,
            ).stdout
        return re.sub(r"\s+", "", text)

    def _check_text(self, report, text):
        radicals = sorted({char for char in text if is_radical(char)})
        self.assertFalse(radicals, f"{report.xml_id} prints radicals {radicals}")
        name = report.xml_id.split(".")[1]
        self.assertIn(name, SEED_LABELS, f"{report.xml_id}: give its seed labels")
        for label in SEED_LABELS[name]:
            self.assertIn(label, text, f"{report.xml_id} lacks the label {label}")
        for word in FORBIDDEN:
            self.assertNotIn(word, text, f"{report.xml_id} prints {word}")

    def test_reports_found(self):
        """The discovery finds the sixteen forms of today."""
        self.assertGreaterEqual(len(self.reports), 16)

    def test_every_report_text_layer(self):
        """Each form's text layer has no radical and every seed label."""
        for report in self.reports:
            with self.subTest(report=report.xml_id):
                record = self._demo_records(report, 1)
                pdf = self.render_pdf(report.xml_id, record)
                self._check_text(report, self._text(pdf))

    def test_every_report_two_records(self):
        """A selection of two records prints both forms in one PDF, in one job."""
        for report in self.reports:
            with self.subTest(report=report.xml_id):
                records = self._demo_records(report, 2)
                pdf = self.render_pdf(report.xml_id, records)
                text = self._text(pdf)
                self._check_text(report, text)
                if report.xml_id.split(".")[1] in TABLE_REPORTS:
                    # One table listing the selected records.
                    for record in records:
                        self.assertIn(re.sub(r"\s+", "", printed_name(record)), text)
                    continue
                # Each record's form, whole and in the selection's order.
                singles = [self.render_pdf(report.xml_id, r) for r in records]
                self.assertEqual(
                    text, "".join(self._text(single) for single in singles)
                )
                self.assertEqual(
                    len(PdfFileReader(io.BytesIO(pdf)).pages),
                    sum(len(PdfFileReader(io.BytesIO(s)).pages) for s in singles),
                )

    def test_agreement_party_phones(self):
        """The agreement prints the parties' own phones when it has them."""
        agreement = self.env["liaison.agreement"].search([("state", "=", "draft")])[:1]
        self.assertTrue(agreement, "the demo data needs a draft agreement")
        agreement.write(
            {"agent_phone": "0839-6620000", "principal_phone": "0839-6621234"}
        )
        text = self._text(self.render_pdf(REPORT_AGREEMENT, agreement))
        self.assertIn("电话0839-6620000", text)
        self.assertIn("电话0839-6621234", text)


@tagged("post_install", "-at_install")
class TestTextLayerStep(PdfCase):
    """The post-processing step itself, on a PDF written by wkhtmltopdf."""

    def test_cmap_ranges_and_chars(self):
        """Array ranges, linear ranges and single chars are all put right."""
        from ..tools.cjk_text_layer import fix_cmap

        cmap = (
            b"3 beginbfrange\n<0000> <0000> <0000>\n"
            b"<0001> <0002> [<2F2F> <4F5C>]\n<0003> <0004> <2F2F>\n"
            b"endbfrange\n1 beginbfchar\n<0005> <2EC5>\nendbfchar\n"
        )
        self.assertEqual(
            fix_cmap(cmap),
            b"3 beginbfrange\n<0000> <0000> <0000>\n"
            b"<0001> <0002> [<5DE5> <4F5C>]\n<0003> <0004> [<5DE5> <5DF1>]\n"
            b"endbfrange\n1 beginbfchar\n<0005> <89C1>\nendbfchar\n",
        )

    def test_wkhtmltopdf_text(self):
        """What wkhtmltopdf draws in Noto CJK SC reads back as the same text."""
        shown = "工作证 意见 面 日 月 门 长 见 马 鱼 龙"
        html = (
            '<html><head><meta charset="utf-8"/></head><body>'
            f'<p style="font-family: Noto Sans CJK SC">{shown}</p>'
            '<p style="font-family: Noto Serif CJK SC; font-weight: bold">'
            f"{shown}</p></body></html>"
        )
        with tempfile.TemporaryDirectory() as folder:
            source, target = f"{folder}/form.html", f"{folder}/form.pdf"
            with open(source, "w", encoding="utf-8") as f:
                f.write(html)
            subprocess.run(
                [_get_wkhtmltopdf_bin(), "--quiet", source, target],
                capture_output=True,
                check=False,
                timeout=60,
            )
            with open(target, "rb") as f:
                pdf = f.read()
        lines = self._pdftotext(fix_text_layer(pdf)).split()
        self.assertEqual(lines, shown.split() * 2)

    def _pdftotext(self, pdf):
        with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
            f.write(pdf)
            f.flush()
            return subprocess.run(
                ["pdftotext", f.name, "-"],
                capture_output=True,
                text=True,
                check=True,
                timeout=60,
            ).stdout

    def test_untouched_pdf(self):
        """A PDF without radicals is returned as it is."""
        pdf = b"%PDF-1.4\n1 0 obj\n<< /Length 3 >>\nstream\nabc\nendstream\nendobj\n"
        self.assertIs(fix_text_layer(pdf), pdf)
