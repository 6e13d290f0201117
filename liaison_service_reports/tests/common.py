# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import subprocess
import tempfile
import unicodedata

from odoo.tests import HttpCase

# pdftotext reads some Noto CJK glyphs as CJK radicals: NFKC folds the Kangxi
# ones (⼯ → 工), this table the simplified ones it leaves (⻔ → 门).
CJK_RADICALS = str.maketrans(
    "⺠⺟⻄⻅⻉⻋⻓⻔⻘⻙⻚⻛⻜⻝⻢⻤⻥⻦⻧⻨⻩⻪⻬⻮⻰⻳",
    "民母西见贝车长门青韦页风飞食马鬼鱼鸟卤麦黄黾齐齿龙龟",
)


class PdfCase(HttpCase):
    """Renders reports as real wkhtmltopdf PDFs in Chinese and reads them back.

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

    def render_pdf(self, report_ref, records):
        """The report's PDF bytes, made by wkhtmltopdf (not the HTML test stand-in)."""
        report = self.env["ir.actions.report"]._get_report(report_ref)
        pdf, kind = report.with_context(force_report_rendering=True)._render_qweb_pdf(
            report_ref, records.ids
        )
        self.assertEqual(kind, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF"), "wkhtmltopdf did not make a PDF")
        return pdf

    def pdf_text(self, pdf):
        """The PDF's text, with the CJK radicals folded (see CJK_RADICALS)."""
        with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
            f.write(pdf)
            f.flush()
            text = subprocess.run(
                ["pdftotext", "-layout", f.name, "-"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        return unicodedata.normalize("NFKC", text).translate(CJK_RADICALS)
