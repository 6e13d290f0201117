# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models, tools

# Row id = source id * 10 + kind digit: stable across queries.
KINDS = [
    ("checklist", "Checklist Item"),
    ("issue", "Issue"),
    ("assignment", "Assignment Notice"),
    ("opinion", "Opinion Request"),
    ("activity", "Activity"),
]


class LiaisonWorkItem(models.Model):
    """The work of one person or department, read from the records (SQL view).

    One row per open checklist line, issue, assignment notice, opinion
    request and liaison activity, with its deadline and owner.  It is the
    home of officers (their week) and departments (notices to sign for, to
    answer, overdue; opinion requests waiting).  Nothing is written here:
    "Open" goes to the record itself, whose own rules apply.
    """

    _name = "liaison.work.item"
    _description = "Work Item"
    _auto = False
    _order = "deadline, id"

    kind = fields.Selection(KINDS, readonly=True)
    name = fields.Char(string="Title", readonly=True)
    step = fields.Selection(
        [
            ("to_sign", "To Sign For"),
            ("to_answer", "To Answer"),
            ("waiting", "Waiting for Reply"),
            ("open", "In Progress"),
            ("planned", "Planned"),
        ],
        readonly=True,
    )
    deadline = fields.Date(readonly=True)
    is_overdue = fields.Boolean(string="Overdue", readonly=True)
    colour = fields.Selection(
        [("blue", "Blue"), ("yellow", "Yellow"), ("red", "Red")],
        string="Supervision",
        readonly=True,
    )
    user_id = fields.Many2one("res.users", string="Responsible", readonly=True)
    department_id = fields.Many2one("liaison.department", readonly=True)
    region_id = fields.Many2one("liaison.region", readonly=True)
    partner_id = fields.Many2one("res.partner", string="Enterprise", readonly=True)
    res_model = fields.Char(string="Document Model", readonly=True)
    res_id = fields.Integer(string="Document", readonly=True)

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            f"""
            CREATE VIEW {self._table} AS (
                SELECT l.id * 10 + 1 AS id, 'checklist' AS kind,
                       l.name AS name,
                       CASE WHEN l.state = 'submitted' THEN 'waiting'
                            WHEN l.state = 'todo' THEN 'planned'
                            ELSE 'open' END AS step,
                       l.deadline AS deadline,
                       COALESCE(l.deadline < CURRENT_DATE, FALSE) AS is_overdue,
                       NULL::varchar AS colour,
                       l.user_id AS user_id, l.department_id AS department_id,
                       l.region_id AS region_id, l.partner_id AS partner_id,
                       'liaison.checklist.line' AS res_model, l.id AS res_id
                  FROM liaison_checklist_line l
                 WHERE l.state NOT IN ('approved', 'not_needed')
                UNION ALL
                SELECT i.id * 10 + 2, 'issue', i.name,
                       CASE WHEN i.date_accepted IS NULL THEN 'to_sign'
                            ELSE 'open' END,
                       i.resolution_deadline,
                       COALESCE(i.resolution_deadline < CURRENT_DATE, FALSE),
                       i.supervision_colour,
                       o.user_id, NULL, i.region_id, i.partner_id,
                       'liaison.issue', i.id
                  FROM liaison_issue i
                  JOIN liaison_issue_stage s ON s.id = i.stage_id
             LEFT JOIN liaison_officer o ON o.id = i.officer_id
                 WHERE i.active AND NOT COALESCE(s.is_closed, FALSE)
                   AND NOT COALESCE(s.is_rejected, FALSE)
                   AND i.date_solved IS NULL
                UNION ALL
                SELECT a.id * 10 + 3, 'assignment', a.name,
                       CASE WHEN a.state = 'sent' THEN 'to_sign'
                            ELSE 'to_answer' END,
                       a.deadline,
                       COALESCE(a.deadline < CURRENT_DATE, FALSE),
                       a.supervision_colour,
                       NULL, a.lead_department_id, a.region_id, i.partner_id,
                       'liaison.assignment', a.id
                  FROM liaison_assignment a
                  JOIN liaison_issue i ON i.id = a.issue_id
                 WHERE a.state IN ('sent', 'signed')
                UNION ALL
                SELECT r.id * 10 + 4, 'opinion', r.name, 'waiting',
                       r.reply_deadline,
                       COALESCE(r.reply_deadline < CURRENT_DATE, FALSE),
                       NULL, r.requested_by, r.department_id, r.region_id,
                       p.partner_id, 'liaison.opinion.request', r.id
                  FROM liaison_opinion_request r
             LEFT JOIN liaison_project p ON p.id = r.project_id
                 WHERE r.state = 'sent'
                UNION ALL
                SELECT m.id * 10 + 5, 'activity',
                       COALESCE(NULLIF(m.summary, ''), m.res_name, ''),
                       'planned', m.date_deadline,
                       m.date_deadline < CURRENT_DATE, NULL,
                       m.user_id, NULL, NULL, NULL, m.res_model, m.res_id
                  FROM mail_activity m
                 WHERE m.res_model LIKE 'liaison.%%' AND m.active
            )
            """
        )

    def action_open_document(self):
        """Open the record behind the row, with the reader's own rights."""
        self.ensure_one()
        record = self.env[self.res_model].browse(self.res_id)
        record.check_access("read")
        return {
            "type": "ir.actions.act_window",
            "res_model": self.res_model,
            "res_id": self.res_id,
            "views": [(False, "form")],
            "target": "current",
        }
