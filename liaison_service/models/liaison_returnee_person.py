# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import re

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

INTENTION_STAGES = [
    ("none", "No Intention Yet"),
    ("contacted", "Contacted"),
    ("interested", "Interested"),
    ("negotiating", "Negotiating"),
    ("returned", "Returned / Invested"),
]


class ImportBatchRetry(Exception):
    """A duplicate in a batch of Odoo's import: retry row by row.

    Odoo's ``load`` reports a UserError raised by a batch against the batch's
    first row; any other exception makes it retry row by row, so that every
    rejected row gets its own message.
    """


class LiaisonReturneePerson(models.Model):
    """A person of the district working or doing business elsewhere (在外人员).

    Townships collect the people in Excel sheets; the returnee office imports
    them (Odoo's import, one transaction per batch) and keeps them up to date
    through contacts.  The lifecycle is the intention stage: no intention →
    contacted → interested → negotiating → returned / invested.  A person with
    an investment intention becomes a consultation or a project in one step,
    and keeps the link.  Phone, WeChat id and ID number are visible to the
    office only; consent to keep the data (个人信息保护法) is recorded.
    """

    _name = "liaison.returnee.person"
    _description = "Person Working Elsewhere"
    _inherit = ["liaison.region.mixin", "liaison.workflow.mixin"]
    _order = "id desc"
    _rec_names_search = ["name", "current_city"]
    _workflow_fields = frozenset({"consultation_id", "project_id"})

    # ---- Identity ----
    name = fields.Char(string="Full Name", required=True, index=True)
    sex = fields.Selection([("male", "Male"), ("female", "Female")])
    birth_year = fields.Integer(index=True)
    region_id = fields.Many2one(
        string="Home Township",
        domain=[("level", "=", "township")],
        help="The township or street the person comes from.",
    )
    phone = fields.Char(
        string="Mobile Phone",
        required=True,
        groups="liaison_service.group_office",
        help="Mobile phone; digits only are kept.  Two people cannot share one.",
    )
    wechat_id = fields.Char(string="WeChat ID", groups="liaison_service.group_office")
    id_number = fields.Char(string="ID Number", groups="liaison_service.group_office")
    active = fields.Boolean(default=True)

    # ---- Work elsewhere ----
    current_city = fields.Char(index=True, help="The city the person works in.")
    employer = fields.Char(string="Employer or Own Company")
    position = fields.Char()
    category_id = fields.Many2one(
        "liaison.returnee.category",
        string="Person Category",
        index=True,
        ondelete="restrict",
    )
    skills = fields.Text()
    tag_ids = fields.Many2many("liaison.returnee.tag", string="Tags")
    station_id = fields.Many2one(
        "liaison.returnee.station",
        index="btree_not_null",
        ondelete="set null",
        help="The service station that knows the person.",
    )
    wechat_group_ids = fields.Many2many(
        "liaison.returnee.wechat.group",
        "liaison_returnee_person_wechat_group_rel",
        "person_id",
        "group_id",
        string="WeChat Groups",
    )

    # ---- Intention ----
    intention = fields.Selection(
        [
            ("none", "None"),
            ("work", "Return to Work"),
            ("business", "Return to Start a Business"),
            ("invest", "Invest at Home"),
        ],
        default="none",
        required=True,
        index=True,
    )
    intention_stage = fields.Selection(
        INTENTION_STAGES,
        default="none",
        required=True,
        index=True,
        group_expand=True,
    )
    intention_note = fields.Text(
        help="What the person intends: industry, amount, place, timing."
    )
    consultation_id = fields.Many2one(
        "liaison.consultation",
        readonly=True,
        copy=False,
        index="btree_not_null",
        ondelete="set null",
    )
    project_id = fields.Many2one(
        "liaison.project",
        readonly=True,
        copy=False,
        index="btree_not_null",
        ondelete="set null",
    )

    # ---- Consent and contacts ----
    consent = fields.Boolean(
        help="The person agreed that the district keeps these data (个人信息保护法)."
    )
    consent_date = fields.Date()
    consent_note = fields.Char(help="How consent was given: form, call, WeChat.")
    contact_ids = fields.One2many(
        "liaison.returnee.contact", "person_id", string="Contact History"
    )
    last_contact_date = fields.Date(
        compute="_compute_last_contact", store=True, index=True
    )

    _sql_constraints = [
        (
            "phone_unique",
            "unique(phone)",
            "Another person already has this phone number.",
        ),
    ]

    @api.depends("contact_ids.date")
    def _compute_last_contact(self):
        last = dict(
            self.env["liaison.returnee.contact"]
            .sudo()
            ._read_group([("person_id", "in", self.ids)], ["person_id"], ["date:max"])
        )
        for person in self:
            person.last_contact_date = last.get(person)

    # ---- Checks and duplicates ----
    @api.model
    def _normalize_phone(self, phone):
        if not phone:
            return phone
        phone = str(phone).strip()
        phone = phone.removesuffix(".0")  # a number cell read from Excel
        return re.sub(r"[^\d+]", "", phone)

    @api.constrains("region_id")
    def _check_region_township(self):
        wrong = self.filtered(lambda p: p.region_id.level != "township")
        if wrong:
            raise ValidationError(
                self.env._(
                    "The home township of %(name)s must be a township or street, "
                    "not %(region)s.",
                    name=wrong[0].name,
                    region=wrong[0].region_id.display_name,
                )
            )

    @api.constrains("birth_year")
    def _check_birth_year(self):
        for person in self:
            if person.birth_year and not 1900 <= person.birth_year <= 2100:
                raise ValidationError(
                    self.env._(
                        "The birth year %(year)s of %(name)s is not a year.",
                        year=person.birth_year,
                        name=person.name,
                    )
                )

    def _check_duplicates(self, rows):
        """Refuse duplicates among ``rows`` and against stored people.

        ``rows`` is a list of ``(id or None, name, birth_year, region_id,
        phone)``.  Two set-based queries whatever the number of rows: same
        phone, or same name + birth year + home township.
        """
        seen_phone, seen_key = {}, {}
        for row_id, name, year, region, phone in rows:
            if not region:
                raise ValidationError(
                    self.env._(
                        "The home township of %(name)s is missing or not a "
                        "township of your jurisdiction.",
                        name=name,
                    )
                )
            if not phone:
                raise ValidationError(
                    self.env._(
                        "The phone number of %(name)s is missing: every person "
                        "needs one.",
                        name=name,
                    )
                )
            key = (name, year or 0, region)
            if phone and phone in seen_phone:
                self._raise_duplicate(name, phone=phone)
            if year and key in seen_key:
                self._raise_duplicate(name, year=year)
            seen_phone[phone] = row_id
            seen_key[key] = row_id
        ids = [r[0] for r in rows if r[0]] or [0]
        phones = [r[4] for r in rows if r[4]]
        self.env["liaison.returnee.person"].flush_model(
            ["phone", "name", "birth_year", "region_id"]
        )
        if phones:
            self.env.cr.execute(
                """SELECT phone, name FROM liaison_returnee_person
                    WHERE phone = ANY(%s) AND NOT id = ANY(%s) LIMIT 1""",
                [phones, ids],
            )
            hit = self.env.cr.fetchone()
            if hit:
                name = next(r[1] for r in rows if r[4] == hit[0])
                self._raise_duplicate(name, phone=hit[0])
        keyed = [r for r in rows if r[2]]
        if keyed:
            self.env.cr.execute(
                """SELECT p.name, p.birth_year FROM liaison_returnee_person p
                     JOIN unnest(%s::varchar[], %s::int[], %s::int[]) AS k(n, y, r)
                       ON p.name = k.n AND p.birth_year = k.y AND p.region_id = k.r
                    WHERE NOT p.id = ANY(%s) LIMIT 1""",
                [
                    [r[1] for r in keyed],
                    [r[2] for r in keyed],
                    [r[3] for r in keyed],
                    ids,
                ],
            )
            hit = self.env.cr.fetchone()
            if hit:
                self._raise_duplicate(hit[0], year=hit[1])

    def _raise_duplicate(self, name, phone=None, year=None):
        if phone:
            raise ValidationError(
                self.env._(
                    "Duplicate person %(name)s: the phone number %(phone)s is "
                    "already registered.",
                    name=name,
                    phone=phone,
                )
            )
        raise ValidationError(
            self.env._(
                "Duplicate person %(name)s: a person with the same name, birth "
                "year %(year)s and home township is already registered.",
                name=name,
                year=year,
            )
        )

    # ---- CRUD ----
    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if "phone" in vals:
                vals["phone"] = self._normalize_phone(vals["phone"])
            if isinstance(vals.get("name"), str):
                vals["name"] = vals["name"].strip()
        rows = [
            (
                None,
                vals.get("name"),
                vals.get("birth_year"),
                vals.get("region_id"),
                vals.get("phone"),
            )
            for vals in vals_list
        ]
        try:
            self._check_duplicates(rows)
        except ValidationError as error:
            if len(vals_list) > 1 and self.env.context.get("import_file"):
                raise ImportBatchRetry(str(error)) from error
            raise
        return super().create(vals_list)

    def write(self, vals):
        if "phone" in vals:
            vals["phone"] = self._normalize_phone(vals["phone"])
        if isinstance(vals.get("name"), str):
            vals["name"] = vals["name"].strip()
        res = super().write(vals)
        if {"phone", "name", "birth_year", "region_id"}.intersection(vals):
            people = self.sudo()
            self._check_duplicates(
                [(p.id, p.name, p.birth_year, p.region_id.id, p.phone) for p in people]
            )
        return res

    # ---- Actions ----
    def _check_can_convert(self):
        self._workflow_check_group("liaison_service.group_office")
        self.ensure_one()
        if self.intention != "invest":
            raise UserError(
                self.env._(
                    "%(name)s has no investment intention: set the intention to "
                    "“Invest at Home” first.",
                    name=self.name,
                )
            )
        if self.consultation_id or self.project_id:
            raise UserError(
                self.env._(
                    "%(name)s already has a consultation or project.", name=self.name
                )
            )

    def _create_consultation(self):
        return self.env["liaison.consultation"].create(
            {
                "name": self.env._("Investment intention of %(name)s", name=self.name),
                "applicant_name": self.name,
                "applicant_phone": self.sudo().phone,
                "region_id": self.region_id.id,
                "channel": "phone",
                "question": self.intention_note
                or self.env._(
                    "%(name)s (%(city)s, %(employer)s) intends to invest at home.",
                    name=self.name,
                    city=self.current_city or "-",
                    employer=self.employer or "-",
                ),
            }
        )

    def action_create_consultation(self):
        """Open a consultation from this person's investment intention."""
        self._check_can_convert()
        consultation = self._create_consultation()
        self._workflow_write({"consultation_id": consultation.id})
        if self.intention_stage in ("none", "contacted"):
            self.intention_stage = "interested"
        return self._workflow_form_action(consultation)

    def action_create_project(self):
        """Open a project (through its consultation) from this person."""
        self._check_can_convert()
        consultation = self._create_consultation()
        action = consultation.action_convert_to_project()
        self._workflow_write(
            {"consultation_id": consultation.id, "project_id": action["res_id"]}
        )
        if self.intention_stage != "returned":
            self.intention_stage = "negotiating"
        return action

    def action_open_consultation(self):
        return self.env["liaison.consultation"]._action_open_for(self)

    def action_open_project(self):
        self.ensure_one()
        return self._workflow_form_action(self.project_id)

    @api.model
    def get_import_templates(self):
        return [
            {
                "label": self.env._("Import Template for People Working Elsewhere"),
                "template": "/liaison_service/static/xls/liaison_returnee_person.xlsx",
            }
        ]
