# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models
from odoo.exceptions import AccessError, UserError


class LiaisonReturneeStationReport(models.Model):
    """A station head's report (述职) at a half-yearly heads' meeting.

    Lifecycle: draft → submitted (by the head, on the portal or the
    backend) → filed by the office, or returned with a reason (back to
    the head, who submits again).
    """

    _name = "liaison.returnee.station.report"
    _description = "Station Head's Report"
    _inherit = ["mail.thread", "liaison.workflow.mixin", "liaison.jurisdiction.mixin"]
    _liaison_jurisdiction_fields = ("station_id", "meeting_id")
    _order = "id desc"
    _workflow_fields = frozenset(
        {"state", "submitted_on", "submitted_by", "filed_on", "return_reason"}
    )

    meeting_id = fields.Many2one(
        "liaison.returnee.station.meeting",
        string="Heads' Meeting",
        required=True,
        index=True,
        ondelete="restrict",
    )
    station_id = fields.Many2one(
        "liaison.returnee.station",
        required=True,
        index=True,
        ondelete="cascade",
    )
    region_id = fields.Many2one(related="station_id.region_id", store=True, index=True)
    name = fields.Char(string="Title", required=True)
    body = fields.Text(string="Report")
    attachment_ids = fields.Many2many("ir.attachment", string="Attachments")
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("submitted", "Submitted"),
            ("filed", "Filed"),
            ("returned", "Returned"),
        ],
        default="draft",
        required=True,
        tracking=True,
        index=True,
    )
    submitted_on = fields.Datetime(readonly=True, copy=False)
    submitted_by = fields.Many2one("res.users", readonly=True, copy=False)
    filed_on = fields.Date(readonly=True, copy=False)
    return_reason = fields.Text(readonly=True, copy=False)

    _sql_constraints = [
        (
            "station_meeting_unique",
            "unique(station_id, meeting_id)",
            "A station files one report per heads' meeting.",
        )
    ]

    def _check_state(self, states):
        self._workflow_check_state(
            states,
            lambda report: self.env._(
                "The report %(name)s cannot take this step in its current state.",
                name=report.name,
            ),
        )

    def _check_head(self):
        user = self.env.user
        if self.env.su or user.has_group("liaison_service.group_office"):
            return
        for report in self:
            station = report.station_id
            if user not in station.head_user_id | station.member_user_ids:
                raise AccessError(
                    self.env._("Only the station's head can submit its report.")
                )

    def action_submit(self):
        """The head (or the office for it) submits the report."""
        self._check_head()
        self._check_state(("draft", "returned"))
        for report in self:
            if not (report.body or "").strip() and not report.attachment_ids:
                raise UserError(
                    self.env._(
                        "Write the report %(name)s or attach it before submitting.",
                        name=report.name,
                    )
                )
        self._workflow_write(
            {
                "state": "submitted",
                "submitted_on": fields.Datetime.now(),
                "submitted_by": self.env.user.id,
            }
        )
        return True

    def action_file(self):
        """The office files a submitted report."""
        self._workflow_check_group("liaison_service.group_office")
        self._check_state(("submitted",))
        self._workflow_write(
            {"state": "filed", "filed_on": fields.Date.context_today(self)}
        )
        return True

    def action_return(self, reason=None):
        """The office returns a submitted report with a reason."""
        self._workflow_check_group("liaison_service.group_office")
        self._check_state(("submitted",))
        return self._workflow_reason_step(
            "action_return",
            reason,
            self.env._("Return the report"),
            {"state": "returned", "return_reason": reason},
        )
