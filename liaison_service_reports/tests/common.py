# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date
import logging
import re
import subprocess
import tempfile
import unicodedata

from odoo.tests import HttpCase
from odoo.tools.misc import mute_logger

from odoo.addons.liaison_service.tests.common import LiaisonFixtures

REPORT_LOGGER = "odoo.addons.base.models.ir_actions_report"
# What Debian's wkhtmltopdf (Qt without the wkhtmltopdf patches) prints on
# every run; anything else it prints is a real problem.
HARMLESS_WKHTMLTOPDF_OUTPUT = re.compile(
    r"is not support using unpatched qt|XDG_RUNTIME_DIR|^\s*$"
)
# pdftotext reads some Noto CJK glyphs as CJK radicals: NFKC folds the Kangxi
# ones (⼯ → 工), this table the simplified ones it leaves (⻔ → 门).
CJK_RADICALS = str.maketrans(
    "⺠⺟⻄⻅⻉⻋⻓⻔⻘⻙⻚⻛⻜⻝⻢⻤⻥⻦⻧⻨⻩⻪⻬⻮⻰⻳",
    "民母西见贝车长门青韦页风飞食马鬼鱼鸟卤麦黄黾齐齿龙龟",
)
# The personal file of an officer as the printed forms show it.
OFFICER_PROFILE = {
    "birth_date": date(1988, 5, 12),
    "native_place": "四川内江",
    "political_status": "cpc_member",
    "health": "健康",
    "education": "bachelor",
    "speciality": "工程建设项目审批咨询",
    "officer_type": "liaison_officer",
    "unit_opinion": "同意推荐",
    "review_opinion": "同意聘任",
    "appointment_date": date(2026, 3, 2),
}


def fold_cjk(text):
    """``text`` read from a PDF, with the CJK radicals folded (see CJK_RADICALS)."""
    return unicodedata.normalize("NFKC", text).translate(CJK_RADICALS)


class _WkhtmltopdfLog(mute_logger):
    """Keep the report logger's records instead of printing them."""

    def __init__(self):
        super().__init__(REPORT_LOGGER)
        self.records = []

    def __enter__(self):
        super().__enter__()
        return self

    def emit(self, record):
        self.records.append(record)


class PdfCase(LiaisonFixtures, HttpCase):
    """Renders reports as real wkhtmltopdf PDFs in Chinese and reads them back;
    builds its records with the fixtures shared by the three addons.

    An HttpCase: wkhtmltopdf loads the report assets from the test server, which
    must share the test's transaction (a TransactionCase would deadlock).
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        lang = cls.env["res.lang"]._activate_lang("zh_CN")
        if lang:
            cls.env["ir.module.module"].search(
                [("name", "like", "liaison_service%"), ("state", "=", "installed")]
            )._update_translations(["zh_CN"])

    def render_pdf(self, report_ref, records, user=None):
        """The report's PDF bytes, made by wkhtmltopdf (not the HTML test stand-in).

        Fails when wkhtmltopdf prints anything but its harmless notices.
        """
        Report = self.env["ir.actions.report"].with_context(force_report_rendering=True)
        if user:
            Report = Report.with_user(user)
        with _WkhtmltopdfLog() as log:
            pdf, kind = Report._render_qweb_pdf(report_ref, records.ids)
        self.assertEqual(kind, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF"), "wkhtmltopdf did not make a PDF")
        unexpected = [
            line
            for record in log.records
            if record.levelno >= logging.WARNING
            for line in re.split(
                r"\n|(?<=\.)(?=[A-Z])",
                record.getMessage().removeprefix("wkhtmltopdf: "),
            )
            if not HARMLESS_WKHTMLTOPDF_OUTPUT.search(line)
        ]
        self.assertFalse(unexpected, "wkhtmltopdf complained")
        return pdf

    def pdf_text(self, pdf, mode="-layout"):
        """The PDF's text, CJK folded.  ``-raw`` keeps a wrapped cell together."""
        with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
            f.write(pdf)
            f.flush()
            text = subprocess.run(
                ["pdftotext", mode, f.name, "-"],
                capture_output=True,
                text=True,
                check=True,
                timeout=60,
            ).stdout
        return fold_cjk(text)

    def printed_text(self, report_ref, records, user=None):
        """The compact text of ``report_ref`` (of this addon when not
        qualified) printed as a real PDF for ``records`` by ``user``."""
        if "." not in report_ref:
            report_ref = f"liaison_service_reports.{report_ref}"
        return self.compact_text(self.render_pdf(report_ref, records, user=user))

    def compact_text(self, pdf):
        """The PDF's text in its own order, without any blank."""
        return re.sub(r"\s+", "", self.pdf_text(pdf, "-raw"))

    def assertInText(self, needles, compact_text):
        for needle in needles:
            self.assertIn(re.sub(r"\s+", "", fold_cjk(needle)), compact_text)
