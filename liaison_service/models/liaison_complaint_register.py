# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models, tools

from .liaison_complaint import NATURES


class LiaisonComplaintRegister(models.Model):
    """What the office may know of every complaint of its jurisdiction.

    A read-only view over complaints that carries no complainant, officer,
    description or findings: for an integrity case only its number, date,
    state, and the outcome once the discipline-inspection group released it.
    """

    _name = "liaison.complaint.register"
    _description = "Complaint Register"
    _auto = False
    _order = "date desc, id desc"
    _depends = {
        "liaison.complaint": [
            "name",
            "create_date",
            "nature",
            "region_id",
            "state",
            "outcome",
            "outcome_released",
        ]
    }

    name = fields.Char(string="Number", readonly=True)
    date = fields.Date(readonly=True)
    nature = fields.Selection(NATURES, readonly=True)
    region_id = fields.Many2one("liaison.region", readonly=True)
    state = fields.Selection(
        [("open", "Open"), ("concluded", "Concluded")], string="Status", readonly=True
    )
    outcome = fields.Text(readonly=True)

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            f"""
            CREATE VIEW {self._table} AS (
                SELECT id, name, create_date::date AS date, nature, region_id,
                       state,
                       CASE WHEN outcome_released THEN outcome END AS outcome
                  FROM liaison_complaint
            )
            """
        )
