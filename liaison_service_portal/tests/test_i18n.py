# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import TransactionCase, tagged

from odoo.addons.liaison_service.tests.test_i18n import assert_zh_cn_complete


@tagged("post_install", "-at_install")
class TestI18n(TransactionCase):
    def test_zh_cn_complete(self):
        """The Chinese translation covers every term of the addon."""
        assert_zh_cn_complete(self, "liaison_service_portal")
