# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class LiaisonStageTrackingMixin(models.AbstractModel):
    """Sends the email template of the new stage when ``stage_id`` changes.

    List it before the mail mixins in ``_inherit``: its ``_track_template``
    extends theirs through ``super()``.
    """

    _name = "liaison.stage.tracking.mixin"
    _description = "Email Template"

    def _track_template(self, changes):
        res = super()._track_template(changes)
        record = self[0]
        if "stage_id" in changes and record.stage_id.mail_template_id:
            res["stage_id"] = (
                record.stage_id.mail_template_id,
                {
                    "auto_delete_keep_log": False,
                    "subtype_id": self.env["ir.model.data"]._xmlid_to_res_id(
                        "mail.mt_note"
                    ),
                    "email_layout_xmlid": "mail.mail_notification_light",
                },
            )
        return res
