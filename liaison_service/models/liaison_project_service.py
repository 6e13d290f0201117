# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models
from odoo.exceptions import AccessError, UserError


class LiaisonProject(models.Model):
    """Service flow of a project: consultation, entrustment agreements,
    dispatch sheets, result deliveries, completion and termination."""

    _inherit = "liaison.project"

    consultation_id = fields.Many2one(
        "liaison.consultation",
        string="Consultation",
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
        string="Handback Note",
        copy=False,
        help="Which materials were handed back, and to whom.",
    )
    termination_reason = fields.Text(
        tracking=True,
        copy=False,
        readonly=True,
        help="Why the service was terminated (第十六条).",
    )

    def _compute_service_counts(self):
        counts = {}
        for model, key in (
            ("liaison.agreement", "agreement_count"),
            ("liaison.dispatch", "dispatch_count"),
            ("liaison.delivery", "delivery_count"),
        ):
            Model = self.env[model]
            if not Model.has_access("read"):
                counts[key] = {}
                continue
            counts[key] = dict(
                Model._read_group(
                    [("project_id", "in", self.ids)], ["project_id"], ["__count"]
                )
            )
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
            project.agreement_count = counts["agreement_count"].get(project, 0)
            project.dispatch_count = counts["dispatch_count"].get(project, 0)
            project.delivery_count = counts["delivery_count"].get(project, 0)
            project.is_delivery_received = project in received

    # ---- CRUD ----
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

    # ---- Rating ----
    def _rating_get_partner(self):
        return self.partner_id

    def _rating_apply_get_default_subtype_id(self):
        return self.env["ir.model.data"]._xmlid_to_res_id("mail.mt_note")

    # ---- Service flow ----
    def _hand_back_materials(self, date):
        lines = self.sudo().agreement_ids.material_line_ids.filtered(
            lambda line: not line.returned
        )
        lines.write({"returned": True, "returned_date": date})

    def action_complete(self):
        """Complete the service (001 第十五条) once a delivery is received.

        The serving officer or the office completes (the record rules keep
        other officers out); the office alone terminates.
        """
        self._workflow_check_group("liaison_service.group_officer")
        completed = self.env.ref("liaison_service.liaison_project_stage_completed")
        today = fields.Date.context_today(self)
        for project in self:
            if project.is_closed:
                raise UserError(
                    self.env._("Project %(name)s is already closed.", name=project.name)
                )
            if not project.sudo().delivery_ids.filtered(
                lambda d: d.state == "received"
            ):
                raise UserError(
                    self.env._(
                        "Project %(name)s cannot be completed: delivery not confirmed "
                        "by the enterprise.",
                        name=project.name,
                    )
                )
            project._hand_back_materials(project.handback_date or today)
            project._workflow_write(
                {
                    "handback_date": project.handback_date or today,
                    "stage_id": completed.id,
                }
            )
            project.message_post(
                body=self.env._("Service completed; materials handed back."),
                subtype_xmlid="mail.mt_note",
            )
        return True

    def action_terminate(self, reason=None):
        """Terminate the service (第十六条): a reason is required."""
        self._workflow_check_group("liaison_service.group_office")
        terminated = self.env.ref("liaison_service.liaison_project_stage_terminated")
        today = fields.Date.context_today(self)
        for project in self:
            if project.is_closed:
                raise UserError(
                    self.env._("Project %(name)s is already closed.", name=project.name)
                )
            text = (reason or project.termination_reason or "").strip()
            if not text:
                raise UserError(
                    self.env._(
                        "Give the reason to terminate project %(name)s.",
                        name=project.name,
                    )
                )
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
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "liaison.consultation",
            "res_id": self.consultation_id.id,
            "view_mode": "form",
        }
