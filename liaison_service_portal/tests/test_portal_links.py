# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import tagged

from odoo.addons.liaison_service.tests.common import LiaisonHttpCase


@tagged("post_install", "-at_install")
class TestPortalLinks(LiaisonHttpCase):
    """A signed-in enterprise's pages carry no access token in their links."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.enterprise = cls._company("Link Enterprise")
        cls._portal_user("t_link_portal", cls.enterprise, "Link Contact")
        region = cls._region("Link County", "LINK")
        cls.project = cls._project("Link Project", cls.enterprise, region)
        cls.agreement = cls.env["liaison.agreement"].create(
            {"project_id": cls.project.id}
        )
        cls.agreement.sudo().action_send()

    def test_signed_in_pages_have_no_token(self):
        """Lists and the project page link records without their token."""
        token = self.project._portal_ensure_token()
        agreement_token = self.agreement._portal_ensure_token()
        self.authenticate("t_link_portal", "t_link_portal")
        for url in ("/my/liaison/projects", self.project.access_url):
            response = self.url_open(url)
            self.assertEqual(response.status_code, 200, url)
            self.assertNotIn("access_token", response.url)
            self.assertNotIn(token, response.text, url)
            self.assertNotIn(agreement_token, response.text, url)
        self.assertIn(
            self.agreement.access_url, self.url_open(self.project.access_url).text
        )

    def test_share_link_keeps_its_token(self):
        """An explicit share link (no signed-in reader) still carries the token."""
        url = self.project._get_share_url(redirect=True)
        self.assertIn("access_token=", url)
        self.assertIn("access_token=", self.project.get_portal_url())

    def test_wrong_token_page_says_so(self):
        """A wrong token opens a refusal page, not the record nor a redirect."""
        response = self.url_open(f"{self.project.access_url}?access_token=wrong")
        self.assertEqual(response.status_code, 403)
        self.assertIn("o_liaison_refused", response.text)
        self.assertNotIn("Link Project", response.text)
