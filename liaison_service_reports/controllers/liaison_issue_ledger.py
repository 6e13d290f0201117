# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from werkzeug.exceptions import BadRequest, Forbidden

from odoo import fields, http
from odoo.http import content_disposition, request

XLSX_MIMETYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class LiaisonIssueLedgerController(http.Controller):
    @http.route(
        "/liaison/issues/ledger.xlsx", type="http", auth="user", methods=["GET"]
    )
    def liaison_issue_ledger_xlsx(self, ids=None, **kwargs):
        """The issue ledger of the given ids (comma-separated), or of every
        issue the user may read; record rules apply (searched as the user)."""
        if not request.env.user._is_internal():
            raise Forbidden()
        Issue = request.env["liaison.issue"]
        Issue.check_access("read")
        domain = []
        if ids:
            try:
                domain = [("id", "in", [int(i) for i in ids.split(",") if i.strip()])]
            except ValueError as error:
                raise BadRequest() from error
        issues = Issue.search(domain)
        content = request.env["liaison.issue.xlsx.export"]._generate_xlsx(issues)
        filename = "{}-{}.xlsx".format(
            request.env._("Issue Ledger"), fields.Date.context_today(Issue)
        )
        return request.make_response(
            content,
            headers=[
                ("Content-Type", XLSX_MIMETYPE),
                ("Content-Length", len(content)),
                ("Content-Disposition", content_disposition(filename)),
            ],
        )
