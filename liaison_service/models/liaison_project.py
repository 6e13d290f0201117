# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from collections import defaultdict

from odoo import Command, api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

# Full agency service (001 第八条): investment thresholds by source.
FOREIGN_THRESHOLD = (5_000_000, "base.USD")
DOMESTIC_THRESHOLD = (20_000_000, "base.CNY")
# Amounts above this are typing errors (10 trillion).
MAX_AMOUNT = 10_000_000_000_000
MAX_JOBS = 10_000_000
OFFICE = "liaison_service.group_office"


class LiaisonProject(models.Model):
    """Investment project served by liaison officers (C2).

    Lifecycle (001 第七—十六条, 004 六): a consultation is accepted, the office
    dispatches a main officer and assistants ("1+1" / "1+N"), the officers
    serve the project through its approvals, deliver the results, and the
    project is completed and rated, or terminated with a reason.  Stages are
    configurable; a closing stage ends the officers' service.
    """

    _name = "liaison.project"
    _description = "Liaison Project"
    # rating.mixin brings mail.thread (listing both breaks the MRO); the stage
    # tracking mixin comes first so its _track_template reaches mail.thread's.
    _inherit = [
        "liaison.stage.tracking.mixin",
        "portal.mixin",
        "rating.mixin",
        "mail.activity.mixin",
        "liaison.region.mixin",
        "liaison.enterprise.mixin",
        "liaison.count.mixin",
        "liaison.workflow.mixin",
    ]
    _order = "priority desc, sequence, id desc"
    _mail_post_access = "read"
    _rec_names_search = ["name", "partner_id.name"]
    # The termination reason is given through the reason wizard; the office
    # alone assigns officers and jurisdiction and overrides the eligibility.
    _workflow_fields = frozenset({"termination_reason"})
    _workflow_group_fields = {
        "main_officer_id": OFFICE,
        "assistant_officer_ids": OFFICE,
        "region_id": OFFICE,
        "partner_id": OFFICE,
        "eligibility_override": OFFICE,
        "eligibility_override_reason": OFFICE,
    }

    def _default_currency_id(self):
        return self.env.company.currency_id

    # ---- Project and enterprise ----
    name = fields.Char(
        string="Project Name", required=True, tracking=True, index="trigram"
    )
    active = fields.Boolean(default=True, tracking=True)
    sequence = fields.Integer(default=10)
    color = fields.Integer(string="Color Index")
    priority = fields.Selection(
        [("0", "Normal"), ("1", "Urgent")], default="0", index=True
    )
    # Required company, indexed: liaison.enterprise.mixin.
    partner_id = fields.Many2one(
        tracking=True, help="The enterprise (project unit) that is served."
    )
    responsible_name = fields.Char(
        string="Project Responsible Person",
        tracking=True,
        help="The enterprise's project responsible person (项目负责人, 001 第九条).",
    )
    responsible_phone = fields.Char(string="Responsible Person Phone")
    handler_name = fields.Char(
        string="Project Handler",
        tracking=True,
        help="The enterprise's project handler (项目经办人, 001 第九条), who "
        "provides the application materials.",
    )
    handler_phone = fields.Char()
    # Required, indexed, kept in the writer's regions: liaison.region.mixin.
    region_id = fields.Many2one(
        tracking=True, help="The jurisdiction the project belongs to."
    )
    project_type_id = fields.Many2one("liaison.project.type", tracking=True)
    description = fields.Html()
    # Returnee programme: the signing event and station that brought it.
    signing_project_id = fields.Many2one(
        "liaison.signing.project",
        string="Signed Project",
        index="btree_not_null",
        ondelete="set null",
        copy=False,
    )
    signing_event_id = fields.Many2one(
        related="signing_project_id.event_id", store=True, string="Signing Event"
    )
    signing_station_id = fields.Many2one(
        related="signing_project_id.station_id", string="Service Station"
    )

    # ---- Investment ----
    currency_id = fields.Many2one(
        "res.currency", required=True, default=_default_currency_id
    )
    investment_source = fields.Selection(
        [("domestic", "Domestic"), ("foreign", "Foreign")],
        required=True,
        default="domestic",
        tracking=True,
    )
    investment_amount = fields.Monetary(
        string="Total Investment", tracking=True, help="Planned total investment."
    )
    funds_landed = fields.Monetary(tracking=True, help="Investment actually in place.")
    jobs = fields.Integer(string="Jobs Created", help="Jobs the project creates.")
    status = fields.Selection(
        [
            ("negotiating", "Negotiating"),
            ("construction", "Under Construction"),
            ("completed", "Construction Completed"),
        ],
        string="Project Status",
        required=True,
        default="negotiating",
        tracking=True,
        help="Status for the service ledger: 在谈 / 在建 / 竣工.",
    )
    green_channel = fields.Boolean(
        tracking=True,
        help="Urgent project (绿色通道): priority handling and shortened time limits.",
    )
    leader_id = fields.Many2one(
        "res.users",
        string="Contact Leader",
        tracking=True,
        domain=[("share", "=", False)],
        help="The leader who personally follows this project (领导联系, 000 §五(二)).",
    )

    # ---- Service ----
    stage_id = fields.Many2one(
        "liaison.project.stage",
        default=lambda self: self._default_stage_id(),
        group_expand="_read_group_stage_ids",
        tracking=True,
        index=True,
        ondelete="restrict",
        copy=False,
    )
    is_closed = fields.Boolean(related="stage_id.is_closed", store=True, index=True)
    main_officer_id = fields.Many2one(
        "liaison.officer",
        tracking=True,
        index="btree_not_null",
        ondelete="restrict",
        help='The officer responsible for the project (the first "1" of 1+1 / 1+N).',
    )
    # No field domain on the officers: a many2many applies it when reading,
    # which would hide a recalled officer still linked; the views filter.
    assistant_officer_ids = fields.Many2many(
        "liaison.officer",
        "liaison_project_assistant_officer_rel",
        "project_id",
        "officer_id",
        string="Assistant Officers",
        help='The officers who assist the main officer (the "N" of 1+N).',
    )
    service_pattern = fields.Char(
        compute="_compute_service_pattern",
        help="1+1 or 1+N: one main officer plus N assistants.",
    )
    assistant_officer_names = fields.Char(
        compute="_compute_service_pattern",
        help="Names of the assistant officers, shown to the officers of the "
        "project, who may not read each other's officer records.",
    )

    # ---- Service flow (004 六) ----
    consultation_id = fields.Many2one(
        "liaison.consultation",
        copy=False,
        index="btree_not_null",
        ondelete="set null",
        help="The consultation this project comes from.",
    )
    agreement_ids = fields.One2many(
        "liaison.agreement", "project_id", string="Agreements"
    )
    dispatch_ids = fields.One2many(
        "liaison.dispatch",
        "project_id",
        string="Dispatches",
        groups="liaison_service.group_officer,base.group_system",
    )
    delivery_ids = fields.One2many(
        "liaison.delivery", "project_id", string="Deliveries"
    )
    agreement_count = fields.Integer(compute="_compute_service_counts")
    dispatch_count = fields.Integer(compute="_compute_service_counts")
    delivery_count = fields.Integer(compute="_compute_service_counts")
    is_delivery_received = fields.Boolean(
        string="Delivery Confirmed", compute="_compute_service_counts"
    )
    handback_date = fields.Date(
        string="Materials Handed Back On",
        tracking=True,
        copy=False,
        help="When the enterprise's materials were handed back (001 第十五、十六条).",
    )
    handback_note = fields.Text(
        copy=False,
        help="Which materials were handed back, and to whom.",
    )
    termination_reason = fields.Text(
        tracking=True,
        copy=False,
        readonly=True,
        help="Why the service was terminated (第十六条).",
    )

    # ---- Eligibility (001 第八条) ----
    is_key_project = fields.Boolean(
        string="Key Project",
        tracking=True,
        help="District-level or higher key social investment project.",
    )
    is_attracted_investment = fields.Boolean(
        string="Attracted Investment",
        tracking=True,
        help="District-level attracted-investment project that has landed.",
    )
    is_designated = fields.Boolean(
        string="Designated",
        tracking=True,
        help="Designated by the district party committee or government.",
    )
    is_eligible_by_rule = fields.Boolean(
        string="Eligible by Rule", compute="_compute_eligibility", store=True
    )
    # Not stored: explained in the reader's language.
    eligibility_explanation = fields.Text(compute="_compute_eligibility_explanation")
    eligibility_override = fields.Selection(
        [("eligible", "Eligible"), ("not_eligible", "Not Eligible")],
        tracking=True,
        copy=False,
        help="Set by the office to decide against the rule; a reason is required.",
    )
    eligibility_override_reason = fields.Text(
        string="Override Reason", tracking=True, copy=False
    )
    is_eligible = fields.Boolean(
        string="Eligible for Agency Service",
        compute="_compute_is_eligible",
        store=True,
        index=True,
    )

    # ---- Checklist and opinion requests (责任+清单, 001 第十四条) ----
    checklist_line_ids = fields.One2many(
        "liaison.checklist.line", "project_id", string="Checklist"
    )
    checklist_progress = fields.Float(
        compute="_compute_checklist_progress",
        store=True,
        aggregator="avg",
        help="Percentage of checklist items approved or found not needed.",
    )
    opinion_request_ids = fields.One2many(
        "liaison.opinion.request", "project_id", string="Opinion Requests"
    )

    @api.model
    def _fix_status_translations(self):
        """Databases installed before the status 竣工 had its own English
        label show the stage's 已办结: set the Chinese label once (idempotent,
        called from data on every update)."""
        self.env.cr.execute(
            """
            UPDATE ir_model_fields_selection s
               SET name = jsonb_set(s.name, '{zh_CN}', '"竣工"')
              FROM ir_model_fields f
             WHERE f.id = s.field_id AND f.model = 'liaison.project'
               AND f.name = 'status' AND s.value = 'completed'
               AND s.name->>'zh_CN' = '已办结'
            """
        )
        self.env.registry.clear_cache()

    # ---- Computes ----
    @api.depends("assistant_officer_ids")
    def _compute_service_pattern(self):
        # An officer reads its own officer record only: count and name the
        # team as the system does (names and a count, no other field).
        for project in self:
            assistants = project.sudo().assistant_officer_ids
            project.service_pattern = f"1+{len(assistants)}" if assistants else "1"
            project.assistant_officer_names = "、".join(assistants.mapped("name"))

    @api.depends(
        "investment_amount",
        "currency_id",
        "investment_source",
        "is_key_project",
        "is_attracted_investment",
        "is_designated",
    )
    def _compute_eligibility(self):
        for project, (eligible, _text) in self._eligibility_by_case().items():
            project.is_eligible_by_rule = eligible

    @api.depends(
        "investment_amount",
        "currency_id",
        "investment_source",
        "is_key_project",
        "is_attracted_investment",
        "is_designated",
    )
    @api.depends_context("lang")
    def _compute_eligibility_explanation(self):
        # Not stored: explained in the reader's language.
        for project, (_eligible, text) in self._eligibility_by_case().items():
            project.eligibility_explanation = text

    def _eligibility_by_case(self):
        """{project: (eligible, explanation)} computed once per distinct case.

        Province scale: exchange rates once per currency pair, and the texts
        once per distinct case (foreign, above threshold, flags), not once per
        project; the amounts are compared exactly as _get_investment_in.
        """
        today = fields.Date.context_today(self)
        thresholds, rates, cases, result = {}, {}, {}, {}
        for project in self:
            # The threshold depends on the source only (foreign or not).
            if project.investment_source not in thresholds:
                thresholds[project.investment_source] = project._get_threshold()
            threshold, currency = thresholds[project.investment_source]
            source = project.currency_id or currency
            amount = project.investment_amount
            if source != currency and amount:
                if (source, currency) not in rates:
                    rates[source, currency] = source._get_conversion_rate(
                        source, currency, self.env.company, today
                    )
                amount = currency.round(amount * rates[source, currency])
            case = (
                project.investment_source == "foreign",
                amount >= threshold,
                project.is_key_project,
                project.is_attracted_investment,
                project.is_designated,
            )
            if case not in cases:
                reasons = project._get_eligibility_reasons()
                cases[case] = (
                    bool(reasons),
                    "\n".join(reasons)
                    if reasons
                    else project._get_ineligibility_explanation(),
                )
            result[project] = cases[case]
        return result

    @api.depends("is_eligible_by_rule", "eligibility_override")
    def _compute_is_eligible(self):
        for project in self:
            if project.eligibility_override:
                project.is_eligible = project.eligibility_override == "eligible"
            else:
                project.is_eligible = project.is_eligible_by_rule

    def _get_threshold(self):
        """(amount, currency) of the investment threshold of this project."""
        self.ensure_one()
        amount, xmlid = (
            FOREIGN_THRESHOLD
            if self.investment_source == "foreign"
            else DOMESTIC_THRESHOLD
        )
        # The xml id lookup is cached; env.ref would query once per project.
        return amount, self.env["res.currency"].browse(
            self.env["ir.model.data"]._xmlid_to_res_id(xmlid)
        )

    def _get_investment_in(self, currency):
        self.ensure_one()
        if not self.currency_id or self.currency_id == currency:
            return self.investment_amount
        return self.currency_id._convert(
            self.investment_amount,
            currency,
            self.env.company,
            fields.Date.context_today(self),
        )

    def _get_eligibility_reasons(self):
        """Why the project qualifies for full agency service (001 第八条)."""
        self.ensure_one()
        reasons = []
        threshold, currency = self._get_threshold()
        if self._get_investment_in(currency) >= threshold:
            if self.investment_source == "foreign":
                reasons.append(
                    self.env._(
                        "Foreign investment of at least %(amount)s.",
                        amount=currency.format(threshold),
                    )
                )
            else:
                reasons.append(
                    self.env._(
                        "Domestic investment of at least %(amount)s.",
                        amount=currency.format(threshold),
                    )
                )
        if self.is_key_project:
            reasons.append(self.env._("District-level or higher key project."))
        if self.is_attracted_investment:
            reasons.append(self.env._("Attracted-investment project."))
        if self.is_designated:
            reasons.append(
                self.env._("Designated by the district committee or government.")
            )
        return reasons

    def _get_ineligibility_explanation(self):
        self.ensure_one()
        threshold, currency = self._get_threshold()
        return self.env._(
            "Investment below %(amount)s and not a key, attracted-investment or "
            "designated project.",
            amount=currency.format(threshold),
        )

    @api.depends("partner_id")
    def _compute_access_url(self):
        for project in self:
            project.access_url = f"/my/liaison/projects/{project.id}"

    def _compute_service_counts(self):
        # A reader without access to a document sees no count of it.
        for model, field_name in (
            ("liaison.agreement", "agreement_count"),
            ("liaison.dispatch", "dispatch_count"),
            ("liaison.delivery", "delivery_count"),
        ):
            if self.env[model].has_access("read"):
                self._compute_related_count(field_name, model, "project_id")
            else:
                self[field_name] = 0
        received = set()
        if self.env["liaison.delivery"].has_access("read"):
            received = {
                project
                for [project] in self.env["liaison.delivery"]._read_group(
                    [("project_id", "in", self.ids), ("state", "=", "received")],
                    ["project_id"],
                )
            }
        for project in self:
            project.is_delivery_received = project in received

    # ---- Constraints ----
    @api.constrains("investment_amount", "funds_landed", "jobs")
    def _check_amounts(self):
        for project in self:
            for fname in ("investment_amount", "funds_landed"):
                value = project[fname]
                label = project._fields[fname]._description_string(self.env)
                if value < 0:
                    raise ValidationError(
                        self.env._(
                            "%(field)s of %(project)s cannot be negative.",
                            field=label,
                            project=project.name,
                        )
                    )
                if value > MAX_AMOUNT:
                    raise ValidationError(
                        self.env._(
                            "%(field)s of %(project)s is not plausible "
                            "(%(amount)s): please check the amount and the "
                            "currency.",
                            field=label,
                            project=project.name,
                            amount=project.currency_id.format(value),
                        )
                    )
            if not 0 <= project.jobs <= MAX_JOBS:
                raise ValidationError(
                    self.env._(
                        "The number of jobs of %(project)s must be between 0 "
                        "and %(max)s.",
                        project=project.name,
                        max=MAX_JOBS,
                    )
                )

    @api.constrains("eligibility_override", "eligibility_override_reason")
    def _check_override_reason(self):
        for project in self:
            if (
                project.eligibility_override
                and not (project.eligibility_override_reason or "").strip()
            ):
                raise ValidationError(
                    self.env._(
                        "Give a reason for overriding the eligibility of %(project)s.",
                        project=project.name,
                    )
                )

    @api.constrains("main_officer_id", "assistant_officer_ids")
    def _check_officers(self):
        for project in self:
            if project.main_officer_id in project.assistant_officer_ids:
                raise ValidationError(
                    self.env._(
                        "%(officer)s cannot be both the main officer and an "
                        "assistant of %(project)s.",
                        officer=project.main_officer_id.name,
                        project=project.name,
                    )
                )
            if project.assistant_officer_ids and not project.main_officer_id:
                raise ValidationError(
                    self.env._(
                        "Name the main officer of %(project)s before its assistants.",
                        project=project.name,
                    )
                )

    # ---- CRUD ----
    # The office alone gives the fields of _workflow_group_fields, on
    # creation too (liaison.workflow.mixin).
    def write(self, vals):
        if not self.env.su and vals.get("stage_id"):
            stage = self.env["liaison.project.stage"].browse(vals["stage_id"])
            if stage.is_closed or self.filtered("is_closed"):
                raise AccessError(
                    self.env._(
                        "A project is completed or terminated only through its "
                        "buttons, which check the delivery and hand the "
                        "materials back."
                    )
                )
        res = super().write(vals)
        if vals.get("stage_id"):
            self._send_stage_rating_request()
        return res

    def _workflow_locked(self):
        # Completed or terminated: archived read-only (004 六5).
        return self.filtered("is_closed")

    def _workflow_locked_error(self, labels):
        return self.env._(
            "Project %(name)s is completed or terminated: it is archived read-only.",
            name=self.name,
        )

    def _send_stage_rating_request(self):
        for project in self:
            template = project.stage_id.rating_template_id
            if template and project.partner_id:
                project.rating_send_request(
                    template, lang=project.partner_id.lang, force_send=False
                )

    @api.model
    def _workflow_group_refuse(self, names):
        raise AccessError(
            self.env._(
                "Only the office can change the enterprise, the region, the "
                "officers or the eligibility override of a project (%(fields)s).",
                fields=", ".join(self._workflow_field_label(name) for name in names),
            )
        )

    # ---- Checklist (责任+清单) ----
    @api.depends("checklist_line_ids.state")
    def _compute_checklist_progress(self):
        totals = defaultdict(int)
        done = defaultdict(int)
        groups = (
            self.env["liaison.checklist.line"]
            .sudo()
            ._read_group(
                [("project_id", "in", [pid for pid in self.ids if pid])],
                ["project_id", "state"],
                ["__count"],
            )
        )
        for project, state, count in groups:
            totals[project.id] += count
            if state in ("approved", "not_needed"):
                done[project.id] += count
        for project in self:
            if not project.id:
                # New record in a form: count the lines in memory.
                lines = project.checklist_line_ids
                totals[project.id] = len(lines)
                done[project.id] = len(
                    lines.filtered(
                        lambda line: line.state in ("approved", "not_needed")
                    )
                )
            total = totals[project.id]
            project.checklist_progress = (
                100.0 * done[project.id] / total if total else 0.0
            )

    def _get_checklist_start_date(self):
        """The day the checklist counts from: the acceptance date, or today."""
        self.ensure_one()
        return fields.Date.context_today(self)

    def action_apply_checklist_template(self, template=None, start_date=None):
        """Add the items of ``template`` (default: the type's) to the checklist.

        Planned starts are the start date plus each line's offset in working
        days; dependencies between template lines become dependencies between
        the new lines.  Items already on the checklist are skipped.
        """
        Template = self.env["liaison.checklist.template"]
        Line = self.env["liaison.checklist.line"]
        calendar = self.env["liaison.working.day"]
        for project in self:
            project_template = template
            if not project_template and project.project_type_id:
                project_template = Template.search(
                    [("project_type_id", "=", project.project_type_id.id)], limit=1
                )
            if not project_template:
                raise UserError(
                    self.env._(
                        "No checklist template for the type of %(project)s: "
                        "choose the project type, or create a template for it.",
                        project=project.name,
                    )
                )
            start = start_date or project._get_checklist_start_date()
            present = set(project.checklist_line_ids.approval_item_id.ids)
            template_lines = project_template.line_ids.filtered(
                lambda tl, present=present: tl.approval_item_id.id not in present
            )
            new_lines = Line.create(
                [
                    {
                        "project_id": project.id,
                        "sequence": tl.sequence,
                        "approval_item_id": tl.approval_item_id.id,
                        "planned_start": calendar.add_working_days(
                            start, tl.offset_days
                        ),
                        "note": tl.note,
                    }
                    for tl in template_lines
                ]
            )
            by_item = {
                line.approval_item_id.id: line
                for line in project.checklist_line_ids | new_lines
            }
            for tl, line in zip(template_lines, new_lines, strict=True):
                deps = [
                    by_item[dep.approval_item_id.id].id
                    for dep in tl.depends_on_ids
                    if dep.approval_item_id.id in by_item
                ]
                if deps:
                    line.depends_on_ids = [Command.set(deps)]
            project.message_post(
                body=self.env._(
                    "Checklist template %(template)s applied: %(count)s items added.",
                    template=project_template.name,
                    count=len(new_lines),
                ),
                subtype_xmlid="mail.mt_note",
            )
        return True

    # ---- Rating ----
    # (Stage changes are told by liaison.stage.tracking.mixin.)
    def _rating_get_partner(self):
        return self.partner_id

    def _rating_apply_get_default_subtype_id(self):
        return self.env["ir.model.data"]._xmlid_to_res_id(
            "liaison_service.mt_project_rating"
        )

    # ---- Service flow ----
    def _stage_missing_error(self, flag):
        return self.env._(
            "No project stage is configured for this step (%(flag)s).", flag=flag
        )

    def _hand_back_materials(self, date):
        lines = self.sudo().agreement_ids.material_line_ids.filtered(
            lambda line: not line.returned
        )
        lines.write({"returned": True, "returned_date": date})

    def _check_not_closed(self):
        self._workflow_check_state(
            lambda project: not project.is_closed,
            lambda project: self.env._(
                "Project %(name)s is already closed.", name=project.name
            ),
        )

    def action_complete(self):
        """Complete the service (001 第十五条) once a delivery is received.

        The serving officer or the office completes (the record rules keep
        other officers out); the office alone terminates.
        """
        self._workflow_check_group("liaison_service.group_officer")
        completed = self._get_stage("is_completed")
        today = fields.Date.context_today(self)
        self._check_not_closed()
        self._workflow_check_state(
            lambda project: project.sudo().delivery_ids.filtered(
                lambda d: d.state == "received"
            ),
            lambda project: self.env._(
                "Project %(name)s cannot be completed: delivery not confirmed "
                "by the enterprise.",
                name=project.name,
            ),
        )
        for project in self:
            project._hand_back_materials(project.handback_date or today)
            # The stage and handback date are tracked: followers of the
            # stage subtype are told, no separate note.
            project._workflow_write(
                {
                    "handback_date": project.handback_date or today,
                    "stage_id": completed.id,
                }
            )
        return True

    def action_terminate(self, reason=None):
        """Terminate the service (第十六条): a reason is required."""
        self._workflow_check_group("liaison_service.group_office")
        terminated = self._get_stage("is_terminated")
        today = fields.Date.context_today(self)
        self._check_not_closed()
        self._workflow_check_state(
            lambda project: (reason or project.termination_reason or "").strip(),
            lambda project: self.env._(
                "Give the reason to terminate project %(name)s.", name=project.name
            ),
        )
        for project in self:
            text = (reason or project.termination_reason or "").strip()
            project._hand_back_materials(project.handback_date or today)
            project.sudo().agreement_ids.filtered(
                lambda a: a.state != "terminated"
            ).action_terminate(text)
            project.sudo().dispatch_ids.filtered(
                lambda d: d.state == "draft"
            ).state = "cancelled"
            project._workflow_write(
                {
                    "termination_reason": text,
                    "handback_date": project.handback_date or today,
                    "stage_id": terminated.id,
                }
            )
            project.message_post(
                body=self.env._("Service terminated: %(reason)s", reason=text),
                subtype_xmlid="mail.mt_note",
            )
        return True

    def _action_open_service(self, model, name):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": name,
            "res_model": model,
            "view_mode": "list,form",
            "domain": [("project_id", "=", self.id)],
            "context": {"default_project_id": self.id},
        }

    def action_open_agreements(self):
        return self._action_open_service("liaison.agreement", self.env._("Agreements"))

    def action_open_dispatches(self):
        return self._action_open_service("liaison.dispatch", self.env._("Dispatches"))

    def action_open_deliveries(self):
        return self._action_open_service("liaison.delivery", self.env._("Deliveries"))

    def action_open_consultation(self):
        return self.env["liaison.consultation"]._action_open_for(self)
