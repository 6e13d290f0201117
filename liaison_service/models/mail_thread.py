# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class MailThread(models.AbstractModel):
    _inherit = "mail.thread"

    def _creation_message(self):
        """ "<Model> created" in one language: core translates the sentence in
        the user's language but reads the model's name in the context's,
        which is none when data files are loaded ("Liaison Project 创建")."""
        if not self._name.startswith("liaison.") or self.env.lang:
            return super()._creation_message()
        lang = self.env.user.lang or "en_US"
        return super(MailThread, self.with_context(lang=lang))._creation_message()
