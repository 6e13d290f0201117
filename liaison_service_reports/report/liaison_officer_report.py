# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import base64
import io

from babel.dates import format_date
import qrcode

from odoo import api, models
from odoo.tools.image import image_data_uri

# The printed forms are official Chinese documents whatever the user's language.
FORM_LANG = "zh_CN"
VERIFY_PATH = "/liaison/verify/"


class LiaisonOfficerFormReport(models.AbstractModel):
    """Data of the officer's printed forms: approval form, letter and card.

    Everything the templates print beyond plain fields is prepared here in
    the forms' language: issuing bodies, Chinese dates, the photo, the QR
    code to the public verification page and the restricted ID number.
    """

    _name = "liaison.officer.form.report"
    _description = "Officer Forms Data"

    @api.model
    def _get_form_lang(self):
        """Chinese when installed (the forms are Chinese documents), else the
        user's language: printing must not fail on a database without zh_CN."""
        if self.env["res.lang"]._get_data(code=FORM_LANG):
            return FORM_LANG
        return self.env.lang or "en_US"

    @api.model
    def _format_date_cn(self, value):
        """Date as printed on Chinese forms, e.g. 2026年11月21日."""
        return format_date(value, "long", locale=FORM_LANG) if value else ""

    @api.model
    def _issuing_region(self, region):
        """Region of the leadership group that appoints the officer.

        Township officers are appointed by their county or district.
        """
        region = region.sudo()
        if region.level == "township" and region.parent_id:
            return region.parent_id
        return region

    @api.model
    def _region_title(self, region):
        """Region as named in titles: from the city down, e.g. 江源市临河区."""
        names = []
        region = region.sudo()
        while region:
            names.insert(0, region.name)
            if region.level in ("province", "city"):
                break
            region = region.parent_id
        return "".join(names)

    @api.model
    def _qr_data_uri(self, value, size=240):
        """PNG QR code of ``value`` as a data: URI (no HTTP fetch needed).

        Level M with a 4-module quiet zone, at least ``size`` pixels square, as
        Odoo's ``barcode("QR")`` draws it, made with ``qrcode`` in about a
        fifth of reportlab's time (which set the pace of a batch of work ID
        cards).  The forms' CSS sets its printed size.
        """
        code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M)
        code.add_data(value)
        code.make(fit=True)
        # Whole pixels a module, the smallest image of at least ``size`` pixels.
        code.box_size = -(-size // (code.modules_count + 2 * code.border))
        image = code.make_image().get_image()
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        return f"data:image/png;base64,{base64.b64encode(buffer.getvalue()).decode()}"

    @api.model
    def _verification_url(self, officer):
        # The token is readable by the office only; printing needs it anyway.
        token = officer.sudo().verification_token
        if not token:
            return ""
        return officer.get_base_url() + VERIFY_PATH + token

    def _prepare_officer_values(self, officer):
        """Values of one officer for the templates, in the forms' language."""
        report = self.with_context(lang=self._get_form_lang())
        env = report.env
        officer = officer.with_env(env)
        issuing_region = report._issuing_region(officer.region_id)
        region_title = report._region_title(issuing_region)
        type_labels = dict(officer._fields["officer_type"]._description_selection(env))
        officer_type = type_labels.get(officer.officer_type, "")
        # The issuing body configured for the jurisdiction, else the standard.
        issuer = issuing_region.issuing_body or env._(
            "%(region)s Leadership Group for Government Service Liaison",
            region=region_title,
        )
        id_number = ""
        if env.user.has_group("liaison_service.group_office"):
            id_number = officer.sudo().id_number or ""
        verify_url = report._verification_url(officer)
        photo = officer.image_512
        return {
            "region_title": region_title,
            "issuer": issuer,
            "issuer_office": env._("Office of the %(issuer)s", issuer=issuer)
            if issuing_region.issuing_body
            else env._(
                "Office of the %(region)s Leadership Group for Government "
                "Service Liaison",
                region=region_title,
            ),
            "officer_type": officer_type,
            "card_title": env._("%(type)s Work ID Card", type=officer_type),
            "salutation": env._("%(name)s:", name=officer.name),
            "letter_body": env._(
                "Upon review and approval by %(issuer)s, you are hereby "
                "appointed as “%(type)s”.",
                issuer=issuer,
                type=officer_type,
            ),
            "id_number": id_number,
            "photo_src": photo and image_data_uri(photo),
            "verify_url": verify_url,
            "qr_src": verify_url and report._qr_data_uri(verify_url),
            "appointment_date": report._format_date_cn(officer.appointment_date),
            "term_start": report._format_date_cn(officer.term_start),
            "term_end": report._format_date_cn(officer.term_end),
        }

    @api.model
    def _get_report_values(self, docids, data=None):
        officers = self.env["liaison.officer"].browse(docids)
        # The reader's rights, before any value is prepared from them.
        officers.check_access("read")
        return {
            "doc_ids": docids,
            "doc_model": "liaison.officer",
            "docs": officers,
            "form_lang": self._get_form_lang(),
            "forms": {
                officer.id: self._prepare_officer_values(officer)
                for officer in officers
            },
        }


class ReportOfficerApproval(models.AbstractModel):
    _name = "report.liaison_service_reports.report_officer_approval"
    _inherit = "liaison.officer.form.report"
    _description = "Officer Approval Form"


class ReportOfficerAppointment(models.AbstractModel):
    _name = "report.liaison_service_reports.report_officer_appointment"
    _inherit = "liaison.officer.form.report"
    _description = "Officer Appointment Letter"


class ReportOfficerCard(models.AbstractModel):
    _name = "report.liaison_service_reports.report_officer_card"
    _inherit = "liaison.officer.form.report"
    _description = "Officer Work ID Card"
