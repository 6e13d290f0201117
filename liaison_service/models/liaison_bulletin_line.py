# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models

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
    department_id = fields.Many2one("liaison.department", string="Department")
    officer_id = fields.Many2one("liaison.officer", string="Officer")
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
        """Officers late on weekly visits or reports; filled by field work."""
        return []
