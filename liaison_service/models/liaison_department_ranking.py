# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class LiaisonDepartmentRanking(models.TransientModel):
    """One line of the department ranking as a reader opened it.

    Created by ``liaison.issue.kpi.action_open_department_ranking`` from the
    KPIs the reader may see, numbered by resolution rate, with a total line
    whose rates are recomputed from the summed counts; vacuumed like any
    transient record.
    """

    _name = "liaison.department.ranking"
    _description = "Department Ranking Line"
    _order = "rank, id"

    rank = fields.Integer(readonly=True)
    department_id = fields.Many2one("liaison.department", readonly=True)
    # The label read_group gives the group (a department of another region
    # may lead an issue of the reader's), stored when the line is created.
    name = fields.Char(string="Department Name", readonly=True)
    is_total = fields.Boolean(string="Total", readonly=True)
    issue_count = fields.Integer(string="Issues", readonly=True)
    resolved_count = fields.Integer(string="Resolved", readonly=True)
    overdue_count = fields.Integer(string="Overdue", readonly=True)
    response_rate = fields.Float(string="Response Rate (%)", readonly=True)
    resolution_rate = fields.Float(string="Resolution Rate (%)", readonly=True)
    satisfaction_rate = fields.Float(string="Satisfaction Rate (%)", readonly=True)
    days_to_close = fields.Float(string="Days to Close", readonly=True)
