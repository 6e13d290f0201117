# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, models
from odoo.exceptions import UserError


class LiaisonStageTrackingMixin(models.AbstractModel):
    """Tells the stage changes of ``liaison.<x>`` records: under the chatter
    subtype ``liaison_service.mt_<x>_stage`` (data/mail_message_subtype_data.xml),
    which followers subscribe to, and with the new stage's email template.

    List it before the mail mixins in ``_inherit``: its ``_track_subtype`` and
    ``_track_template`` extend theirs through ``super()``.

    A new record starts in the first unfolded stage; the kanban shows every
    stage (``group_expand="_read_group_stage_ids"``).  The actions look
    their stages up by meaning flag (``_get_stage``); when no stage of
    ``stage_id``'s model has the flag, ``_stage_missing_error`` says so.
    """

    _name = "liaison.stage.tracking.mixin"
    _description = "Email Template"

    def _stage_model(self):
        return self.env[self._fields["stage_id"].comodel_name]

    def _default_stage_id(self):
        """The first unfolded stage: where a new record starts."""
        return self._stage_model().search([("fold", "=", False)], limit=1)

    @api.model
    def _read_group_stage_ids(self, stages, domain):
        """Every stage is a kanban column, even an empty one."""
        return stages.search([], order=stages._order)

    def _get_stage(self, flag):
        """The first stage that has the meaning ``flag`` (e.g. is_completed)."""
        stage = self._stage_model().search([(flag, "=", True)], limit=1)
        if not stage:
            raise UserError(self._stage_missing_error(flag))
        return stage

    def _stage_missing_error(self, flag):
        """The message refusing a step whose stage (``flag``) is missing."""
        return self.env._("No stage is configured for this step (%(flag)s).", flag=flag)

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
