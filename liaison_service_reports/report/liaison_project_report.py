# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import cn2an

from odoo import api, fields, models
from odoo.tools.image import image_data_uri
from odoo.tools.misc import format_amount

# Report actions the portal prints and signs (stable xml ids): the portal
# reads them here (_get_portal_report_xmlid).
PORTAL_REPORTS = {
    "liaison.agreement": "liaison_service_reports.action_report_agreement",
    "liaison.delivery": "liaison_service_reports.action_report_delivery",
}
# Chinese unit of the currencies an investment is commonly given in; cn2an
# writes yuan (元), other currencies replace that unit.
CURRENCY_UNITS = {
    "CNY": "元",
    "USD": "美元",
    "EUR": "欧元",
    "HKD": "港元",
    "MOP": "澳门元",
    "TWD": "新台币元",
    "JPY": "日元",
    "GBP": "英镑",
}


class LiaisonProjectFormReport(models.AbstractModel):
    """Data of the printed forms of the project service (C2).

    Dispatch sheet, opinion-reply form, entrustment agreement, delivery
    notice, completion sheet, one-time notification and schedule plan: the
    values beyond plain fields (Chinese dates, amounts in Chinese financial
    numerals, names read across models) are prepared here, in the forms'
    language (see ``liaison.form.report``).
    """

    _name = "liaison.project.form.report"
    _inherit = "liaison.form.report"
    _description = "Project Service Forms Data"

    # ---- Portal ----
    @api.model
    def _get_portal_report_xmlid(self, model_name):
        """xml id of the form the portal prints for ``model_name`` records."""
        return PORTAL_REPORTS[model_name]

    # ---- Formatting ----
    @api.model
    def _amount_words_cn(self, amount, currency):
        """Amount in Chinese financial numerals, e.g. 壹万贰仟元整."""
        if not amount:
            return ""
        words = cn2an.an2cn(f"{abs(amount):.2f}", "rmb")
        unit = CURRENCY_UNITS.get(currency.name, "元")
        if unit != "元":
            words = words.replace("元", unit, 1)
        if unit not in words:
            # Amounts under one unit: only jiao and fen (伍角).
            words = f"{currency.name} {words}"
        return ("负" if amount < 0 else "") + words

    @api.model
    def _amount_values(self, amount, currency):
        """The figure and the words of an amount, for the templates."""
        if not amount:
            return {"figure": "", "words": "", "in_words": ""}
        words = self._amount_words_cn(amount, currency)
        return {
            "figure": format_amount(
                self.env, amount, currency, lang_code=self._get_form_lang()
            ),
            "words": words,
            "in_words": self.env._("(in words: %(words)s)", words=words),
        }

    @api.model
    def _officer_line(self, officer):
        """Officer as printed: name and phone."""
        if not officer:
            return ""
        contact = officer._form_contacts()[officer.id]
        if contact["phone"]:
            return f"{contact['name']}（{contact['phone']}）"
        return contact["name"]

    @api.model
    def _signed_document_values(self, record, date_sent, signed_on, signature):
        """Sending date, signature (image and time) and state of a document
        the enterprise signs on the portal (agreement, delivery)."""
        return {
            "date_sent": self._format_date_cn(date_sent),
            "signed_on": self._format_datetime_cn(record, signed_on),
            "signature_src": signature and image_data_uri(signature),
            "state": self._selection_label(record, "state"),
        }

    @api.model
    def _region_of(self, project):
        region = project.sudo().region_id
        return self._region_title(region) if region else ""

    # ---- Values per form ----
    def _prepare_dispatch_values(self, dispatch):
        project = dispatch.project_id.sudo()
        main = dispatch.main_officer_id
        return {
            "region_title": self._region_of(project),
            "date": self._format_date_cn(dispatch.date),
            "investment": self._amount_values(
                project.investment_amount, project.currency_id
            ),
            "main_officer": self._officer_line(main),
            "main_officer_department": (
                main._form_contacts()[main.id]["unit"] if main else ""
            ),
            "assistants": [
                self._officer_line(officer)
                for officer in dispatch.assistant_officer_ids
            ],
            # "1+1" or "1+N" (000 §一).
            "pattern": "1+N" if len(dispatch.assistant_officer_ids) > 1 else "1+1",
            "state": self._selection_label(dispatch, "state"),
        }

    def _prepare_opinion_values(self, request):
        # Read with the reader's rights (checked in _get_report_values).
        guide = request.guide_id
        return {
            "region_title": self._region_of(request.project_id),
            "guide": guide.name or "",
            "guide_phone": guide.phone or "",
            "requested_by": request.requested_by.name or "",
            "date_requested": self._format_date_cn(request.date_requested),
            "reply_deadline": self._format_date_cn(request.reply_deadline),
            "replied_by": request.replied_by.name or "",
            "date_replied": self._format_date_cn(request.date_replied),
            "materials": request.required_material_ids,
            "other_materials": [
                line.strip()
                for line in (request.missing_materials or "").splitlines()
                if line.strip()
            ],
        }

    def _prepare_agreement_values(self, agreement):
        project = agreement.project_id.sudo()
        officer = agreement.sudo().agent_officer_id or project.main_officer_id
        agent = agreement.agent_name or self.env._(
            "Office of the %(region)s Leadership Group for Government Service Liaison",
            region=self._region_of(project),
        )
        return {
            "region_title": self._region_of(project),
            "agent": agent,
            "agent_officer": officer.name or "",
            "agent_phone": officer.phone or "",
            "principal": project.partner_id.name or "",
            "principal_name": agreement.principal_name
            or project.responsible_name
            or "",
            "principal_phone": project.responsible_phone
            or project.partner_id.phone
            or "",
            "service_mode": self._selection_label(agreement, "service_mode"),
            "scope": self._selection_label(agreement, "scope"),
            "entrustment": self.env._(
                "The principal entrusts the agent with the %(mode)s (%(scope)s "
                "service) of the approvals of project %(project)s, hands over "
                "the materials below and pledges that all of them are true.",
                mode=self._selection_label(agreement, "service_mode"),
                scope=self._selection_label(agreement, "scope"),
                project=project.name,
            ),
            "investment": self._amount_values(
                project.investment_amount, project.currency_id
            ),
            **self._signed_document_values(
                agreement, agreement.date_sent, agreement.signed_on, agreement.signature
            ),
        }

    def _prepare_delivery_values(self, delivery):
        project = delivery.project_id.sudo()
        agreement = project.agreement_ids.filtered(
            lambda a: a.state == "signed"
        ).sorted("signed_on")[:1]
        officer = project.main_officer_id
        accepted_on = agreement.signed_on and fields.Datetime.context_timestamp(
            delivery, agreement.signed_on
        )
        agent = agreement.agent_name or self.env._(
            "Office of the %(region)s Leadership Group for Government Service Liaison",
            region=self._region_of(project),
        )
        names = {
            "agent": agent,
            "enterprise": project.partner_id.name or "",
            "project": project.name,
        }
        if accepted_on:
            intro = self.env._(
                "On %(date)s, %(agent)s accepted the entrustment of %(enterprise)s "
                "to handle the approvals of project %(project)s; the handling is "
                "notified as follows:",
                date=self._format_date_cn(accepted_on.date()),
                **names,
            )
        else:
            intro = self.env._(
                "%(agent)s accepted the entrustment of %(enterprise)s to handle "
                "the approvals of project %(project)s; the handling is notified "
                "as follows:",
                **names,
            )
        return {
            "region_title": self._region_of(project),
            "intro": intro,
            "agreement_number": agreement.name or "",
            "officer": self._officer_line(officer),
            "method": self._selection_label(delivery, "method"),
            **self._signed_document_values(
                delivery,
                delivery.date_sent,
                delivery.receipt_signed_on,
                delivery.receipt_signature,
            ),
        }

    def _prepare_completion_values(self, project):
        # Read with the reader's rights (checked in _get_report_values).
        dispatch = project.dispatch_ids.filtered(lambda d: d.state == "issued").sorted(
            "date"
        )[:1]
        agreements = project.agreement_ids.filtered(lambda a: a.state == "signed")
        received = project.delivery_ids.filtered(lambda d: d.state == "received")
        signed_on = min(agreements.mapped("signed_on"), default=False)
        received_on = max(received.mapped("receipt_signed_on"), default=False)
        return {
            "region_title": self._region_of(project),
            "status": self._selection_label(project, "status"),
            "stage": project.stage_id.name or "",
            "investment": self._amount_values(
                project.investment_amount, project.currency_id
            ),
            "funds_landed": self._amount_values(
                project.funds_landed, project.currency_id
            ),
            "main_officer": self._officer_line(project.main_officer_id),
            "assistants": [
                self._officer_line(officer) for officer in project.assistant_officer_ids
            ],
            "dispatch_number": dispatch.name or "",
            "dispatch_date": self._format_date_cn(dispatch.date),
            "agreement_numbers": "、".join(agreements.mapped("name")),
            "signed_on": self._format_date_cn(
                signed_on and fields.Datetime.context_timestamp(project, signed_on)
            ),
            "received_on": self._format_date_cn(
                received_on and fields.Datetime.context_timestamp(project, received_on)
            ),
            "handback_date": self._format_date_cn(project.handback_date),
            "results": [d.results for d in received if d.results],
            "materials": project.agreement_ids.material_line_ids,
            "returned_materials": received.returned_material_ids,
            "evaluations": [
                self.env._("Very Satisfied"),
                self.env._("Satisfied"),
                self.env._("Basically Satisfied"),
                self.env._("Unsatisfied"),
                self.env._("Very Unsatisfied"),
            ],
        }

    def _prepare_consultation_values(self, consultation):
        addressee = consultation.partner_id.name or consultation.applicant_name or ""
        user = consultation.sudo().user_id
        return {
            "region_title": self._region_title(consultation.sudo().region_id),
            "salutation": self.env._("%(name)s:", name=addressee),
            "body": self.env._(
                "About your consultation of %(date)s on “%(subject)s”, every "
                "material still missing is notified to you at once, with how to "
                "provide it:",
                date=self._format_date_cn(consultation.date),
                subject=consultation.name,
            ),
            "date": self._format_date_cn(consultation.date),
            "channel": self._selection_label(consultation, "channel"),
            "officer": user.name or "",
            "officer_phone": user.phone or user.mobile or "",
            "today": self._format_date_cn(fields.Date.context_today(consultation)),
        }

    def _prepare_schedule_values(self, project):
        # Read with the reader's rights (checked in _get_report_values).
        phases = dict(
            self.env["liaison.approval.item"]
            ._fields["phase"]
            ._description_selection(self.env)
        )
        groups = {}
        for line in project.checklist_line_ids.sorted(
            lambda line: (line.planned_start, line.sequence, line.id)
        ):
            groups.setdefault(line.phase or "other", []).append(
                {
                    "name": line.name or "",
                    "department": line.department_id.name or "",
                    "guide": line.guide_id.name or "",
                    "guide_phone": line.guide_phone or "",
                    "planned_start": self._format_date_cn(line.planned_start),
                    "time_limit_days": line.time_limit_days,
                    "deadline": self._format_date_cn(line.deadline),
                    "state": self._selection_label(line, "state"),
                }
            )
        order = list(phases)
        return {
            "region_title": self._region_of(project),
            "main_officer": self._officer_line(project.main_officer_id),
            "assistants": "、".join(project.assistant_officer_ids.mapped("name")),
            "progress": f"{round(project.checklist_progress or 0)}%",
            "phases": [
                (phases.get(phase, phase), groups[phase])
                for phase in sorted(
                    groups, key=lambda p: order.index(p) if p in order else 99
                )
            ],
            "today": self._format_date_cn(fields.Date.context_today(project)),
        }


class ReportProjectDispatch(models.AbstractModel):
    _name = "report.liaison_service_reports.report_project_dispatch"
    _inherit = "liaison.project.form.report"
    _description = "Dispatch Sheet Form"
    _form_model = "liaison.dispatch"
    _form_kind = "dispatch"


class ReportProjectOpinionReply(models.AbstractModel):
    _name = "report.liaison_service_reports.report_project_opinion_reply"
    _inherit = "liaison.project.form.report"
    _description = "Opinion-Reply Form"
    _form_model = "liaison.opinion.request"
    _form_kind = "opinion"


class ReportProjectAgreement(models.AbstractModel):
    _name = "report.liaison_service_reports.report_project_agreement"
    _inherit = "liaison.project.form.report"
    _description = "Entrustment Agreement Form"
    _form_model = "liaison.agreement"
    _form_kind = "agreement"


class ReportProjectDelivery(models.AbstractModel):
    _name = "report.liaison_service_reports.report_project_delivery"
    _inherit = "liaison.project.form.report"
    _description = "Delivery Notice Form"
    _form_model = "liaison.delivery"
    _form_kind = "delivery"


class ReportProjectCompletion(models.AbstractModel):
    _name = "report.liaison_service_reports.report_project_completion"
    _inherit = "liaison.project.form.report"
    _description = "Completion Sheet Form"
    _form_model = "liaison.project"
    _form_kind = "completion"


class ReportProjectNotification(models.AbstractModel):
    _name = "report.liaison_service_reports.report_project_notification"
    _inherit = "liaison.project.form.report"
    _description = "One-time Notification Form"
    _form_model = "liaison.consultation"
    _form_kind = "consultation"


class ReportProjectSchedule(models.AbstractModel):
    _name = "report.liaison_service_reports.report_project_schedule"
    _inherit = "liaison.project.form.report"
    _description = "Schedule Plan Form"
    _form_model = "liaison.project"
    _form_kind = "schedule"
