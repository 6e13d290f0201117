# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import json
import tempfile

from werkzeug.exceptions import BadRequest, Forbidden
from werkzeug.wsgi import wrap_file

from odoo import fields, http
from odoo.http import content_disposition, request
from odoo.osv import expression

XLSX_MIMETYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class LiaisonIssueLedgerController(http.Controller):
    @http.route(
        "/liaison/issues/ledger.xlsx",
        type="http",
        auth="user",
        methods=["GET", "POST"],
    )
    def liaison_issue_ledger_xlsx(self, domain=None, **kwargs):
        """The issue ledger of the issues of ``domain`` (a JSON domain, POSTed
        by the list's export action), or of every issue the user may read.

        The domain only filters: the issues are searched as the user, so record
        rules apply.  The workbook is written to a temporary file and streamed.
        """
        if not request.env.user._is_internal():
            raise Forbidden()
        Issue = request.env["liaison.issue"]
        Issue.check_access("read")
        search_domain = []
        if domain:
            try:
                search_domain = json.loads(domain)
                expression.expression(search_domain, Issue)  # validates it
            except (ValueError, TypeError, AssertionError) as error:
                raise BadRequest() from error
        # Closed by the response once sent (werkzeug FileWrapper).
        output = tempfile.TemporaryFile()  # noqa: SIM115
        request.env["liaison.issue.xlsx.export"]._write_xlsx(search_domain, output)
        size = output.tell()
        output.seek(0)
        filename = "{}-{}.xlsx".format(
            request.env._("Issue Ledger"), fields.Date.context_today(Issue)
        )
        return request.make_response(
            wrap_file(request.httprequest.environ, output),
            headers=[
                ("Content-Type", XLSX_MIMETYPE),
                ("Content-Length", size),
                ("Content-Disposition", content_disposition(filename)),
            ],
        )
