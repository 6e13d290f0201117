# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from werkzeug.exceptions import BadRequest, Forbidden

from odoo import fields, http
from odoo.http import content_disposition, request

XLSX_MIMETYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class LiaisonFieldWorkXlsxController(http.Controller):
    def _records(self, model, ids):
        if not request.env.user._is_internal():
            raise Forbidden()
        Model = request.env[model]
        Model.check_access("read")
        domain = []
        if ids:
            try:
                domain = [("id", "in", [int(i) for i in ids.split(",") if i.strip()])]
            except ValueError as error:
                raise BadRequest() from error
        return Model.search(domain)

    def _response(self, content, title):
        filename = f"{title}-{fields.Date.context_today(request.env.user)}.xlsx"
        return request.make_response(
            content,
            headers=[
                ("Content-Type", XLSX_MIMETYPE),
                ("Content-Length", len(content)),
                ("Content-Disposition", content_disposition(filename)),
            ],
        )

    @http.route(
        "/liaison/projects/ledger.xlsx", type="http", auth="user", methods=["GET"]
    )
    def liaison_service_ledger_xlsx(self, ids=None, **kwargs):
        """Service ledger of the given projects, or of every project the user
        may read (record rules apply: searched as the user)."""
        projects = self._records("liaison.project", ids)
        Export = request.env["liaison.field.work.xlsx.export"]
        return self._response(
            Export._generate_ledger_xlsx(projects), request.env._("Service Ledger")
        )

    @http.route("/liaison/roster.xlsx", type="http", auth="user", methods=["GET"])
    def liaison_roster_xlsx(self, ids=None, **kwargs):
        """Roster of the given lines, or of every current line the user may read."""
        lines = self._records("liaison.key.enterprise.roster", ids)
        if not ids:
            lines = lines.filtered(lambda line: not line.date_to)
        Export = request.env["liaison.field.work.xlsx.export"]
        return self._response(
            Export._generate_roster_xlsx(lines), request.env._("Service Roster")
        )
