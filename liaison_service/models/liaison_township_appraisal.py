# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models, tools

# Points of the yearly township appraisal (002 二(四)).
POINTS_PER_PARK = 20
POINTS_PER_ENTERPRISE = 5
POINTS_PER_RETURNEE = 2
POINTS_PER_SIGNED_PROJECT = 5
# Points per 1,000,000 CNY of returnee enterprises' and contracted investment.
POINTS_PER_MILLION = 1


class LiaisonTownshipAppraisal(models.Model):
    """Yearly township appraisal (镇街考核, 002 二(四)), a read-only SQL view.

    For each township and year: recognised returnee parks, returnees who
    came back (out-of-town people at the intention stage "returned"),
    enterprises led by returnees and their investment (all cumulative up to
    the year), projects signed that year with their contracted investment
    and funds landed; a score from those figures and the rank among the
    townships of the county that year.
    """

    _name = "liaison.township.appraisal"
    _description = "Township Appraisal"
    _auto = False
    _order = "year desc, rank, region_id"

    year = fields.Integer(readonly=True)
    region_id = fields.Many2one("liaison.region", string="Township", readonly=True)
    county_id = fields.Many2one("liaison.region", readonly=True)
    park_count = fields.Integer(string="Parks", readonly=True)
    returnee_count = fields.Integer(string="Returnees", readonly=True)
    enterprise_count = fields.Integer(string="Returnee Enterprises", readonly=True)
    enterprise_investment = fields.Float(readonly=True)
    signed_count = fields.Integer(string="Signed Projects", readonly=True)
    contracted_investment = fields.Float(readonly=True)
    funds_landed = fields.Float(readonly=True)
    score = fields.Float(readonly=True, digits=(10, 1))
    rank = fields.Integer(readonly=True, aggregator=False)

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            f"""
            CREATE VIEW {self._table} AS (
            WITH years AS (
                SELECT DISTINCT y FROM (
                    SELECT year AS y FROM liaison_signing_event
                    UNION SELECT EXTRACT(YEAR FROM licence_date)::int
                      FROM liaison_returnee_enterprise WHERE licence_date IS NOT NULL
                    UNION SELECT EXTRACT(YEAR FROM CURRENT_DATE)::int
                ) t WHERE y BETWEEN 2000 AND 2999
            ), towns AS (
                SELECT id, parent_id FROM liaison_region
                 WHERE level = 'township' AND active
            ), parks AS (
                SELECT years.y, p.region_id, COUNT(*) AS n
                  FROM years JOIN liaison_returnee_park p
                    ON p.active AND p.level != 'none'
                   AND (p.recognised_date IS NULL
                        OR EXTRACT(YEAR FROM p.recognised_date) <= years.y)
                 GROUP BY years.y, p.region_id
            ), people AS (
                SELECT years.y, r.region_id, COUNT(*) AS n
                  FROM years JOIN liaison_returnee_person r
                    ON r.active AND r.intention_stage = 'returned'
                   AND EXTRACT(YEAR FROM r.create_date) <= years.y
                 GROUP BY years.y, r.region_id
            ), ents AS (
                SELECT years.y, e.region_id, COUNT(*) AS n,
                       SUM(COALESCE(e.investment, 0)) AS inv
                  FROM years JOIN liaison_returnee_enterprise e
                    ON e.is_returnee AND e.licence_date IS NOT NULL
                   AND EXTRACT(YEAR FROM e.licence_date) <= years.y
                 GROUP BY years.y, e.region_id
            ), signed AS (
                SELECT year AS y, region_id, COUNT(*) AS n,
                       SUM(COALESCE(contracted_investment, 0)) AS c,
                       SUM(COALESCE(funds_landed, 0)) AS l
                  FROM liaison_signing_project GROUP BY year, region_id
            ), base AS (
                SELECT towns.id * 1000 + (years.y - 2000) AS id,
                       years.y AS year, towns.id AS region_id,
                       towns.parent_id AS county_id,
                       COALESCE(parks.n, 0) AS park_count,
                       COALESCE(people.n, 0) AS returnee_count,
                       COALESCE(ents.n, 0) AS enterprise_count,
                       COALESCE(ents.inv, 0) AS enterprise_investment,
                       COALESCE(signed.n, 0) AS signed_count,
                       COALESCE(signed.c, 0) AS contracted_investment,
                       COALESCE(signed.l, 0) AS funds_landed
                  FROM years CROSS JOIN towns
                  LEFT JOIN parks ON parks.y = years.y AND parks.region_id = towns.id
                  LEFT JOIN people
                    ON people.y = years.y AND people.region_id = towns.id
                  LEFT JOIN ents ON ents.y = years.y AND ents.region_id = towns.id
                  LEFT JOIN signed
                    ON signed.y = years.y AND signed.region_id = towns.id
            ), scored AS (
                SELECT base.*,
                       (%(park)s * park_count
                        + %(returnee)s * returnee_count
                        + %(enterprise)s * enterprise_count
                        + %(signed)s * signed_count
                        + %(million)s
                          * (enterprise_investment + contracted_investment)
                          / 1000000.0)::numeric(12, 1) AS score
                  FROM base
            )
            SELECT scored.*,
                   RANK() OVER (PARTITION BY year, county_id ORDER BY score DESC)
                       AS rank
              FROM scored
            )
            """,
            {
                "park": POINTS_PER_PARK,
                "enterprise": POINTS_PER_ENTERPRISE,
                "returnee": POINTS_PER_RETURNEE,
                "signed": POINTS_PER_SIGNED_PROJECT,
                "million": POINTS_PER_MILLION,
            },
        )
