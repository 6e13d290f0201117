# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

DISCIPLINE_KINDS = [
    ("gift_refused", "Gift or Payment Refused"),
    ("violation", "Violation Found"),
]


class LiaisonDisciplineRecord(models.Model):
    """An officer's discipline record (000 §五(五)4, 003 保障措施(六)).

    A gift or payment an enterprise offered and the officer refused, recorded
    by the office, or a violation found by the discipline-inspection group
    when it concludes an integrity complaint.  The office and the leadership
    of the officer's jurisdiction read it; the annual appraisal counts it.
    Records are kept: they are archived, never deleted.
    """

    _name = "liaison.discipline.record"
    _description = "Discipline Record"
    _inherit = ["mail.thread", "liaison.jurisdiction.mixin"]
    _order = "date desc, id desc"

    officer_id = fields.Many2one("liaison.officer", required=True, index=True)
    region_id = fields.Many2one(
        related="officer_id.region_id", store=True, index=True, string="Region"
    )
    kind = fields.Selection(DISCIPLINE_KINDS, required=True, tracking=True)
    date = fields.Date(required=True, default=fields.Date.context_today)
    description = fields.Text(required=True)
    complaint_name = fields.Char(
        string="Complaint", readonly=True, help="Number of the integrity case."
    )
    work_log_id = fields.Many2one(
        "liaison.work.log",
        string="Visit",
        readonly=True,
        index="btree_not_null",
        help="The visit on which the gift was offered and refused.",
    )
    active = fields.Boolean(default=True)

    @api.constrains("date")
    def _check_date(self):
        today = fields.Date.context_today(self)
        if any(record.date > today for record in self):
            raise ValidationError(
                self.env._("A discipline record cannot be dated in the future.")
            )
