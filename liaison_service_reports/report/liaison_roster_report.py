# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, models


class ReportKeyEnterpriseRoster(models.AbstractModel):
    """Roster of chief service officers and sub-contracting staff
    (首席服务官及具体分包人情况表, 003 附件3), one row per key enterprise.

    Built from the roster lines printed, read with the reader's rights; the
    officers' names, units and phones are read after an access check on the
    lines, since an officer may not read the other officers' records.
    """

    _name = "report.liaison_service_reports.report_key_enterprise_roster"
    _description = "Key Enterprise Roster"

    @api.model
    def _roster_rows(self, lines):
        """[{number, enterprise, chiefs, staff}] with people as dicts."""
        lines = lines.with_env(self.env)
        lines.check_access("read")
        contacts = lines.officer_id._form_contacts()
        by_partner = {}
        for line in lines.sorted(
            lambda rec: (rec.partner_id.name or "", rec.role, rec.date_from)
        ):
            entry = by_partner.setdefault(
                line.partner_id,
                {"enterprise": line.partner_id, "chief": [], "staff": []},
            )
            contact = contacts[line.officer_id.id]
            entry[line.role].append(
                {
                    "name": contact["name"],
                    "unit": contact["unit"],
                    "phone": contact["phone"],
                    "date_from": line.date_from,
                    "date_to": line.date_to,
                }
            )
        rows = []
        for number, entry in enumerate(by_partner.values(), start=1):
            entry["number"] = number
            rows.append(entry)
        return rows

    @api.model
    def _get_report_values(self, docids, data=None):
        forms = self.env["liaison.form.report"]
        report = self.with_context(lang=forms._get_form_lang())
        lines = report.env["liaison.key.enterprise.roster"].browse(docids)
        return forms._table_report_values(
            lines, lines.region_id, rows=report._roster_rows(lines)
        )
