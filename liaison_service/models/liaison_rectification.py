# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.tools import SQL, html2plaintext

from .liaison_issue import SATISFACTION_LEVELS

# An unsatisfied answer is rectified within this many working days (SPEC C3).
RECTIFICATION_DAYS = 15
# Small tables the record rules of issues and rectifications join.
RULE_TABLES = (
    "liaison_region",
    "liaison_officer",
    "liaison_project",
    "liaison_department",
    "liaison_assignment_cooperating_department_rel",
    "liaison_project_assistant_officer_rel",
)
# What the owner records; frozen once the rectification is done.
CALLBACK_FIELDS = {
    "owner_id",
    "measures",
    "callback_date",
    "callback_result",
    "callback_satisfied",
}


class LiaisonRectification(models.Model):
    """Rectification (整改) of an issue the enterprise rated unsatisfied.

    Lifecycle: opened automatically by an unsatisfied rating (不满意 or
    非常不满意), due ``RECTIFICATION_DAYS`` working days after the rating,
    owned by the issue's officer (or the office when the issue has none).
    The owner records the measures taken and a call-back (回访) to the
    enterprise; it is done only with both.  Open past its deadline it is
    overdue (``liaison.deadline.mixin``).
    """

    _name = "liaison.rectification"
    _description = "Rectification"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "liaison.workflow.mixin",
        "liaison.deadline.mixin",
    ]
    _deadline_open_domain = [("state", "=", "open")]
    # Opened from the enterprise's rating, closed by action_done only.
    _workflow_fields = frozenset(
        {
            "state",
            "date_done",
            "issue_id",
            "rating_id",
            "satisfaction_level",
            "reason",
            "rating_date",
        }
    )
    # What the owner records is frozen once the rectification is done.
    _workflow_locked_fields = frozenset(CALLBACK_FIELDS)
    _order = "deadline desc, id desc"
    _rec_names_search = ["issue_id.name", "partner_id.name"]

    issue_id = fields.Many2one(
        "liaison.issue",
        required=True,
        index=True,
        ondelete="restrict",
        readonly=True,
    )
    partner_id = fields.Many2one(
        related="issue_id.partner_id", store=True, index=True, string="Enterprise"
    )
    region_id = fields.Many2one(
        related="issue_id.region_id", store=True, index=True, string="Region"
    )
    rating_id = fields.Many2one("rating.rating", readonly=True, ondelete="set null")
    satisfaction_level = fields.Selection(
        SATISFACTION_LEVELS, readonly=True, help="The enterprise's answer."
    )
    reason = fields.Text(
        readonly=True, help="The enterprise's feedback with its rating."
    )
    rating_date = fields.Date(string="Rated On", readonly=True)
    deadline = fields.Date(
        required=True,
        readonly=True,
        tracking=True,
        help=f"{RECTIFICATION_DAYS} working days after the rating.",
    )
    owner_id = fields.Many2one(
        "res.users",
        index="btree_not_null",
        tracking=True,
        help="The issue's officer; empty when the office handles it itself.",
    )
    measures = fields.Text(
        string="Rectification Measures", tracking=True, help="What was done."
    )
    callback_date = fields.Date(string="Call-back Date", tracking=True)
    callback_result = fields.Text(
        string="Call-back Result",
        tracking=True,
        help="What the enterprise said when called back (回访).",
    )
    callback_satisfied = fields.Boolean(string="Satisfied at Call-back", tracking=True)
    state = fields.Selection(
        [("open", "Open"), ("done", "Done")],
        string="Status",
        required=True,
        default="open",
        readonly=True,
        index=True,
        tracking=True,
    )
    date_done = fields.Date(string="Done On", readonly=True, copy=False)
    is_overdue = fields.Boolean(help="Still open after its deadline.")

    def init(self):
        res = super().init()
        # The jurisdiction, officer and department rules of issues and
        # rectifications join small tables (regions, officers, projects and
        # many2many tables) that may never reach autovacuum's analyze
        # threshold.  Never analyzed, PostgreSQL assumes 10 pages each, which
        # inflates the cost of every rule-filtered issue query above the JIT
        # thresholds (about 0.4 s of compilation per query on 200,000 issues).
        self.env.cr.execute(
            """
            SELECT relname FROM pg_class
             WHERE relkind = 'r' AND reltuples < 0 AND relname IN %s
            """,
            [RULE_TABLES],
        )
        for (table,) in self.env.cr.fetchall():
            self.env.cr.execute(SQL("ANALYZE %s", SQL.identifier(table)))
        return res

    @api.depends("issue_id")
    def _compute_display_name(self):
        for rectification in self:
            rectification.display_name = self.env._(
                "Rectification: %(issue)s", issue=rectification.issue_id.name or ""
            )

    # ---- CRUD ----
    def _workflow_locked(self):
        return self.filtered(lambda r: r.state == "done")

    def _workflow_locked_error(self, labels):
        return self.env._("A done rectification can no longer change.")

    # ---- Creation from a rating ----
    @api.model
    def _create_from_rating(self, issue, rating):
        """Open the rectification of an unsatisfied ``rating`` of ``issue``."""
        if self.search_count([("rating_id", "=", rating.id)]):
            return self.browse()
        rated_on = fields.Date.context_today(self)
        owner = issue.officer_id.user_id
        rectification = self.create(
            {
                "issue_id": issue.id,
                "rating_id": rating.id,
                "satisfaction_level": str(round(rating.rating)),
                "reason": html2plaintext(rating.feedback or "").strip() or False,
                "rating_date": rated_on,
                "deadline": self.env["liaison.working.day"].add_working_days(
                    rated_on, RECTIFICATION_DAYS
                ),
                "owner_id": owner.id,
            }
        )
        if owner:
            rectification.activity_schedule(
                "mail.mail_activity_data_todo",
                date_deadline=rectification.deadline,
                summary=self.env._("Rectify and call the enterprise back"),
                user_id=owner.id,
            )
        issue.message_post(
            body=self.env._(
                "Unsatisfied rating: a rectification is opened, due on %(date)s.",
                date=rectification.deadline,
            ),
            subtype_xmlid="mail.mt_note",
        )
        return rectification

    # ---- Actions ----
    def action_done(self):
        """Close the rectification: measures and a call-back are required."""
        self._workflow_check_group("liaison_service.group_officer")
        self.check_access("write")
        for rectification in self:
            name = rectification.display_name
            rectification._workflow_check_state(
                ("open",), self.env._("%(name)s is already done.", name=name)
            )
            rectification._workflow_check_state(
                lambda r: (r.measures or "").strip(),
                self.env._(
                    "Record the rectification measures of %(name)s first.", name=name
                ),
            )
            rectification._workflow_check_state(
                lambda r: r.callback_date and (r.callback_result or "").strip(),
                self.env._(
                    "Call the enterprise back and record the date and result "
                    "of the call-back of %(name)s first.",
                    name=name,
                ),
            )
        self._workflow_write(
            {"state": "done", "date_done": fields.Date.context_today(self)}
        )
        self.activity_unlink(["mail.mail_activity_data_todo"])
        return True

    def action_open_issue(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "liaison.issue",
            "res_id": self.issue_id.id,
            "view_mode": "form",
        }
