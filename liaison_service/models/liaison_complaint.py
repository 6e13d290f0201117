# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

NATURES = [
    ("business", "Business"),
    ("integrity", "Integrity and Conduct"),
]
CHANNELS = [
    ("portal", "Portal"),
    ("hotline", "Hotline"),
    ("backend", "Backend"),
]
DISCIPLINE_GROUP = "liaison_service.group_discipline"


class LiaisonComplaint(models.Model):
    """Complaint about the service (001 第二十五条, 第二十二—二十三条).

    Lifecycle: registered (portal, hotline or backend) through
    ``_intake``, which numbers it and routes it by nature: a business
    complaint goes to the office and the department concerned, an integrity
    complaint (廉政与作风) to the discipline-inspection group only, which no
    office, officer, department or leadership user can read (global record
    rule).  The handler records findings and concludes it; a violation found
    becomes a discipline record of the officer.  The office sees an integrity
    case only through ``liaison.complaint.register``: its number, date and
    state, and the outcome once the discipline group releases it.
    """

    _name = "liaison.complaint"
    _description = "Complaint"
    _inherit = ["mail.thread", "liaison.workflow.mixin", "liaison.region.mixin"]
    _order = "id desc"
    _workflow_fields = frozenset(
        {
            "name",
            "state",
            "nature",
            "channel",
            "anonymous",
            "partner_id",
            "concluded_on",
            "concluded_by",
            "outcome_released",
            "discipline_record_id",
        }
    )

    name = fields.Char(string="Number", readonly=True, copy=False, default="/")
    subject = fields.Char(required=True, tracking=True)
    description = fields.Text(required=True)
    nature = fields.Selection(NATURES, required=True, readonly=True, index=True)
    channel = fields.Selection(CHANNELS, required=True, readonly=True)
    anonymous = fields.Boolean(
        readonly=True, help="The complainant asked not to be named."
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Complainant's Enterprise",
        readonly=True,
        index="btree_not_null",
    )
    complainant_name = fields.Char()
    complainant_phone = fields.Char()
    officer_id = fields.Many2one(
        "liaison.officer", string="Officer Concerned", index="btree_not_null"
    )
    department_id = fields.Many2one(
        "liaison.department", string="Department Concerned", index="btree_not_null"
    )
    state = fields.Selection(
        [("open", "Open"), ("concluded", "Concluded")],
        string="Status",
        default="open",
        required=True,
        readonly=True,
        tracking=True,
    )
    findings = fields.Text(tracking=True)
    violation_found = fields.Boolean(
        tracking=True, help="A violation by the officer concerned was found."
    )
    outcome = fields.Text(tracking=True, help="What the complainant is told.")
    outcome_released = fields.Boolean(
        readonly=True,
        help="The discipline group made the outcome visible to the office.",
    )
    concluded_on = fields.Date(readonly=True, copy=False)
    concluded_by = fields.Many2one("res.users", readonly=True, copy=False)
    discipline_record_id = fields.Many2one(
        "liaison.discipline.record", readonly=True, copy=False
    )

    # ---- Intake ----
    def _intake_check_channel(self, channel):
        """Refuse a caller who may not register through ``channel``.

        The portal channel is the enterprises' (portal users); the hotline
        and the desk are the staff's who register complaints (department
        users and above, the discipline group).  The superuser seeds both.
        """
        if channel not in dict(CHANNELS):
            raise UserError(self.env._("This complaint channel does not exist."))
        user = self.env.user
        if self.env.su:
            return
        if channel == "portal":
            allowed = user.share and not user._is_public()
        else:
            allowed = user.has_group("liaison_service.group_department") or (
                user.has_group(DISCIPLINE_GROUP)
            )
        if not allowed:
            raise AccessError(
                self.env._("You may not register a complaint through this channel.")
            )

    @api.model
    def _intake(self, vals, channel):
        """Register a complaint from ``channel`` and return it (sudo).

        Nobody chooses where it goes: the nature does.  An integrity complaint
        is created with sudo because its author may not read it afterwards.
        On the portal the complainant is the caller: its enterprise and its
        name are taken from its user, whatever ``vals`` says.
        """
        self._intake_check_channel(channel)
        nature = vals.get("nature")
        if nature not in dict(NATURES):
            raise UserError(
                self.env._("Say whether the complaint is about business or integrity.")
            )
        for key in ("subject", "description"):
            if not (vals.get(key) or "").strip():
                raise UserError(
                    self.env._("A complaint needs a subject and a description.")
                )
        if not vals.get("region_id"):
            raise UserError(self.env._("Choose the region the complaint concerns."))
        allowed = {
            "subject",
            "description",
            "region_id",
            "officer_id",
            "department_id",
            "complainant_name",
            "complainant_phone",
            "partner_id",
            "anonymous",
        }
        clean = {k: v for k, v in vals.items() if k in allowed}
        clean["subject"] = clean["subject"].strip()[:200]
        user = self.env.user
        if channel == "portal" and user.share:
            clean.update(
                partner_id=user.partner_id.commercial_partner_id.id,
                complainant_name=user.partner_id.name,
            )
        if clean.get("anonymous"):
            clean.update(
                partner_id=False, complainant_name=False, complainant_phone=False
            )
        sequence = f"liaison.complaint.{nature}"
        clean.update(
            nature=nature,
            channel=channel,
            name=self._workflow_next_number(sequence) or "/",
        )
        complaint = self.sudo().with_context(mail_create_nosubscribe=True).create(clean)
        complaint._message_log(
            body=self.env._(
                "Registered through the %(channel)s.",
                channel=dict(self._fields["channel"]._description_selection(self.env))[
                    channel
                ],
            )
        )
        return complaint

    # ---- Actions ----
    def _check_handler(self):
        for complaint in self:
            group = (
                DISCIPLINE_GROUP
                if complaint.nature == "integrity"
                else "liaison_service.group_office"
            )
            complaint._workflow_check_group(group)
            complaint._workflow_check_state(
                ("open",),
                self.env._(
                    "Complaint %(name)s is already concluded.", name=complaint.name
                ),
            )

    def action_conclude(self):
        """The handler concludes: findings are required."""
        self._check_handler()
        for complaint in self:
            if (
                not (complaint.findings or "").strip()
                or not (complaint.outcome or "").strip()
            ):
                raise UserError(
                    self.env._(
                        "Record the findings and the outcome of %(name)s before "
                        "concluding it.",
                        name=complaint.name,
                    )
                )
            vals = self._workflow_signature("concluded")
            if complaint.nature == "business":
                vals["outcome_released"] = True
            if complaint.violation_found and complaint.officer_id:
                vals["discipline_record_id"] = (
                    self.env["liaison.discipline.record"]
                    .sudo()
                    .create(
                        {
                            "officer_id": complaint.officer_id.id,
                            "kind": "violation",
                            "date": fields.Date.context_today(self),
                            "description": complaint.outcome,
                            "complaint_name": complaint.name,
                        }
                    )
                    .id
                )
            complaint._workflow_write(vals)
        return True

    def action_release_outcome(self):
        """The discipline group lets the office see the outcome."""
        self._workflow_check_group(DISCIPLINE_GROUP)
        self._workflow_check_state(
            ("concluded",),
            self.env._("Only a concluded case has an outcome to release."),
        )
        self._workflow_write({"outcome_released": True})
        return True
