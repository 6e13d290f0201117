# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from babel.dates import format_date, format_time

from odoo import api, fields, models

# The printed forms are official Chinese documents whatever the user's language.
FORM_LANG = "zh_CN"


class LiaisonFormReport(models.AbstractModel):
    """The base of the printed forms: what every form prints beyond plain
    fields is prepared here, in the forms' language, with the reader's rights.

    A concrete form names the model it prints (``_form_model``) and which
    ``_prepare_<kind>_values`` prepares one record's values (``_form_kind``);
    ``_get_report_values`` checks the reader may read the records, then gives
    the templates ``forms``, one dict of values per record.  Registers and
    tables built across records use the helpers only (``_get_form_lang``,
    ``_region_title``, ``_single_region_title``, ``_format_date_cn``).
    """

    _name = "liaison.form.report"
    _description = "Printed Forms Data"
    # Model of the records printed by the concrete report, and which
    # _prepare_<kind>_values prepares them.
    _form_model = None
    _form_kind = None

    # ---- Language and formatting ----
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
    def _format_datetime_cn(self, record, value):
        """Date and time in the user's time zone, e.g. 2026年3月2日 14:05."""
        if not value:
            return ""
        local = fields.Datetime.context_timestamp(record, value)
        return "{} {}".format(
            self._format_date_cn(local.date()),
            format_time(local, "HH:mm", locale=FORM_LANG),
        )

    @api.model
    def _selection_label(self, record, field_name):
        field = record._fields[field_name]
        return dict(field._description_selection(self.env)).get(record[field_name], "")

    @api.model
    def _readable_field(self, record, field_name):
        """``record[field_name]`` when the reader may read that field (its
        ``groups``), else False: a form leaves out what its reader may not see."""
        if not record._fields[field_name].is_accessible(self.env):
            return False
        return record[field_name]

    # ---- Regions ----
    @api.model
    def _region_title(self, region):
        """Region as named in titles: from the city down, e.g. 江源市临河区."""
        return region._form_title()

    @api.model
    def _issuing_title(self, region):
        """Title of the region whose leadership group issues the forms of
        ``region`` (a township's county or district)."""
        return region._form_issuer()[0]

    @api.model
    def _single_region_title(self, regions):
        """The title of the region a table covers when all its rows lie in
        one, else empty."""
        return self._region_title(regions) if len(regions) == 1 else ""

    # ---- Report values ----
    @api.model
    def _table_report_values(self, docs, regions, **values):
        """Values of a table printed across the records ``docs`` (a register,
        a roster, a summary): in the forms' language, titled with the region
        of the rows when they all lie in one of ``regions``."""
        return {
            "doc_ids": docs.ids,
            "doc_model": docs._name,
            "docs": docs,
            "form_lang": self._get_form_lang(),
            "region_title": self._single_region_title(regions),
            **values,
        }

    def _prepare_form_values(self, record):
        return getattr(self, f"_prepare_{self._form_kind}_values")(record)

    @api.model
    def _get_report_values(self, docids, data=None):
        form_lang = self._get_form_lang()
        report = self.with_context(lang=form_lang)
        records = report.env[self._form_model].browse(docids)
        # The reader's rights: a form is printed only by who may read its
        # record, before any value is prepared (and cached) from it.
        records.check_access("read")
        return {
            "doc_ids": docids,
            "doc_model": self._form_model,
            "docs": records,
            "form_lang": form_lang,
            "forms": {
                record.id: report._prepare_form_values(record) for record in records
            },
        }
