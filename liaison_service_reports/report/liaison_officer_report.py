# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import base64
import io

import qrcode

from odoo import api, models
from odoo.tools.image import image_data_uri

VERIFY_PATH = "/liaison/verify/"


class LiaisonOfficerFormReport(models.AbstractModel):
    """Data of the officer's printed forms: approval form, letter and card.

    Beyond the shared form values (``liaison.form.report``): issuing bodies,
    the photo, the QR code to the public verification page and the
    restricted ID number.
    """

    _name = "liaison.officer.form.report"
    _inherit = "liaison.form.report"
    _description = "Officer Forms Data"
    _form_model = "liaison.officer"
    _form_kind = "officer"

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
        # The token is readable by the office only: a reader outside it
        # prints the form without the QR code, as without the ID number.
        token = self._readable_field(officer, "verification_token")
        if not token:
            return ""
        return officer.get_base_url() + VERIFY_PATH + token

    def _prepare_officer_values(self, officer):
        """Values of one officer for the templates, in the forms' language."""
        region_title, issuing_body = officer.region_id._form_issuer()
        type_labels = dict(
            officer._fields["officer_type"]._description_selection(self.env)
        )
        officer_type = type_labels.get(officer.officer_type, "")
        # The issuing body configured for the jurisdiction, else the standard.
        issuer = issuing_body or self.env._(
            "%(region)s Leadership Group for Government Service Liaison",
            region=region_title,
        )
        id_number = self._readable_field(officer, "id_number") or ""
        verify_url = self._verification_url(officer)
        photo = officer.image_512
        return {
            "region_title": region_title,
            "issuer": issuer,
            "issuer_office": self.env._("Office of the %(issuer)s", issuer=issuer)
            if issuing_body
            else self.env._(
                "Office of the %(region)s Leadership Group for Government "
                "Service Liaison",
                region=region_title,
            ),
            "officer_type": officer_type,
            "card_title": self.env._("%(type)s Work ID Card", type=officer_type),
            "salutation": self.env._("%(name)s:", name=officer.name),
            "letter_body": self.env._(
                "Upon review and approval by %(issuer)s, you are hereby "
                "appointed as “%(type)s”.",
                issuer=issuer,
                type=officer_type,
            ),
            "id_number": id_number,
            "photo_src": photo and image_data_uri(photo),
            "verify_url": verify_url,
            "qr_src": verify_url and self._qr_data_uri(verify_url),
            "appointment_date": self._format_date_cn(officer.appointment_date),
            "term_start": self._format_date_cn(officer.term_start),
            "term_end": self._format_date_cn(officer.term_end),
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
