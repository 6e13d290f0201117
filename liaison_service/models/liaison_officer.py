# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date, timedelta
import re
import secrets

from dateutil.relativedelta import relativedelta

from odoo import Command, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.osv import expression

# Officers serve at one of the three levels of the liaison system.
OFFICER_LEVELS = [
    ("city", "City"),
    ("county", "County / District"),
    ("township", "Township / Street"),
]
# Appointment requires this many years of work experience (000 §四(二)).
MIN_WORK_YEARS = 3
# The office is reminded this many days before a term ends.
TERM_REMINDER_DAYS = 30
# Fields only the workflow actions may write (liaison.workflow.mixin); the
# reasons are given through the reason wizard when the step is taken.
OFFICER_WORKFLOW_FIELDS = frozenset(
    {
        "state",
        "appointment_number",
        "card_number",
        "verification_token",
        "term_start",
        "term_end",
        "reject_reason",
        "suspend_reason",
        "recall_reason",
    }
)
ID_NUMBER_RE = re.compile(r"^\d{17}[\dX]$")
ID_NUMBER_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_NUMBER_CHECK_CHARS = "10X98765432"


def id_number_birth_date(id_number):
    """Birth date encoded in an 18-character resident ID number, or None."""
    try:
        return date(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14]))
    except (TypeError, ValueError):
        return None


def id_number_check_char(id_number):
    """ISO 7064 MOD 11-2 check character of the first 17 digits."""
    digits = id_number[:17]
    total = sum(int(d) * w for d, w in zip(digits, ID_NUMBER_WEIGHTS, strict=True))
    return ID_NUMBER_CHECK_CHARS[total % 11]


class LiaisonOfficer(models.Model):
    """Liaison officer (政务服务联络员 / 联络官 / 首席服务官 / 代办帮办员).

    Lifecycle (000 §四, §五(五)3; 003 四, 六(三)): the office records a
    nomination by a member unit (nominated) and the home unit's opinion
    (unit_opinion), then submits it to the leadership group (review).  The
    leadership group appoints (appointed: appointment number, work ID card,
    one-year term) or rejects.  The office puts the officer to work (active),
    may suspend and resume, and extends the term by a year while the work
    goes on; the leadership group recalls an officer and names a replacement
    for the projects and enterprises it serves.  Recalled and expired cards
    are invalid.
    """

    _name = "liaison.officer"
    _description = "Liaison Officer"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "image.mixin",
        "liaison.region.mixin",
        "liaison.workflow.mixin",
        "liaison.period.mixin",
    ]
    _period_fields = ("term_start", "term_end")
    _order = "name, id"
    _rec_names_search = ["name", "card_number", "phone"]
    _workflow_fields = OFFICER_WORKFLOW_FIELDS
    # A waiver of the experience requirement is for the leadership group.
    _workflow_group_fields = {
        "experience_override": "liaison_service.group_leadership",
        "experience_override_reason": "liaison_service.group_leadership",
    }

    # ---- Person ----
    name = fields.Char(
        string="Full Name", required=True, tracking=True, index="trigram"
    )
    user_id = fields.Many2one(
        "res.users",
        index="btree_not_null",
        tracking=True,
        copy=False,
        domain=[("share", "=", False)],
        help="The Odoo user of the officer: the officer sees this record and works "
        "on what is assigned to this user.",
    )
    active = fields.Boolean(default=True, tracking=True)
    sex = fields.Selection([("male", "Male"), ("female", "Female")])
    birth_date = fields.Date(string="Date of Birth")
    age = fields.Integer(compute="_compute_age")
    native_place = fields.Char(help="Place of origin (籍贯), e.g. 四川内江.")
    political_status = fields.Selection(
        [
            ("cpc_member", "CPC Member"),
            ("cpc_probationary", "CPC Probationary Member"),
            ("cyl_member", "CYL Member"),
            ("democratic_party", "Democratic Party Member"),
            ("non_party", "Non-Party Personage"),
            ("masses", "Masses"),
        ]
    )
    health = fields.Char(
        string="Health Condition", default=lambda self: self.env._("Healthy")
    )
    education = fields.Selection(
        [
            ("doctorate", "Doctorate"),
            ("master", "Master's Degree"),
            ("bachelor", "Bachelor's Degree"),
            ("college", "Junior College"),
            ("secondary", "Secondary School"),
            ("other", "Other"),
        ]
    )
    phone = fields.Char(tracking=True)
    id_number = fields.Char(
        string="ID Number",
        groups="liaison_service.group_office",
        copy=False,
        help="18-character resident identity card number; only the office and the "
        "leadership group can read it.",
    )
    speciality = fields.Text(help="Fields of expertise (有何专长).")
    resume = fields.Text(string="Résumé")
    work_years = fields.Integer(
        string="Years of Experience",
        tracking=True,
        help="Years of work experience; at least 3 are required for an "
        "appointment unless the leadership group waives it.",
    )

    # ---- Assignment ----
    department_id = fields.Many2one(
        "liaison.department",
        string="Home Unit",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
        help="The member unit the officer comes from and that gives its opinion.",
    )
    region_id = fields.Many2one(
        tracking=True, help="The jurisdiction the officer serves."
    )
    region_level = fields.Selection(
        OFFICER_LEVELS,
        compute="_compute_region_level",
        store=True,
        help="Level of the officer team: city, county / district, or township "
        "/ street, from the region.",
    )
    officer_type = fields.Selection(
        [
            ("liaison_officer", "Liaison Officer"),
            ("liaison_official", "Liaison Official"),
            ("chief_service_officer", "Chief Service Officer"),
            ("agent", "Agent / Assistant"),
        ],
        required=True,
        default="liaison_officer",
        tracking=True,
    )

    # ---- Workflow ----
    state = fields.Selection(
        [
            ("nominated", "Nominated"),
            ("unit_opinion", "Unit Opinion Given"),
            ("review", "Under Review"),
            ("appointed", "Appointed"),
            ("active", "Active"),
            ("rejected", "Rejected"),
            ("suspended", "Suspended"),
            ("recalled", "Recalled"),
        ],
        string="Status",
        required=True,
        default="nominated",
        copy=False,
        index=True,
        tracking=True,
        group_expand=True,
    )
    unit_opinion = fields.Text(
        string="Home Unit Opinion", help="Opinion of the home unit (所在单位意见)."
    )
    review_opinion = fields.Text(
        string="Leadership Group Opinion",
        help="Review opinion of the leadership group (领导小组审核意见).",
    )
    reject_reason = fields.Text(string="Rejection Reason", copy=False, readonly=True)
    experience_override = fields.Boolean(
        string="Experience Requirement Waived",
        copy=False,
        tracking=True,
        help="Set by the leadership group to appoint an officer with fewer than "
        "3 years of experience; a reason is required.",
    )
    experience_override_reason = fields.Text(
        string="Waiver Reason", copy=False, tracking=True
    )
    appointment_number = fields.Char(copy=False, readonly=True, tracking=True)
    appointment_date = fields.Date(copy=False, tracking=True)
    card_number = fields.Char(
        string="Work ID Card Number", copy=False, readonly=True, tracking=True
    )
    verification_token = fields.Char(
        copy=False,
        readonly=True,
        groups="liaison_service.group_office",
        help="Secret part of the public address that verifies the work ID card.",
    )
    term_start = fields.Date(copy=False, readonly=True, tracking=True)
    term_end = fields.Date(copy=False, readonly=True, tracking=True)
    is_valid_today = fields.Boolean(
        string="Valid Today",
        compute="_compute_is_valid_today",
        search="_search_is_valid_today",
        help="Appointed or active, and today is within the term.",
    )
    suspend_reason = fields.Text(string="Suspension Reason", copy=False, readonly=True)
    recall_reason = fields.Text(copy=False, readonly=True)
    recall_date = fields.Date(copy=False, tracking=True)
    replacement_id = fields.Many2one(
        "liaison.officer",
        string="Replaced By",
        copy=False,
        tracking=True,
        domain="[('state', 'in', ('appointed', 'active')), ('id', '!=', id)]",
        help="The officer who takes over the projects and enterprises of a "
        "recalled officer.",
    )

    _sql_constraints = [
        (
            "card_number_uniq",
            "unique(card_number)",
            "A work ID card number must be unique.",
        ),
        (
            "appointment_number_uniq",
            "unique(appointment_number)",
            "An appointment number must be unique.",
        ),
        (
            "verification_token_uniq",
            "unique(verification_token)",
            "A verification token must be unique.",
        ),
    ]

    # ---- Computes ----
    @api.depends("birth_date")
    def _compute_age(self):
        today = fields.Date.context_today(self)
        for officer in self:
            officer.age = (
                relativedelta(today, officer.birth_date).years
                if officer.birth_date
                else 0
            )

    @api.depends("region_id.level")
    def _compute_region_level(self):
        levels = dict(OFFICER_LEVELS)
        for officer in self:
            level = officer.region_id.level
            officer.region_level = level if level in levels else False

    @api.depends("state", "term_start", "term_end")
    @api.depends_context("tz")
    def _compute_is_valid_today(self):
        today = fields.Date.context_today(self)
        for officer in self:
            officer.is_valid_today = bool(
                officer.state in ("appointed", "active")
                and officer.term_start
                and officer.term_end
                and officer.term_start <= today <= officer.term_end
            )

    def _search_is_valid_today(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("This search on validity is not supported."))
        today = fields.Date.context_today(self)
        domain = [
            ("state", "in", ("appointed", "active")),
            ("term_start", "<=", today),
            ("term_end", ">=", today),
        ]
        if (operator == "=") != value:
            return ["!", *expression.normalize_domain(domain)]
        return domain

    # ---- Constraints ----
    @api.constrains("id_number", "birth_date")
    def _check_id_number(self):
        for officer in self.sudo():
            number = officer.id_number
            if not number:
                continue
            error = officer._id_number_error(number)
            if error:
                raise ValidationError(error)
            if (
                officer.birth_date
                and id_number_birth_date(number) != officer.birth_date
            ):
                raise ValidationError(
                    self.env._(
                        "The date of birth of %(name)s (%(birth_date)s) does not "
                        "match the one in the ID number (%(id_date)s).",
                        name=officer.name,
                        birth_date=officer.birth_date,
                        id_date=id_number_birth_date(number),
                    )
                )

    def _id_number_error(self, number):
        """Message explaining why ``number`` is not a valid ID number, or None."""
        if len(number) != 18:
            return self.env._(
                "The ID number %(number)s must have 18 characters, not %(length)s.",
                number=number,
                length=len(number),
            )
        if not ID_NUMBER_RE.match(number):
            return self.env._(
                "The ID number %(number)s must be 17 digits followed by a digit or X.",
                number=number,
            )
        birth = id_number_birth_date(number)
        if not birth or birth.year < 1900 or birth > fields.Date.today():
            return self.env._(
                "The ID number %(number)s does not contain a valid date of birth "
                "(characters 7 to 14 must be a date in the form YYYYMMDD).",
                number=number,
            )
        if id_number_check_char(number) != number[17]:
            return self.env._(
                "The ID number %(number)s has a wrong check character: it should "
                "end with %(check)s. Please check it for typing errors.",
                number=number,
                check=id_number_check_char(number),
            )
        return None

    @api.constrains("region_id")
    def _check_region_level(self):
        labels = dict(self.env["liaison.region"]._fields["level"].selection)
        for officer in self:
            if officer.region_id.level not in dict(OFFICER_LEVELS):
                raise ValidationError(
                    self.env._(
                        "An officer serves a city, a county / district or a "
                        "township / street, not %(region)s (%(level)s).",
                        region=officer.region_id.complete_name,
                        level=labels.get(officer.region_id.level),
                    )
                )

    @api.constrains("user_id", "state", "active")
    def _check_user_unique(self):
        for officer in self.filtered("user_id"):
            if officer.state in ("recalled", "rejected"):
                continue
            other = officer._jurisdiction_twin(
                ("user_id",), [("state", "not in", ("recalled", "rejected"))]
            )
            if other:
                raise ValidationError(
                    self.env._(
                        "The user %(user)s already has the officer record "
                        "%(officer)s (%(state)s): one user can have only one "
                        "officer record that is not recalled or rejected.",
                        user=officer.user_id.name,
                        officer=other.name,
                        state=other._workflow_state_label(),
                    )
                )

    @api.constrains("work_years")
    def _check_work_years(self):
        for officer in self:
            if officer.work_years < 0:
                raise ValidationError(
                    self.env._(
                        "The years of experience of %(name)s cannot be negative.",
                        name=officer.name,
                    )
                )

    @api.constrains("experience_override", "experience_override_reason")
    def _check_experience_override(self):
        for officer in self:
            if (
                officer.experience_override
                and not (officer.experience_override_reason or "").strip()
            ):
                raise ValidationError(
                    self.env._(
                        "Waiving the experience requirement for %(name)s needs a "
                        "reason.",
                        name=officer.name,
                    )
                )

    def _period_error(self):
        return self.env._("The term of %(name)s ends before it starts.", name=self.name)

    # ---- ORM ----
    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("id_number"):
                vals["id_number"] = vals["id_number"].strip().upper()
        return super().create(vals_list)

    def write(self, vals):
        if vals.get("id_number"):
            vals["id_number"] = vals["id_number"].strip().upper()
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_past_nomination(self):
        if any(officer.state != "nominated" for officer in self):
            raise UserError(
                self.env._(
                    "Only a nomination can be deleted; archive officers who have "
                    "gone further so their history is kept."
                )
            )

    @api.onchange("id_number")
    def _onchange_id_number(self):
        number = (self.id_number or "").strip().upper()
        if len(number) == 18 and not self._id_number_error(number):
            self.birth_date = id_number_birth_date(number)
            self.sex = "male" if int(number[16]) % 2 else "female"

    @api.onchange("user_id")
    def _onchange_user_id(self):
        if self.user_id:
            self.name = self.name or self.user_id.name
            self.phone = self.phone or self.user_id.phone or self.user_id.mobile
            self.department_id = (
                self.department_id or self.user_id.liaison_department_id
            )

    @api.onchange("department_id")
    def _onchange_department_id(self):
        if self.department_id and not self.region_id:
            self.region_id = self.department_id.region_id

    # ---- Helpers ----
    def _check_state(self, allowed, action):
        self._workflow_check_state(
            allowed,
            lambda officer: self.env._(
                "%(name)s is %(state)s: cannot %(action)s.",
                name=officer.name,
                state=officer._workflow_state_label(),
                action=action,
            ),
        )

    def _require(self, field_name, action):
        for officer in self:
            if not (officer[field_name] or "").strip():
                raise UserError(
                    self.env._(
                        "Fill in the %(field)s of %(name)s to %(action)s.",
                        field=self._fields[field_name].get_description(self.env)[
                            "string"
                        ],
                        name=officer.name,
                        action=action,
                    )
                )

    def _check_step(self, group, allowed, action, required=None, reason=None):
        """May the caller take the step ``action``: its group, the state and,
        for a step that needs it, the text of the field ``required`` (the
        reason given through the reason wizard is kept there first)."""
        self._workflow_check_group(group)
        self._check_state(allowed, action)
        if required:
            self._write_reason(required, reason)
            self._require(required, action)

    def _step(self, group, allowed, action, vals, note, required=None, reason=None):
        """A step: its checks (``_check_step``), the write, the chatter note."""
        self._check_step(group, allowed, action, required, reason)
        self._workflow_write(vals)
        self._post_transition(note)
        return True

    def _post_transition(self, body):
        """Log a step in the chatter; the author and date say who and when.

        ``body``: the note, or a function giving it for an officer.
        """
        for officer in self:
            officer.message_post(
                body=body(officer) if callable(body) else body,
                subtype_xmlid="mail.mt_note",
            )

    def _get_served_records(self):
        """Projects, enterprises and issues this officer is serving.

        Hook for the modules that assign officers: a recall then requires a
        replacement who takes them over (see ``_hand_over_served_records``).
        """
        self.ensure_one()
        return self._get_served_projects() or self._get_served_roster_lines()

    def _get_served_roster_lines(self):
        """Current key-enterprise roster lines (包联) of this officer."""
        self.ensure_one()
        return (
            self.env["liaison.key.enterprise.roster"]
            .sudo()
            .search([("officer_id", "=", self.id), ("date_to", "=", False)])
        )

    def _get_served_projects(self):
        """Open projects (not in a closing stage) this officer serves."""
        self.ensure_one()
        return (
            self.env["liaison.project"]
            .sudo()
            .search(
                [
                    ("is_closed", "=", False),
                    "|",
                    ("main_officer_id", "=", self.id),
                    ("assistant_officer_ids", "in", self.ids),
                ]
            )
        )

    def _hand_over_served_records(self, replacement):
        """Hand what this officer serves over to ``replacement`` (a hook)."""
        self.ensure_one()
        self.env["liaison.key.enterprise.roster"]._hand_over(
            self, replacement, self.recall_date or fields.Date.context_today(self)
        )
        for project in self._get_served_projects():
            if project.main_officer_id == self:
                project.write(
                    {
                        "main_officer_id": replacement.id,
                        "assistant_officer_ids": [Command.unlink(replacement.id)],
                    }
                )
            else:
                project.write(
                    {
                        "assistant_officer_ids": [Command.unlink(self.id)]
                        + (
                            []
                            if project.main_officer_id == replacement
                            else [Command.link(replacement.id)]
                        )
                    }
                )

    def _get_verification_values(self):
        """The only facts the public verification page of a work ID card shows."""
        self.ensure_one()
        types = dict(self._fields["officer_type"]._description_selection(self.env))
        return {
            "name": self.name,
            "officer_type": types.get(self.officer_type, ""),
            "card_number": self.card_number or "",
            "valid": self.is_valid_today,
        }

    # ---- Workflow actions ----
    def action_submit_unit_opinion(self):
        return self._step(
            "liaison_service.group_office",
            ["nominated"],
            self.env._("record the opinion of the home unit"),
            {"state": "unit_opinion"},
            lambda officer: self.env._(
                "Opinion of the home unit %(unit)s recorded: %(opinion)s",
                unit=officer.department_id.name,
                opinion=officer.unit_opinion,
            ),
            required="unit_opinion",
        )

    def action_submit_review(self):
        return self._step(
            "liaison_service.group_office",
            ["unit_opinion"],
            self.env._("submit to the leadership group"),
            {"state": "review"},
            self.env._("Submitted to the leadership group for review."),
        )

    def action_appoint(self):
        self._workflow_check_group("liaison_service.group_leadership")
        action = self.env._("appoint")
        for officer in self:
            if officer.appointment_number or officer.card_number:
                raise UserError(
                    self.env._(
                        "%(name)s was already appointed under number %(number)s: "
                        "an officer cannot be appointed twice.",
                        name=officer.name,
                        number=officer.appointment_number or officer.card_number,
                    )
                )
        self._check_state(["review"], action)
        for officer in self:
            officer._check_experience()
            officer._appoint()
        return True

    def _check_experience(self):
        self.ensure_one()
        if self.work_years >= MIN_WORK_YEARS:
            return
        if self.experience_override and (self.experience_override_reason or "").strip():
            return
        raise UserError(
            self.env._(
                "%(name)s has %(years)s years of work experience; an officer needs "
                "at least %(min)s. The leadership group can waive this with a "
                "reason.",
                name=self.name,
                years=self.work_years,
                min=MIN_WORK_YEARS,
            )
        )

    def _appoint(self):
        self.ensure_one()
        appointment_date = self.appointment_date or fields.Date.context_today(self)
        appointment_number = self._workflow_next_number(
            "liaison.officer.appointment", appointment_date
        )
        card_number = self._workflow_next_number(
            "liaison.officer.card", appointment_date
        )
        if not appointment_number or not card_number:
            raise UserError(
                self.env._(
                    "The sequences of appointment and work ID card numbers are "
                    "missing: ask an administrator to restore them."
                )
            )
        term_end = appointment_date + relativedelta(years=1, days=-1)
        self._workflow_write(
            {
                "state": "appointed",
                "appointment_number": appointment_number,
                "appointment_date": appointment_date,
                "card_number": card_number,
                "verification_token": secrets.token_urlsafe(16),
                "term_start": appointment_date,
                "term_end": term_end,
            }
        )
        self._post_transition(
            self.env._(
                "Appointed by the leadership group: appointment %(number)s, work ID "
                "card %(card)s, term from %(start)s to %(end)s.",
                number=appointment_number,
                card=card_number,
                start=appointment_date,
                end=term_end,
            )
        )

    def action_activate(self):
        return self._step(
            "liaison_service.group_office",
            ["appointed"],
            self.env._("put to work"),
            {"state": "active"},
            self.env._("Put to work."),
        )

    def _write_reason(self, field_name, reason):
        """Keep the reason given through the reason wizard."""
        if reason and reason.strip():
            self._workflow_write({field_name: reason.strip()})

    def action_reject(self, reason=None):
        return self._step(
            "liaison_service.group_leadership",
            ["nominated", "unit_opinion", "review"],
            self.env._("reject"),
            {"state": "rejected"},
            lambda officer: self.env._(
                "Rejected by the leadership group: %(reason)s",
                reason=officer.reject_reason,
            ),
            required="reject_reason",
            reason=reason,
        )

    def action_suspend(self, reason=None):
        return self._step(
            "liaison_service.group_office",
            ["appointed", "active"],
            self.env._("suspend"),
            {"state": "suspended"},
            lambda officer: self.env._(
                "Suspended: %(reason)s", reason=officer.suspend_reason
            ),
            required="suspend_reason",
            reason=reason,
        )

    def action_resume(self):
        return self._step(
            "liaison_service.group_office",
            ["suspended"],
            self.env._("resume"),
            {"state": "active", "suspend_reason": False},
            self.env._("Resumed work after the suspension."),
        )

    def action_recall(self, reason=None):
        self._check_step(
            "liaison_service.group_leadership",
            ["appointed", "active", "suspended"],
            self.env._("recall"),
            required="recall_reason",
            reason=reason,
        )
        for officer in self:
            replacement = officer.replacement_id
            if officer._get_served_records() and not replacement:
                raise UserError(
                    self.env._(
                        "%(name)s still serves projects or enterprises: name the "
                        "officer who replaces them before the recall.",
                        name=officer.name,
                    )
                )
            if replacement and (
                replacement == officer
                or replacement.state not in ("appointed", "active")
            ):
                raise UserError(
                    self.env._(
                        "%(replacement)s cannot replace %(name)s: the replacement "
                        "must be another appointed or active officer.",
                        replacement=replacement.name,
                        name=officer.name,
                    )
                )
            officer._workflow_write(
                {
                    "state": "recalled",
                    "recall_date": officer.recall_date
                    or fields.Date.context_today(officer),
                }
            )
            if replacement:
                officer._hand_over_served_records(replacement)
                body = self.env._(
                    "Recalled by the leadership group: %(reason)s. Replaced by "
                    "%(replacement)s. The work ID card %(card)s is no longer valid.",
                    reason=officer.recall_reason,
                    replacement=replacement.name,
                    card=officer.card_number,
                )
            else:
                body = self.env._(
                    "Recalled by the leadership group: %(reason)s. The work ID card "
                    "%(card)s is no longer valid.",
                    reason=officer.recall_reason,
                    card=officer.card_number,
                )
            officer._post_transition(body)
        return True

    def action_extend_term(self):
        self._check_step(
            "liaison_service.group_office",
            ["appointed", "active"],
            self.env._("extend the term"),
        )
        for officer in self:
            old_end = officer.term_end
            if not old_end:
                raise UserError(
                    self.env._("%(name)s has no term to extend.", name=officer.name)
                )
            new_end = old_end + relativedelta(years=1)
            officer._workflow_write({"term_end": new_end})
            officer._post_transition(
                self.env._(
                    "Term extended by one year: it now ends on %(new)s instead of "
                    "%(old)s.",
                    new=new_end,
                    old=old_end,
                )
            )
        return True

    # ---- Contact printed on forms ----
    def _form_contacts(self):
        """``{officer id: {"name", "phone", "unit"}}``: what the printed forms
        (dispatch sheet, agreement, delivery notice, key-enterprise roster)
        tell the enterprise and the colleagues an officer serves (001 第十条).
        Their reader need not read the officer's record: only these three
        values leave it, read here and nowhere else."""
        return {
            officer.id: {
                "name": officer.name or "",
                "phone": officer.phone or "",
                "unit": officer.department_id.name or "",
            }
            for officer in self.sudo()
        }

    # ---- Term reminders ----
    @api.model
    def _cron_term_reminders(self):
        """Give the office a to-do before each term ends, once per term end."""
        activity_type = self.env.ref(
            "liaison_service.mail_activity_type_officer_term_end",
            raise_if_not_found=False,
        )
        if not activity_type:
            return
        limit = fields.Date.context_today(self) + timedelta(days=TERM_REMINDER_DAYS)
        officers = self.search(
            [
                ("state", "in", ("appointed", "active")),
                ("term_end", "!=", False),
                ("term_end", "<=", limit),
            ]
        )
        if not officers:
            return
        existing = (
            self.env["mail.activity"]
            .with_context(active_test=False)
            .search(
                [
                    ("res_model", "=", self._name),
                    ("res_id", "in", officers.ids),
                    ("activity_type_id", "=", activity_type.id),
                ]
            )
        )
        done = {(a.res_id, a.date_deadline) for a in existing}
        # 003 四: the term goes on while a served key enterprise has open issues.
        open_issues = self.env[
            "liaison.key.enterprise.roster"
        ]._open_issue_enterprises_by_officer(officers)
        for officer in officers:
            if (officer.id, officer.term_end) in done:
                continue
            summary = self.env._(
                "Term of %(name)s ends on %(date)s: extend or replace",
                name=officer.name,
                date=officer.term_end,
            )
            if open_issues.get(officer.id):
                summary = self.env._(
                    "Term of %(name)s ends on %(date)s, but %(count)s served "
                    "enterprises still have open issues: extend the term (003 四)",
                    name=officer.name,
                    date=officer.term_end,
                    count=open_issues[officer.id],
                )
            officer.activity_schedule(
                act_type_xmlid="liaison_service.mail_activity_type_officer_term_end",
                date_deadline=officer.term_end,
                summary=summary,
                user_id=officer._get_term_reminder_user().id,
            )

    def _get_term_reminder_user(self):
        """Office user of the nearest region above the officer, or the creator."""
        self.ensure_one()
        region_ids = [int(rid) for rid in self.region_id.parent_path.split("/") if rid]
        regions = self.env["liaison.region"].sudo().browse(region_ids[::-1])
        for region in regions:
            users = region.user_ids.filtered(
                lambda u: u.active and u.has_group("liaison_service.group_office")
            ).sorted("id")
            if users:
                # Prefer the office staff to the leaders of the same region.
                staff = users.filtered(
                    lambda u: not u.has_group("liaison_service.group_leadership")
                )
                return (staff or users)[:1]
        return self.create_uid
