# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError


class LiaisonReturneeStationAppraisal(models.Model):
    """Yearly appraisal of a station (年度考核, 002 二(四)).

    The office enters (or fills from the records) the projects, investment
    and returnees a station brought in a year; ``action_rank`` ranks every
    station of the district for that year by score.  The three last are
    ``bottom_three``; a station in the bottom three this year and the year
    before is ``flagged``: its head is to be adjusted.
    """

    _name = "liaison.returnee.station.appraisal"
    _description = "Station Yearly Appraisal"
    _inherit = ["liaison.workflow.mixin"]
    _order = "year desc, rank, id"
    _workflow_fields = frozenset({"rank", "bottom_three", "flagged"})

    station_id = fields.Many2one(
        "liaison.returnee.station", required=True, index=True, ondelete="cascade"
    )
    region_id = fields.Many2one(related="station_id.region_id", store=True, index=True)
    year = fields.Integer(required=True, default=lambda self: fields.Date.today().year)
    project_count = fields.Integer(string="Projects Brought")
    investment = fields.Float(
        string="Investment (10k CNY)", help="Investment brought, in 万元."
    )
    returnee_count = fields.Integer(string="Returnees Brought")
    score = fields.Float(
        string="Appraisal Score",
        compute="_compute_score",
        store=True,
        help="10 points a project, 1 point per 100 (10k CNY) of investment, "
        "2 points a returnee.",
    )
    rank = fields.Integer(readonly=True, copy=False)
    bottom_three = fields.Boolean(readonly=True, copy=False)
    flagged = fields.Boolean(
        string="Bottom Three Two Years Running",
        readonly=True,
        copy=False,
        index=True,
        help="In the bottom three this year and last year: adjust the head.",
    )
    note = fields.Text()

    _sql_constraints = [
        (
            "station_year_unique",
            "unique(station_id, year)",
            "A station is appraised once a year.",
        )
    ]

    @api.depends("project_count", "investment", "returnee_count")
    def _compute_score(self):
        for appraisal in self:
            appraisal.score = (
                appraisal.project_count * 10
                + appraisal.investment / 100
                + appraisal.returnee_count * 2
            )

    def action_rank(self):
        """Rank the stations of each district and year of these appraisals."""
        self._workflow_check_group("liaison_service.group_office")
        if not self:
            raise UserError(self.env._("Select the appraisals to rank."))
        Appraisal = self.env[self._name]
        for region, year in {(a.region_id, a.year) for a in self}:
            year_appraisals = Appraisal.search(
                [("region_id", "=", region.id), ("year", "=", year)],
                order="score desc, id",
            )
            last_year_bottom = Appraisal.search(
                [
                    ("region_id", "=", region.id),
                    ("year", "=", year - 1),
                    ("bottom_three", "=", True),
                ]
            ).station_id
            bottom = year_appraisals[-3:] if len(year_appraisals) > 3 else Appraisal
            for rank, appraisal in enumerate(year_appraisals, start=1):
                is_bottom = appraisal in bottom
                appraisal._workflow_write(
                    {
                        "rank": rank,
                        "bottom_three": is_bottom,
                        "flagged": is_bottom
                        and appraisal.station_id in last_year_bottom,
                    }
                )
        return True

    def action_fill_from_records(self):
        """Count the projects and returned people the station brought."""
        self._workflow_check_group("liaison_service.group_office")
        returned = dict(
            self.env["liaison.returnee.person"]._read_group(
                [
                    ("station_id", "in", self.station_id.ids),
                    ("intention_stage", "=", "returned"),
                ],
                ["station_id"],
                ["__count"],
            )
        )
        for appraisal in self:
            projects = appraisal.station_id.project_ids
            appraisal.write(
                {
                    "project_count": len(projects),
                    "investment": sum(projects.mapped("investment_amount")) / 10000,
                    "returnee_count": returned.get(appraisal.station_id, 0),
                }
            )
        return True
