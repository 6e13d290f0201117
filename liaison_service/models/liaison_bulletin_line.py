# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.tools import SQL

SECTIONS = [
    ("department_late", "Departments Late on Assignments"),
    ("officer_late", "Officers Late on Reports or Visits"),
    ("department_satisfaction", "Satisfaction by Department"),
    ("officer_satisfaction", "Satisfaction by Officer"),
    ("completeness", "Ledger Completeness"),
    ("praise", "Praise"),
    ("criticism", "Criticism"),
]


class LiaisonBulletinLine(models.Model):
    """One frozen figure of a supervision bulletin.

    Written only by the bulletin's generation (sudo after its checks): the
    figures stay what they were when the bulletin was generated.
    """

    _name = "liaison.bulletin.line"
    _description = "Supervision Bulletin Figure"
    _order = "bulletin_id, sequence, id"

    bulletin_id = fields.Many2one(
        "liaison.bulletin", required=True, ondelete="cascade", index=True
    )
    sequence = fields.Integer()
    section = fields.Selection(SECTIONS, required=True)
    department_id = fields.Many2one(
        "liaison.department",
    )
    officer_id = fields.Many2one(
        "liaison.officer",
    )
    gap = fields.Selection(
        [
            ("issue_category", "Issues without a category"),
            ("project_checklist", "Projects without a checklist"),
        ],
        string="Item",
        help="The kind of gap a ledger-completeness figure counts.",
    )
    count = fields.Integer(help="Late notices, satisfied ratings, gaps...")
    total = fields.Integer(help="Out of: notices due, ratings, records.")
    days_late = fields.Integer()
    rate = fields.Float(string="Rate (%)", digits=(5, 2))

    @api.model
    def _officer_lateness(self, region_ids, date_from, date_to):
        """Officers who missed weekly visits or were late with their reports.

        ``count`` is the missed visits plus the late reports, ``total`` the
        visits due plus the reports due in the period (two queries).
        """
        self.env["liaison.visit.compliance"].flush_model()
        self.env["liaison.work.report"].flush_model()

        def fetch(query):
            """Rows of ``query`` on the regions and the period."""
            self.env.cr.execute(
                SQL(query, regions=region_ids, start=date_from, stop=date_to)
            )
            return self.env.cr.fetchall()

        figures = {
            officer: [missed or 0, due or 0]
            for officer, missed, due in fetch(
                """
                SELECT officer_id, SUM(missed), SUM(due)
                  FROM liaison_visit_compliance
                 WHERE region_id IN %(regions)s
                   AND week_start BETWEEN %(start)s AND %(stop)s
                 GROUP BY officer_id
                """
            )
        }
        for officer, late, due in fetch(
            """
            SELECT officer_id,
                   COUNT(*) FILTER (WHERE COALESCE(submitted_on::date,
                                                   %(stop)s + 1) > due_date),
                   COUNT(*)
              FROM liaison_work_report
             WHERE region_id IN %(regions)s
               AND due_date BETWEEN %(start)s AND %(stop)s
             GROUP BY officer_id
            """
        ):
            row = figures.setdefault(officer, [0, 0])
            row[0] += late
            row[1] += due
        return [
            {
                "section": "officer_late",
                "officer_id": officer,
                "count": late,
                "total": due,
            }
            for officer, (late, due) in sorted(figures.items())
            if late
        ]
