# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError


class LiaisonConsultation(models.Model):
    """Consultation of an enterprise (004 六1, 首问负责).

    The user who receives the consultation (the creator) answers it and owns
    it until handed over; every missing material is notified at once
    (一次性告知).  A consultation may turn into a project.
    """

    _name = "liaison.consultation"
    _description = "Liaison Consultation"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "liaison.region.mixin",
        "liaison.workflow.mixin",
    ]
    _workflow_fields = frozenset({"state", "project_id"})
    _order = "date desc, id desc"
    _rec_names_search = ["name", "partner_id.name", "applicant_name"]

    name = fields.Char(
        string="Consultation Subject",
        required=True,
        tracking=True,
        default=lambda self: self.env._("New Consultation"),
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Enterprise",
        index=True,
        tracking=True,
        ondelete="restrict",
        domain=[("is_company", "=", True)],
        help="The registered enterprise; leave empty for an enterprise not yet "
        "registered and give the applicant's name.",
    )
    applicant_name = fields.Char(
        tracking=True, help="Enterprise or person asking, when not yet registered."
    )
    applicant_phone = fields.Char()
    # Required, indexed, kept in the writer's regions: liaison.region.mixin.
    region_id = fields.Many2one(tracking=True)
    channel = fields.Selection(
        [
            ("visit", "Visit"),
            ("phone", "Phone"),
            ("online", "Online"),
            ("remote", "Remote"),
        ],
        required=True,
        default="visit",
        tracking=True,
    )
    question = fields.Text(required=True)
    answer = fields.Text()
    date = fields.Date(
        required=True, default=fields.Date.context_today, tracking=True, index=True
    )
    user_id = fields.Many2one(
        "res.users",
        string="First-Contact Officer",
        default=lambda self: self.env.user,
        required=True,
        tracking=True,
        index=True,
        domain=[("share", "=", False)],
        help="The user who received the consultation (首问负责): answers it and "
        "owns it until handed over.",
    )
    missing_material_ids = fields.One2many(
        "liaison.consultation.material",
        "consultation_id",
        string="Missing Materials",
        copy=True,
        help="Every missing material, notified to the enterprise at once (一次性告知).",
    )
    state = fields.Selection(
        [
            ("open", "Open"),
            ("answered", "Answered"),
            ("converted", "Converted"),
            ("closed", "Closed"),
        ],
        required=True,
        default="open",
        tracking=True,
        index=True,
        copy=False,
    )
    project_id = fields.Many2one(
        "liaison.project",
        readonly=True,
        copy=False,
        index="btree_not_null",
        ondelete="set null",
        tracking=True,
        help="The project this consultation turned into.",
    )

    @api.constrains("partner_id", "applicant_name")
    def _check_applicant(self):
        for consultation in self:
            if not consultation.partner_id and not consultation.applicant_name:
                raise ValidationError(
                    self.env._(
                        "Give the enterprise or the applicant's name of "
                        "consultation %(name)s.",
                        name=consultation.name,
                    )
                )

    def action_answer(self):
        self._workflow_check_group("liaison_service.group_officer")
        self._workflow_check_state(
            ("open",),
            lambda consultation: self.env._(
                "Consultation %(name)s is not open.", name=consultation.name
            ),
        )
        self._workflow_check_state(
            lambda consultation: (consultation.answer or "").strip(),
            lambda consultation: self.env._(
                "Write the answer of consultation %(name)s first.",
                name=consultation.name,
            ),
        )
        self._workflow_write({"state": "answered"})

    def action_close(self):
        self._workflow_check_group("liaison_service.group_officer")
        self._workflow_check_state(
            lambda consultation: consultation.state != "converted",
            self.env._("A converted consultation cannot be closed."),
        )
        self._workflow_write({"state": "closed"})

    def action_reopen(self):
        self._workflow_check_group("liaison_service.group_officer")
        self.filtered(lambda c: c.state == "closed")._workflow_write({"state": "open"})

    def action_convert_to_project(self):
        """Create the project this consultation asks for (stage consult)."""
        self.ensure_one()
        self._workflow_check_group("liaison_service.group_office")
        self._workflow_check_state(
            lambda consultation: (
                consultation.state not in ("converted", "closed")
                and not consultation.project_id
            ),
            self.env._(
                "Consultation %(name)s is already converted or closed.",
                name=self.name,
            ),
        )
        partner = self.partner_id
        if not partner:
            # The office may register the enterprise without contact rights.
            partner = (
                self.env["res.partner"]
                .sudo()
                .create(
                    {
                        "name": self.applicant_name,
                        "phone": self.applicant_phone,
                        "is_company": True,
                    }
                )
            )
            self.partner_id = partner
        Project = self.env["liaison.project"]
        project = Project.create(
            {
                "name": self.name,
                "partner_id": partner.id,
                "region_id": self.region_id.id,
                "handler_name": self.applicant_name or False,
                "handler_phone": self.applicant_phone or False,
                "stage_id": Project._get_stage("is_intake").id,
                "consultation_id": self.id,
            }
        )
        # The status and the project are tracked: no separate note.
        self._workflow_write({"project_id": project.id, "state": "converted"})
        return self._workflow_form_action(project)

    @api.model
    def _action_open_for(self, record):
        """The form of the consultation of ``record`` (a project, a returnee)."""
        record.ensure_one()
        return self._workflow_form_action(record.consultation_id)

    # ---- Portal-facing actions ----
    # The enterprise's application on its portal (liaison_service_portal):
    # the controller parses the form and calls this; the rules are here.
    # The texts read from the portal's form and their limits (characters).
    _portal_max_lengths = {
        "name": 200,
        "applicant_name": 100,
        "applicant_phone": 32,
        "question": 5000,
    }

    @api.model
    def _portal_first_contact(self, partner):
        """The user who receives an application of enterprise ``partner``:
        the main officer of its latest project, or the administrator."""
        project = (
            self.env["liaison.project"]
            .sudo()
            .search(
                [
                    ("partner_id", "child_of", partner.id),
                    ("main_officer_id.user_id", "!=", False),
                ],
                order="id desc",
                limit=1,
            )
        )
        return project.main_officer_id.user_id or self.env.ref("base.user_admin")

    @api.model
    def _portal_submit(self, vals, attachments=()):
        """The enterprise applies for service from its portal; return the
        consultation, read with the caller's rights.

        From ``vals`` only the texts of ``_portal_max_lengths`` and
        ``region_id`` are read.  The enterprise is the caller's company, the
        channel online, the first contact ``_portal_first_contact``; the
        ``attachments`` (``(name, content)`` pairs) go with the note posted
        under the caller's name.  Portal users may not create consultations:
        it is created as the superuser once these are checked; on any error
        nothing is kept.
        """
        user = self.env.user
        if not user.share or user._is_public():
            raise AccessError(
                self.env._("Only an enterprise applies for service from its portal.")
            )
        texts = {}
        for field, limit in self._portal_max_lengths.items():
            value = vals.get(field) or ""
            if not isinstance(value, str) or "\x00" in value:
                raise UserError(self.env._("This text contains an invalid character."))
            texts[field] = value.strip()
            if len(texts[field]) > limit:
                raise UserError(
                    self.env._(
                        "%(field)s: at most %(limit)s characters.",
                        field=self._fields[field]._description_string(self.env),
                        limit=limit,
                    )
                )
        if not texts["question"]:
            raise UserError(self.env._("Describe what you need."))
        region_id = vals.get("region_id")
        region = (
            self.env["liaison.region"]
            .sudo()
            .browse(
                region_id
                if isinstance(region_id, int) and not isinstance(region_id, bool)
                else []
            )
            .exists()
        )
        if not region:
            raise UserError(self.env._("Choose the region of the project."))
        partner = user.partner_id.commercial_partner_id
        with self.env.cr.savepoint():
            consultation = self.sudo().create(
                {
                    **texts,
                    "name": texts["name"] or self.env._("Online application"),
                    "region_id": region.id,
                    "partner_id": partner.id,
                    "channel": "online",
                    "user_id": self._portal_first_contact(partner).id,
                }
            )
            consultation.message_post(
                body=self.env._(
                    "Application submitted online by %(name)s.", name=user.name
                ),
                attachments=list(attachments),
                author_id=user.partner_id.id,
                subtype_xmlid="mail.mt_note",
            )
        return consultation.sudo(False)
