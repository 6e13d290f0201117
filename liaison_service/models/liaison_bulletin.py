# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.tools import SQL

PERIOD_TYPES = [("quarter", "Quarter"), ("month", "Month"), ("week", "Week")]
# How many departments or officers a bulletin praises and criticises.
PRAISE_COUNT = 3


class LiaisonBulletin(models.Model):
    """Supervision bulletin (督查通报, 003 五(四), 六(一)).

    Lifecycle: the office creates a bulletin for a period (a quarter by
    default; a month or a week) and its jurisdiction and generates it: the
    figures are computed from the records in a few set-based queries and
    frozen in its lines (departments late on assignment notices, officers
    late on reports or visits, satisfaction per department and officer,
    ledger completeness, praise and criticism).  It can be regenerated while
    a draft.  The leadership signs it off; the office publishes it, which
    numbers it (督查通报〔2026〕3号), notifies the departments and officers it
    names and lets them read it.  A signed-off or published bulletin never
    changes.
    """

    _name = "liaison.bulletin"
    _description = "Supervision Bulletin"
    _inherit = ["liaison.office.report.mixin", "liaison.period.mixin"]
    _order = "date_from desc, id desc"
    _workflow_fields = frozenset(
        {
            "name",
            "state",
            "generated_on",
            "signed_off_by",
            "signed_off_on",
            "published_on",
            "line_ids",
        }
    )

    name = fields.Char(string="Number", readonly=True, copy=False, default="/")
    title = fields.Char(
        required=True, default=lambda self: self.env._("Supervision Bulletin")
    )
    period_type = fields.Selection(PERIOD_TYPES, required=True, default="quarter")
    date_from = fields.Date(required=True, string="From")
    date_to = fields.Date(required=True, string="To")
    state = fields.Selection(
        selection_add=[("signed_off", "Signed Off"), ("published", "Published")],
        ondelete={"signed_off": "set default", "published": "set default"},
    )
    summary = fields.Text(help="The office's words above the figures.")
    generated_on = fields.Datetime(readonly=True, copy=False)
    signed_off_by = fields.Many2one("res.users", readonly=True, copy=False)
    signed_off_on = fields.Date(readonly=True, copy=False)
    published_on = fields.Date(readonly=True, copy=False, tracking=True)
    line_ids = fields.One2many(
        "liaison.bulletin.line", "bulletin_id", string="Figures", readonly=True
    )
    department_ids = fields.Many2many(
        "liaison.department",
        compute="_compute_named",
        store=True,
        string="Departments Named",
    )
    officer_ids = fields.Many2many(
        "liaison.officer",
        compute="_compute_named",
        store=True,
        string="Officers Named",
    )

    @api.depends("line_ids.department_id", "line_ids.officer_id")
    def _compute_named(self):
        for bulletin in self:
            bulletin.department_ids = bulletin.line_ids.department_id
            bulletin.officer_ids = bulletin.line_ids.officer_id

    def _period_error(self):
        return self.env._("The period of a bulletin cannot end before it starts.")

    @api.onchange("period_type", "date_from")
    def _onchange_period(self):
        if self.date_from:
            months = {"quarter": 3, "month": 1}.get(self.period_type)
            delta = relativedelta(months=months) if months else relativedelta(weeks=1)
            self.date_to = self.date_from + delta - relativedelta(days=1)

    def _workflow_locked(self):
        return self.filtered(lambda bulletin: bulletin.state != "draft")

    def _workflow_locked_error(self, labels):
        return self.env._("A signed-off bulletin cannot be changed.")

    # ---- Generation ----
    def action_generate(self):
        """Compute the figures from the records and freeze them in lines."""
        return self._workflow_recompute(
            lambda bulletin: self.env._(
                "Bulletin %(name)s is signed off: it cannot be regenerated.",
                name=bulletin.display_name,
            ),
            lambda bulletin: {
                "line_ids": [fields.Command.clear()]
                + [fields.Command.create(line) for line in bulletin._compute_lines()],
                "generated_on": fields.Datetime.now(),
            },
        )

    def _today_or_end(self):
        return min(self.date_to, fields.Date.context_today(self))

    def _compute_lines(self):
        """Every figure of the bulletin, as line values, in a few queries."""
        self.ensure_one()
        lines = []
        late = self._late_departments()
        lines += late
        lines += self._late_officers()
        lines += self._satisfaction_lines()
        lines += self._completeness_lines()
        lines += self._praise_lines(late)
        for sequence, line in enumerate(lines, start=1):
            line["sequence"] = sequence
        return lines

    def _late_departments(self):
        """Lead departments late on notices due in the period.

        A notice is late when answered after its deadline (extensions
        granted move the deadline), or still unanswered after it.
        """
        end = self._today_or_end()
        self.env["liaison.assignment"].flush_model()
        self.env.cr.execute(
            SQL(
                """
                SELECT lead_department_id,
                       COUNT(*) AS due,
                       COUNT(*) FILTER (WHERE late_days > 0) AS late,
                       COALESCE(SUM(late_days) FILTER (WHERE late_days > 0), 0)
                FROM (
                    SELECT lead_department_id,
                           COALESCE(replied_on, %(end)s) - deadline AS late_days
                      FROM liaison_assignment
                     WHERE region_id IN %(regions)s
                       AND deadline BETWEEN %(start)s AND %(stop)s
                       AND deadline <= %(end)s
                       AND state NOT IN ('draft', 'approved', 'returned')
                ) a
                GROUP BY lead_department_id
                ORDER BY lead_department_id
                """,
                end=end,
                regions=self._jurisdiction_region_ids(),
                start=self.date_from,
                stop=self.date_to,
            )
        )
        return [
            {
                "section": "department_late",
                "department_id": dept,
                "count": late,
                "total": due,
                "days_late": days,
            }
            for dept, due, late, days in self.env.cr.fetchall()
            if late
        ]

    def _late_officers(self):
        """Officers late on their reports or weekly visits in the period."""
        return self.env["liaison.bulletin.line"]._officer_lateness(
            self._jurisdiction_region_ids(), self.date_from, self._today_or_end()
        )

    def _satisfaction_lines(self):
        kpi = self.env["liaison.issue.kpi"].sudo()
        domain = [
            ("region_id", "in", self._jurisdiction_region_ids()),
            ("period", ">=", self.date_from.replace(day=1)),
            ("period", "<=", self.date_to),
        ]
        lines = []
        for field, section in (
            ("department_id", "department_satisfaction"),
            ("officer_id", "officer_satisfaction"),
        ):
            groups = kpi._read_group(
                domain + [(field, "!=", False), ("rated_count", ">", 0)],
                [field],
                ["rated_count:sum", "satisfied_count:sum"],
            )
            for record, rated, satisfied in groups:
                lines.append(
                    {
                        "section": section,
                        field: record.id,
                        "count": satisfied,
                        "total": rated,
                        "rate": round(100.0 * satisfied / rated, 2),
                    }
                )
        return lines

    def _completeness_lines(self):
        """Gaps in the ledger when the bulletin is generated.

        Issues without a category, projects without a checklist: the state
        of the jurisdiction's ledger at generation, frozen with the rest.
        """
        regions = self._jurisdiction_region_ids()
        Issue = self.env["liaison.issue"].sudo()
        Project = self.env["liaison.project"].sudo()
        no_category = Issue.search_count(
            [("region_id", "in", regions), ("category_id", "=", False)]
        )
        issues = Issue.search_count([("region_id", "in", regions)])
        no_checklist = Project.search_count(
            [("region_id", "in", regions), ("checklist_line_ids", "=", False)]
        )
        projects = Project.search_count([("region_id", "in", regions)])
        return [
            {
                "section": "completeness",
                "gap": "issue_category",
                "count": no_category,
                "total": issues,
            },
            {
                "section": "completeness",
                "gap": "project_checklist",
                "count": no_checklist,
                "total": projects,
            },
        ]

    def _praise_lines(self, late_lines):
        """Praise departments on time with the most notices; criticise the worst."""
        end = self._today_or_end()
        groups = (
            self.env["liaison.assignment"]
            .sudo()
            ._read_group(
                [
                    ("region_id", "in", self._jurisdiction_region_ids()),
                    ("deadline", ">=", self.date_from),
                    ("deadline", "<=", end),
                    ("state", "not in", ("draft", "approved", "returned")),
                ],
                ["lead_department_id"],
                ["__count"],
            )
        )
        late_ids = {line["department_id"] for line in late_lines}
        on_time = sorted(
            (
                (count, dept.id)
                for dept, count in groups
                if dept and dept.id not in late_ids
            ),
            key=lambda row: (-row[0], row[1]),
        )
        praise = [
            {"section": "praise", "department_id": dept, "count": count}
            for count, dept in on_time[:PRAISE_COUNT]
        ]
        worst = sorted(late_lines, key=lambda l: (-l["days_late"], l["department_id"]))
        criticism = [
            {
                "section": "criticism",
                "department_id": line["department_id"],
                "count": line["count"],
                "days_late": line["days_late"],
            }
            for line in worst[:PRAISE_COUNT]
        ]
        return praise + criticism

    # ---- Workflow ----
    def action_sign_off(self):
        """The leadership signs the generated bulletin off."""
        return self._workflow_step(
            "liaison_service.group_leadership",
            lambda bulletin: bulletin.state == "draft" and bulletin.generated_on,
            lambda bulletin: self.env._(
                "Only a generated draft bulletin can be signed off (%(name)s).",
                name=bulletin.display_name,
            ),
            self._workflow_signature("signed_off"),
        )

    def action_publish(self):
        """The office publishes: number, notify and show it to those named."""
        self._workflow_check_group("liaison_service.group_office")
        self._workflow_check_state(
            ("signed_off",),
            self.env._("A bulletin is published once the leadership signed it off."),
        )
        today = fields.Date.context_today(self)
        for bulletin in self:
            number = self._workflow_next_number("liaison.bulletin", today)
            bulletin._workflow_write(
                {"state": "published", "published_on": today, "name": number}
            )
            bulletin._notify_named()
        return True

    def _notify_named(self):
        self.ensure_one()
        users = self.officer_ids.user_id | self.env["res.users"].sudo().search(
            [
                ("liaison_department_id", "in", self.department_ids.ids),
                ("share", "=", False),
            ]
        )
        partners = users.partner_id
        self.sudo().message_subscribe(partner_ids=partners.ids)
        self.sudo().message_post(
            body=self.env._(
                "Bulletin %(name)s is published. You are named in it.",
                name=self.name,
            ),
            partner_ids=partners.ids,
            subtype_xmlid="mail.mt_comment",
        )

    @api.depends("name", "title")
    def _compute_display_name(self):
        for bulletin in self:
            if bulletin.name and bulletin.name != "/":
                bulletin.display_name = f"{bulletin.name} {bulletin.title}"
            else:
                bulletin.display_name = bulletin.title
