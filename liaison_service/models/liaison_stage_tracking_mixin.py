# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models
from odoo.exceptions import UserError


class LiaisonStageTrackingMixin(models.AbstractModel):
    """Tells the stage changes of ``liaison.<x>`` records: under the chatter
    subtype ``liaison_service.mt_<x>_stage`` (data/mail_message_subtype_data.xml),
    which followers subscribe to, and with the new stage's email template.

    List it before the mail mixins in ``_inherit``: its ``_track_subtype`` and
    ``_track_template`` extend theirs through ``super()``.

    The actions look their stages up by meaning flag (``_get_stage``);
    ``_stage_missing_message`` (a lazy translation with ``%(flag)s``) tells
    that no stage of ``stage_id``'s model has the flag.
    """

    _name = "liaison.stage.tracking.mixin"
    _description = "Email Template"
    _stage_missing_message = None

    def _get_stage(self, flag):
        """The first stage that has the meaning ``flag`` (e.g. is_completed)."""
        Stage = self.env[self._fields["stage_id"].comodel_name]
        stage = Stage.search([(flag, "=", True)], limit=1)
        if not stage:
            raise UserError(self.env._(self._stage_missing_message) % {"flag": flag})
        return stage

    def _track_subtype(self, init_values):
        self.ensure_one()
        if "stage_id" in init_values and self.stage_id:
            xmlid = f"liaison_service.mt_{self._name.split('.', 1)[1]}_stage"
            subtype = self.env.ref(xmlid, raise_if_not_found=False)
            if subtype:
                return subtype
        return super()._track_subtype(init_values)

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
