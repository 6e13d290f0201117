# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from markupsafe import Markup

from odoo import api, fields, models
from odoo.tools import SQL, html_escape
from odoo.tools.mail import generate_tracking_message_id

from .liaison_supervision_mixin import COLOURS, STEP_COLOURS, STEPS

# Records named in one leader notification.
NOTIFY_LIST_LIMIT = 50


class LiaisonSupervisionStep(models.Model):
    """One step of the supervision ladder on an assignment or an issue.

    Steps are created by the daily scheduled action only, at most once per
    record and step (unique constraints), dated on the day they fell due.
    """

    _name = "liaison.supervision.step"
    _description = "Supervision Step"
    _order = "date desc, id desc"

    assignment_id = fields.Many2one(
        "liaison.assignment",
        index=True,
        ondelete="cascade",
        readonly=True,
    )
    issue_id = fields.Many2one(
        "liaison.issue",
        index=True,
        ondelete="cascade",
        readonly=True,
        help="Set for the steps of an issue past its resolution deadline that "
        "has no open assignment.",
    )
    region_id = fields.Many2one(
        "liaison.region",
        compute="_compute_region_id",
        store=True,
        index=True,
    )
    lead_department_id = fields.Many2one(
        related="assignment_id.lead_department_id", string="Lead Department"
    )
    step = fields.Selection(STEPS, required=True, readonly=True, index=True)
    colour = fields.Selection(
        COLOURS,
        compute="_compute_colour",
        store=True,
        help="Blue: near the deadline; yellow: behind (not signed for in "
        "time); red: overdue.",
    )
    date = fields.Date(
        required=True, readonly=True, index=True, help="Day the step fell due."
    )
    note = fields.Text(readonly=True)
    leader_notified = fields.Boolean(
        readonly=True,
        copy=False,
        help="Escalations: the leaders of the region have been told.",
    )

    _sql_constraints = [
        (
            "assignment_step_uniq",
            "unique(assignment_id, step)",
            "A supervision step is taken only once per assignment.",
        ),
        (
            "issue_step_uniq",
            "unique(issue_id, step)",
            "A supervision step is taken only once per issue.",
        ),
        (
            "one_record",
            "CHECK((assignment_id IS NULL) != (issue_id IS NULL))",
            "A supervision step concerns either an assignment or an issue.",
        ),
    ]

    @api.depends("assignment_id.region_id", "issue_id.region_id")
    def _compute_region_id(self):
        for step in self:
            step.region_id = (step.assignment_id or step.issue_id).region_id

    @api.depends("step")
    def _compute_colour(self):
        for step in self:
            step.colour = STEP_COLOURS.get(step.step, False)

    @api.depends("step", "assignment_id", "issue_id")
    def _compute_display_name(self):
        labels = dict(self._fields["step"]._description_selection(self.env))
        for step in self:
            record = step.assignment_id or step.issue_id
            step.display_name = f"{labels.get(step.step, '')} - {record.display_name}"

    # ---- Batched notifications ----
    @api.model
    def _supervision_log(self, model, rows):
        """One chatter log a step, inserted in one statement.

        ``rows`` are ``(record id, step, note)``.  The messages are those of
        ``mail.thread._message_log_batch`` (internal notes, no notification),
        written in SQL so that the cost does not grow with the number of steps.
        """
        if not rows:
            return
        labels = dict(self._fields["step"]._description_selection(self.env))
        Thread = self.env[model].sudo()
        author_id, email_from = Thread._message_compute_author(
            None, None, raise_on_email=False
        )
        reply_to = self.env["mail.thread"]._notify_get_reply_to(default=email_from)[
            False
        ]
        self.env.cr.execute(
            SQL(
                """
                INSERT INTO mail_message
                       (model, res_id, subject, body, message_type, subtype_id,
                        author_id, email_from, reply_to, message_id, is_internal,
                        email_add_signature, date, create_uid, create_date,
                        write_uid, write_date)
                SELECT %(model)s, m.res_id, m.subject, m.body, 'notification',
                       %(subtype)s, %(author)s, %(email_from)s, %(reply_to)s,
                       m.message_id, TRUE, FALSE, NOW() AT TIME ZONE 'UTC',
                       %(uid)s, NOW() AT TIME ZONE 'UTC', %(uid)s,
                       NOW() AT TIME ZONE 'UTC'
                  FROM unnest(%(res_ids)s::int[], %(subjects)s::varchar[],
                              %(bodies)s::text[], %(message_ids)s::varchar[])
                       AS m(res_id, subject, body, message_id)
                """,
                model=model,
                subtype=self.env["ir.model.data"]._xmlid_to_res_id("mail.mt_note"),
                author=author_id or None,
                email_from=email_from or None,
                reply_to=reply_to or None,
                uid=self.env.uid,
                res_ids=[row[0] for row in rows],
                subjects=[labels[row[1]] for row in rows],
                bodies=[str(html_escape(row[2])) for row in rows],
                message_ids=[
                    generate_tracking_message_id("message-notify") for _row in rows
                ],
            )
        )
        Thread.browse({row[0] for row in rows}).invalidate_recordset(["message_ids"])

    @api.model
    def _supervision_notify_leaders(self, model, escalated):
        """One inbox notification per leader for the records escalated now.

        ``escalated`` is ``[(record id, display name, region parent_path)]``;
        a leader hears of the records under its regions only.
        """
        if not escalated:
            return
        leaders = (
            self.env.ref("liaison_service.group_leadership")
            .sudo()
            .users.filtered(lambda u: u.active and not u.share)
        )
        model_label = self.env["ir.model"]._get(model).name
        for leader in leaders:
            regions = {str(r) for r in leader.liaison_region_ids.ids}
            names = [
                name
                for _record_id, name, path in escalated
                if regions & set((path or "").split("/"))
            ]
            if not names:
                continue
            shown = names[:NOTIFY_LIST_LIMIT]
            items = Markup("").join(Markup("<li>%s</li>") % name for name in shown)
            more = ""
            if len(names) > len(shown):
                more = self.env._(
                    "… and %(count)s more.", count=len(names) - len(shown)
                )
            body = Markup("<p>%s</p><ul>%s</ul><p>%s</p>") % (
                self.env._(
                    "The supervision ladder escalated %(count)s %(model)s to the "
                    "leadership.",
                    count=len(names),
                    model=model_label,
                ),
                items,
                more,
            )
            self.env["mail.thread"].sudo().message_notify(
                partner_ids=leader.partner_id.ids,
                subject=self.env._("Escalated: supervision ladder"),
                body=body,
            )
