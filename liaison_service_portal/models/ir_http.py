# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class IrHttp(models.AbstractModel):
    _inherit = "ir.http"

    @classmethod
    def _get_translation_frontend_modules_name(cls):
        # The portal chatter and rating widgets are mail's and rating's
        # components: without their terms the Chinese portal shows
        # "Today at" and "The conversation is empty." in English.
        mods = super()._get_translation_frontend_modules_name()
        return mods + ["mail", "rating", "portal_rating", "liaison_service_portal"]
