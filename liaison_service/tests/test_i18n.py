# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import TransactionCase, tagged
from odoo.tools.misc import file_path
from odoo.tools.translate import PoFileReader, TranslationModuleReader


def assert_zh_cn_complete(case, module):
    """Every translatable term of ``module`` has a zh_CN translation."""
    with open(file_path(f"{module}/i18n/zh_CN.po"), "rb") as po_file:
        translated = {
            row["src"]: row["value"] for row in PoFileReader(po_file) if row["value"]
        }
    terms = {row[4] for row in TranslationModuleReader(case.env.cr, modules=[module])}
    missing = sorted(terms - set(translated))
    case.assertFalse(missing, f"{module}: untranslated zh_CN terms: {missing[:20]}")
    case.assertTrue(terms)


@tagged("post_install", "-at_install")
class TestI18n(TransactionCase):
    def test_zh_cn_complete(self):
        """The Chinese translation covers every term of the addon."""
        assert_zh_cn_complete(self, "liaison_service")

    def test_zh_cn_loaded(self):
        """With zh_CN active, the menu and groups read in Chinese."""
        self.env["res.lang"]._activate_lang("zh_CN")
        self.env["ir.module.module"].search(
            [("name", "=", "liaison_service")]
        )._update_translations(["zh_CN"])
        menu = self.env.ref("liaison_service.liaison_service_menu_root")
        self.assertEqual(menu.with_context(lang="zh_CN").name, "联络服务")
        group = self.env.ref("liaison_service.group_office")
        self.assertEqual(group.with_context(lang="zh_CN").name, "办公室")
