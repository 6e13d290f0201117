# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class LiaisonReminderMixin(models.AbstractModel):
    """Reminds each record's user once, with an activity (crons).

    A model has ``user_id`` (who is reminded) and ``reminded`` (set once the
    activity exists, so that a second run of the cron reminds nobody twice).
    """

    _name = "liaison.reminder.mixin"
    _description = "Reminder"

    def _remind_users(self, activity_xmlid, deadline, summary):
        """One activity of type ``activity_xmlid`` per record, in one create.

        ``deadline`` and ``summary`` give a record's due date and text.  The
        cron runs as superuser; without the activity type nobody is reminded.
        """
        activity_type = self.env.ref(activity_xmlid, raise_if_not_found=False)
        if not activity_type or not self:
            return
        model_id = self.env["ir.model"]._get_id(self._name)
        self.env["mail.activity"].sudo().create(
            [
                {
                    "res_model_id": model_id,
                    "res_id": record.id,
                    "activity_type_id": activity_type.id,
                    "date_deadline": deadline(record),
                    "user_id": record.user_id.id,
                    "summary": summary(record),
                }
                for record in self
            ]
        )
        self.sudo().write({"reminded": True})
