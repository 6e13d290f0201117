# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import re

from lxml import etree, html

from odoo.tests import new_test_user, tagged

from odoo.addons.liaison_service.tests.common import LiaisonHttpCase

LANG = "zh_CN"
MODULES = ("liaison_service", "liaison_service_reports", "liaison_service_portal")
# English words of three letters or more left on a Chinese screen are a bug,
# except names of things that have no Chinese (formats, units, brands).
ALLOWED = {
    "pdf", "xlsx", "odoo", "email", "http", "https", "www", "com", "url",
    "cny", "usd", "rmb", "sha", "wkhtmltopdf", "ltd", "gov", "odoobot",
    "doc", "docx", "xls", "zip", "jpg", "jpeg", "png",
}  # fmt: skip
WORD = re.compile(r"[A-Za-z]{3,}")
# Attributes of view nodes that users read.
READ_ATTRIBUTES = ("string", "help", "placeholder", "confirm", "sum", "avg", "title")


PLACEHOLDER = re.compile(r"%\(\w+\)s|\{\{?\s*\w+\s*\}?\}")


def english_words(text):
    text = PLACEHOLDER.sub("", text or "")
    return {w for w in WORD.findall(text) if w.lower() not in ALLOWED}


@tagged("post_install", "-at_install")
class TestNoEnglish(LiaisonHttpCase):
    """A Chinese database shows no English: screens, chatter and portal."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        if not cls.env["res.lang"]._lang_get(LANG):
            cls.env["res.lang"]._activate_lang(LANG)
            cls.env["ir.module.module"].search(
                [("name", "in", MODULES)]
            )._update_translations(LANG)
        cls.zh = cls.env(context=dict(cls.env.context, lang=LANG))

    def _assert_chinese(self, found, where):
        found = {k: v for k, v in found.items() if v}
        self.assertFalse(found, f"English on Chinese {where}: {found}")

    def test_backend_views(self):
        """The app's views, field labels and choices read in Chinese."""
        found = {}
        views = self.zh["ir.ui.view"].search(
            [("model", "=like", "liaison.%"), ("type", "!=", "qweb")]
        )
        for view in views:
            arch = etree.fromstring(view.arch_db.encode())
            words = set()
            for node in arch.iter():
                if node.tag in ("field", "filter") and node.get("name") == node.text:
                    continue
                for attribute in READ_ATTRIBUTES:
                    words |= english_words(node.get(attribute))
                if node.tag not in ("field", "attribute") and node.text:
                    words |= english_words(node.text)
            found[view.xml_id or view.name] = words
        for model_name in self.env.registry:
            if not model_name.startswith("liaison."):
                continue
            Model = self.zh[model_name]
            found[model_name] = english_words(self.zh["ir.model"]._get(model_name).name)
            for name, field in Model._fields.items():
                description = field.get_description(self.zh)
                words = english_words(description.get("string"))
                if field.type == "selection" and isinstance(field.selection, list):
                    for _value, label in description["selection"]:
                        words |= english_words(label)
                found[f"{model_name}.{name}"] = words
        self._assert_chinese(found, "screens")

    def test_chatter(self):
        """The chatter of the app's records (demo data included) is Chinese."""
        messages = self.env["mail.message"].search(
            [
                ("model", "=like", "liaison.%"),
                ("message_type", "not in", ("email", "user_notification")),
            ]
        )
        found = {}
        for message in messages:
            text = html.fromstring(f"<div>{message.body or ''}</div>").text_content()
            # Names typed by people (partners, projects) are data, not UI.
            found[f"{message.model},{message.res_id}: {text[:60]}"] = english_words(
                text
            ) - english_words(message.record_name or "")
        self._assert_chinese(found, "chatter")

    def test_portal_pages(self):
        """The enterprise's portal pages and the chatter widget are Chinese."""
        enterprise = self._company("中文检查企业")
        contact = self.env["res.partner"].create(
            {"name": "中文检查联系人", "parent_id": enterprise.id, "lang": LANG}
        )
        new_test_user(
            self.env,
            login="t_zh_portal",
            groups="base.group_portal",
            partner_id=contact.id,
            name="中文检查联系人",
            email="10001@163.com",
            lang=LANG,
        )
        region = self._region("中文检查县", "ZHCHK")
        project = self._project("中文检查项目", enterprise, region)
        self.authenticate("t_zh_portal", "t_zh_portal")
        found = {}
        for url in (
            "/my",
            "/my/liaison/projects",
            project.access_url,
            "/my/liaison/issues",
            "/my/liaison/apply",
            "/my/liaison/projects/999999999",
        ):
            page = html.fromstring(self.url_open(url).text)
            for bad in page.xpath("//script|//style|//noscript"):
                bad.drop_tree()
            main = page.xpath("//main") or [page]
            found[url] = english_words(main[0].text_content())
        self._assert_chinese(found, "portal pages")
        # The portal chatter is mail's widget: the page's translations (the
        # route the portal pages load them from) carry its terms.
        response = self.url_open(f"/website/translations/check?lang={LANG}")
        terms = {
            term["id"]: term["string"]
            for module in response.json()["modules"].values()
            for term in module["messages"]
        }
        for source in ("The conversation is empty.", "Today at %(time)s"):
            self.assertTrue(english_words(source) and terms.get(source), source)
            self.assertFalse(english_words(terms[source]), terms[source])
