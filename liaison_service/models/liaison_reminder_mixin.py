# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import timedelta

from odoo import api, models


class LiaisonReminderMixin(models.AbstractModel):
    """Reminds each record's user once, with an activity (crons).

    A model has ``user_id`` (who is reminded) and ``reminded`` (set once the
    activity exists, so that a second run of the cron reminds nobody twice).
    A model whose records remind several users (a unit's) has
    ``reminder_sent`` instead, and calls ``_schedule_reminders``.
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

    @api.model
    def _reminder_limit(self, today, param, default):
        """The last deadline reminded on ``today``: ``param`` days ahead (a
        system parameter, ``default`` days when unset)."""
        days = int(self.env["ir.config_parameter"].sudo().get_param(param, default))
        return today + timedelta(days=days)

    def _schedule_reminders(self, users, deadline, summary):
        """A to-do for each of ``users(record)``, due ``deadline(record)`` and
        titled ``summary(record)``; the records are then marked reminded
        (``reminder_sent``), so that the cron reminds nobody twice."""
        for record in self:
            for user in users(record):
                record.activity_schedule(
                    "mail.mail_activity_data_todo",
                    date_deadline=deadline(record),
                    summary=summary(record),
                    user_id=user.id,
                )
        self.reminder_sent = True
