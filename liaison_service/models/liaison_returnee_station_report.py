# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError


class LiaisonReturneeStationReport(models.Model):
    """A station head's report (述职) at a half-yearly heads' meeting.

    Lifecycle: draft → submitted (by the head, on the portal or the
    backend) → filed by the office, or returned with a reason (back to
    the head, who submits again).
    """

    _name = "liaison.returnee.station.report"
    _description = "Station Head's Report"
    _inherit = ["liaison.submission.mixin", "liaison.jurisdiction.mixin"]
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
    body = fields.Text(string="Report")
    state = fields.Selection(
        selection_add=[("filed", "Filed"), ("returned",)],
        ondelete={"filed": "set default"},
    )
    submitted_by = fields.Many2one("res.users", readonly=True, copy=False)
    filed_on = fields.Date(readonly=True, copy=False)

    _sql_constraints = [
        (
            "station_meeting_unique",
            "unique(station_id, meeting_id)",
            "A station files one report per heads' meeting.",
        )
    ]

    @api.constrains("meeting_id", "station_id")
    def _check_meeting_district(self):
        """A station reports only at a meeting of its district or above."""
        for report in self.sudo():
            meeting_path = report.meeting_id.region_id.parent_path or ""
            station_path = report.station_id.region_id.parent_path or ""
            if not station_path.startswith(meeting_path):
                raise ValidationError(
                    self.env._(
                        "Station %(station)s does not report at %(meeting)s: the "
                        "meeting is not its district's.",
                        station=report.station_id.name,
                        meeting=report.meeting_id.name,
                    )
                )

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
        return self._submission_submit({"submitted_by": self.env.user.id})

    def action_file(self):
        """The office files a submitted report."""
        return self._submission_take(
            {"state": "filed", "filed_on": fields.Date.context_today(self)}
        )

    def action_return(self, reason=None):
        """The office returns a submitted report with a reason."""
        return self._submission_return(reason, self.env._("Return the report"))

    # ---- Portal-facing actions ----
    # The head files its report on the portal (liaison_service_portal): the
    # controller reads the form and calls this; the rights are checked here.
    _portal_lengths = {"name": 200, "body": 20000}

    @api.model
    def _portal_submit(self, station, vals):
        """The head files and submits its station's report for a heads'
        meeting; return it.

        From ``vals`` only ``meeting_id``, ``name`` and ``body`` are read; the
        meeting must be one the station may still report on.  The report is
        created with the caller's rights (the record rules let a head write
        its station's reports only) and submitted by it.
        """
        station = station.sudo().exists()
        if not self.env.su and self.env.user not in (
            station.head_user_id | station.member_user_ids
        ):
            raise AccessError(
                self.env._("Only the station's head can submit its report.")
            )
        try:
            meeting_id = int(vals.get("meeting_id") or 0)
        except (TypeError, ValueError):
            meeting_id = 0
        meeting = (
            self.env["liaison.returnee.station.meeting"]
            ._open_for_station(station)
            .filtered(lambda m: m.id == meeting_id)
        )
        if not meeting:
            raise UserError(
                self.env._("Choose a heads' meeting your station has not reported on.")
            )
        text = {
            key: (vals.get(key) or "").strip()[:limit]
            for key, limit in self._portal_lengths.items()
        }
        if not text["name"] or not text["body"]:
            raise UserError(self.env._("Give the report a title and a text."))
        report = self.create(
            {"station_id": station.id, "meeting_id": meeting.id, **text}
        )
        report.action_submit()
        return report

    def _portal_resubmit(self, body):
        """The head corrects the text of its returned report and submits it
        again (``body`` is the only value read)."""
        self.ensure_one()
        self.check_access("write")
        self._check_head()
        text = (body or "").strip()[: self._portal_lengths["body"]]
        if self.state != "returned" or not text:
            raise UserError(self.env._("Nothing to resubmit."))
        self.write({"body": text})
        return self.action_submit()
