# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class LiaisonKeyEnterpriseRoster(models.Model):
    """Who serves which key enterprise, from when to when (包联, 003 二 三 附件3).

    Lifecycle: a line is opened (``date_from``) when the office names a chief
    service officer or a sub-contracting staff member for a key enterprise;
    it stays current while ``date_to`` is empty and is closed, never deleted,
    when the officer stops serving.  On a recall the replacement gets a new
    line from the recall date (``_hand_over``), so the history shows both.
    The term is one year from ``date_from`` and extends while the enterprise
    still has open issues on the ledger (003 四).
    """

    _name = "liaison.key.enterprise.roster"
    _description = "Key Enterprise Service Roster"
    _inherit = [
        "liaison.enterprise.mixin",
        "liaison.region.mixin",
        "liaison.period.mixin",
    ]
    _order = "partner_id, role, date_from desc, id desc"
    _rec_name = "partner_id"

    partner_id = fields.Many2one(
        domain=[("is_company", "=", True), ("liaison_key_enterprise", "=", True)]
    )
    officer_id = fields.Many2one(
        "liaison.officer",
        required=True,
        index=True,
        ondelete="restrict",
        domain=[("state", "in", ("appointed", "active"))],
    )
    user_id = fields.Many2one(
        related="officer_id.user_id", string="Officer User", store=True, index=True
    )
    role = fields.Selection(
        [("chief", "Chief Service Officer"), ("staff", "Sub-contracting Staff")],
        required=True,
        default="chief",
        help="首席服务官 or 具体分包人 (003 附件3).",
    )
    date_from = fields.Date(
        string="From", required=True, default=fields.Date.context_today, index=True
    )
    date_to = fields.Date(string="To", index=True, help="Empty while serving.")
    is_current = fields.Boolean(
        string="Current", compute="_compute_is_current", search="_search_is_current"
    )
    term_end = fields.Date(
        compute="_compute_term_end",
        help="One year from the start (003 四); extended while the enterprise "
        "has open issues.",
    )
    open_issue_count = fields.Integer(
        string="Open Issues", compute="_compute_open_issue_count"
    )
    term_extended = fields.Boolean(
        compute="_compute_open_issue_count",
        help="The year is over but the enterprise still has open issues: the "
        "term goes on (003 四).",
    )
    note = fields.Char()

    @api.depends("date_from", "date_to")
    def _compute_is_current(self):
        today = fields.Date.context_today(self)
        for line in self:
            line.is_current = line.date_from <= today and (
                not line.date_to or line.date_to >= today
            )

    def _search_is_current(self, operator, value):
        today = fields.Date.context_today(self)
        domain = [
            ("date_from", "<=", today),
            "|",
            ("date_to", "=", False),
            ("date_to", ">=", today),
        ]
        positive = (operator == "=") == bool(value)
        return domain if positive else ["!", *domain]

    @api.depends("date_from")
    def _compute_term_end(self):
        for line in self:
            line.term_end = line.date_from and line.date_from + relativedelta(
                years=1, days=-1
            )

    @api.depends("partner_id", "term_end")
    def _compute_open_issue_count(self):
        counts = self._open_issue_counts(self.partner_id)
        today = fields.Date.context_today(self)
        for line in self:
            line.open_issue_count = counts.get(line.partner_id.id, 0)
            line.term_extended = bool(
                line.open_issue_count and line.term_end and line.term_end < today
            )

    @api.model
    def _open_issue_counts(self, partners):
        """{partner id: open issues on the ledger}, in one query (003 四)."""
        if not partners:
            return {}
        rows = (
            self.env["liaison.issue"]
            .sudo()
            ._read_group(
                [
                    ("partner_id", "in", partners.ids),
                    ("is_closed", "=", False),
                    ("stage_id.is_rejected", "=", False),
                ],
                ["partner_id"],
                ["__count"],
            )
        )
        return {partner.id: count for partner, count in rows}

    @api.model
    def _open_issue_enterprises_by_officer(self, officers):
        """{officer id: current enterprises with open issues}, set-based."""
        lines = self.sudo().search(
            [("officer_id", "in", officers.ids), ("date_to", "=", False)]
        )
        counts = self._open_issue_counts(lines.partner_id)
        result = {}
        for line in lines:
            if counts.get(line.partner_id.id):
                result[line.officer_id.id] = result.get(line.officer_id.id, 0) + 1
        return result

    def _period_error(self):
        return self.env._("A roster line cannot end before it starts.")

    @api.constrains("partner_id", "officer_id", "role", "date_from", "date_to")
    def _check_overlap(self):
        for line in self:
            domain = [
                ("id", "!=", line.id),
                ("partner_id", "=", line.partner_id.id),
                "|",
                ("date_to", "=", False),
                ("date_to", ">=", line.date_from),
            ]
            if line.date_to:
                domain.append(("date_from", "<=", line.date_to))
            others = self.sudo().search(domain)
            if others.filtered(lambda o, line=line: o.officer_id == line.officer_id):
                raise ValidationError(
                    self.env._(
                        "%(officer)s already serves %(enterprise)s in that period.",
                        officer=line.officer_id.name,
                        enterprise=line.partner_id.name,
                    )
                )
            if line.role == "chief" and others.filtered(lambda o: o.role == "chief"):
                raise ValidationError(
                    self.env._(
                        "%(enterprise)s already has a chief service officer in "
                        "that period: close the current line first.",
                        enterprise=line.partner_id.name,
                    )
                )

    @api.onchange("partner_id")
    def _onchange_partner_id(self):
        if self.partner_id.liaison_region_id:
            self.region_id = self.partner_id.liaison_region_id

    @api.model
    def _hand_over(self, officer, replacement, date):
        """Close ``officer``'s current lines on ``date`` and open the same
        lines for ``replacement`` from the next day (recall, 003 六(三))."""
        lines = self.sudo().search(
            [("officer_id", "=", officer.id), ("date_to", "=", False)]
        )
        taken = self.sudo().search(
            [
                ("officer_id", "=", replacement.id),
                ("date_to", "=", False),
                ("partner_id", "in", lines.partner_id.ids),
            ]
        )
        # A replacement already on the roster as staff becomes the chief.
        promoted = taken.filtered(
            lambda t: (
                t.role == "staff"
                and lines.filtered(
                    lambda line: (
                        line.partner_id == t.partner_id and line.role == "chief"
                    )
                )
            )
        )
        (lines | promoted).write({"date_to": date})
        start = date + relativedelta(days=1)
        kept = (taken - promoted).partner_id
        self.sudo().create(
            [
                {
                    "partner_id": line.partner_id.id,
                    "officer_id": replacement.id,
                    "role": line.role,
                    "region_id": line.region_id.id,
                    "date_from": start,
                    "note": self.env._("Replaces %(name)s", name=officer.name),
                }
                for line in lines
                if line.partner_id not in kept
            ]
        )
        return lines

    @api.model
    def _served_partner_ids(self, officers, day_from, day_to):
        """{officer id: set(partner ids)} served at some day of the period."""
        rows = self.sudo()._read_group(
            [
                ("officer_id", "in", officers.ids),
                ("date_from", "<=", day_to),
                "|",
                ("date_to", "=", False),
                ("date_to", ">=", day_from),
            ],
            ["officer_id", "partner_id"],
        )
        served = {}
        for officer, partner in rows:
            served.setdefault(officer.id, set()).add(partner.id)
        return served
