# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import new_test_user, tagged

from odoo.addons.liaison_service.tests.common import LiaisonHttpCase


@tagged("post_install", "-at_install")
class TestPortalHome(LiaisonHttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        company = cls._company("测试企业")
        cls.portal_user = new_test_user(
            cls.env, login="t_enterprise", groups="base.group_portal"
        )
        cls.portal_user.partner_id.parent_id = company

    def test_portal_home_shows_liaison_intro(self):
        """An enterprise contact's portal home presents the liaison service."""
        self.authenticate("t_enterprise", "t_enterprise")
        response = self.url_open("/my")
        self.assertEqual(response.status_code, 200)
        self.assertIn("o_liaison_portal_intro", response.text)

    def test_portal_user_kept_out_of_backend(self):
        """The back office sends an enterprise contact back to its portal."""
        self.authenticate("t_enterprise", "t_enterprise")
        response = self.url_open("/odoo")
        self.assertTrue(response.url.rstrip("/").endswith("/my"), response.url)

    def test_portal_home_tour(self):
        """In a real browser, the enterprise sees the intro on its portal home."""
        self.start_tour("/my", "liaison_portal_home_tour", login="t_enterprise")
