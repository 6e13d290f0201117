# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models

# Submissions accepted from one address in an hour (public form).
PUBLIC_SUBMISSIONS_PER_HOUR = 5


class LiaisonVentureProject(models.Model):
    """Venture project library (创业项目库, 002 四(三) 五(六)).

    Projects are collected from the public (portal form, no login), from
    service stations and from departments: submitted → scored by experts on
    the configured criteria → accepted → published on the portal (offered
    at promotion events), or rejected.  Returnees' interest is recorded and
    can become a liaison project.
    """

    _name = "liaison.venture.project"
    _description = "Venture Project"
    _inherit = ["mail.thread", "liaison.workflow.mixin"]
    _order = "id desc"
    _workflow_fields = frozenset({"state", "submit_ip"})

    name = fields.Char(required=True, tracking=True)
    description = fields.Text()
    sector = fields.Char()
    source = fields.Selection(
        [
            ("public", "Public"),
            ("station", "Service Station"),
            ("department", "Department"),
        ],
        required=True,
        default="department",
    )
    station_id = fields.Many2one(
        "liaison.returnee.station",
        string="Service Station",
        index="btree_not_null",
        ondelete="set null",
    )
    department_id = fields.Many2one("liaison.department", ondelete="set null")
    region_id = fields.Many2one(
        "liaison.region", string="Township", index="btree_not_null", ondelete="set null"
    )
    currency_id = fields.Many2one(
        "res.currency", required=True, default=lambda self: self.env.company.currency_id
    )
    investment_needed = fields.Monetary()
    submitter_name = fields.Char()
    submitter_phone = fields.Char()
    submit_ip = fields.Char(string="Submitted from", readonly=True, index=True)
    state = fields.Selection(
        [
            ("submitted", "Submitted"),
            ("accepted", "Accepted"),
            ("published", "Published"),
            ("rejected", "Rejected"),
        ],
        default="submitted",
        required=True,
        index=True,
        tracking=True,
    )
    score_ids = fields.One2many("liaison.venture.score", "venture_id", string="Scores")
    score = fields.Float(
        compute="_compute_score",
        store=True,
        digits=(5, 1),
        help="Weighted score out of 100, averaged over the experts.",
    )
    interest_ids = fields.One2many(
        "liaison.venture.interest",
        "venture_id",
    )

    @api.depends("score_ids.score", "score_ids.criterion_id", "score_ids.expert_id")
    def _compute_score(self):
        for venture in self:
            by_expert = {}
            for line in venture.score_ids:
                criterion = line.criterion_id
                points, weights = by_expert.get(line.expert_id.id, (0.0, 0))
                by_expert[line.expert_id.id] = (
                    points + criterion.weight * line.score / criterion.max_score,
                    weights + criterion.weight,
                )
            totals = [100 * p / w for p, w in by_expert.values() if w]
            venture.score = sum(totals) / len(totals) if totals else 0.0

    def _set_state(self, from_states, state):
        return self._workflow_step(
            "liaison_service.group_office",
            from_states,
            self.env._("This step is not possible in this state."),
            {"state": state},
        )

    def action_accept(self):
        return self._set_state(("submitted",), "accepted")

    def action_publish(self):
        return self._set_state(("accepted",), "published")

    def action_reject(self):
        return self._set_state(("submitted", "accepted", "published"), "rejected")

    @api.model
    def _public_submit(self, vals, ip):
        """Create a public submission; the controller has checked the form.

        Refuses more than PUBLIC_SUBMISSIONS_PER_HOUR from one address.
        """
        since = fields.Datetime.subtract(fields.Datetime.now(), hours=1)
        recent = (
            self.sudo()
            .with_context(active_test=False)
            .search_count([("submit_ip", "=", ip), ("create_date", ">=", since)])
        )
        if recent >= PUBLIC_SUBMISSIONS_PER_HOUR:
            return False
        allowed = {"name", "description", "sector", "submitter_name", "submitter_phone"}
        values = {k: v for k, v in vals.items() if k in allowed}
        values.update({"source": "public", "submit_ip": ip})
        return self.sudo().create(values)
