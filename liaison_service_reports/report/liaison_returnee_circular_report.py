# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class ReportReturneeCircular(models.AbstractModel):
    """Data of the bimonthly reporting circular (调度通报, 002 二(一)).

    Lines come from ``liaison.returnee.circular._get_lines`` run with the
    reader's rights: what the reader cannot see is not printed.
    """

    _name = "report.liaison_service_reports.report_returnee_circular"
    _inherit = "liaison.form.report"
    _description = "Returnee Reporting Circular"
    _form_model = "liaison.returnee.circular"
    _form_kind = "circular"

    def _prepare_circular_values(self, circular):
        region_title = self._region_title(circular.region_id)
        types = dict(
            self.env["liaison.returnee.obligation"]
            ._fields["body_type"]
            ._description_selection(self.env)
        )
        lines = circular._get_lines()
        return {
            "title": self.env._(
                "%(region)s Returnee Work Reporting Circular", region=region_title
            ),
            "period": self.env._(
                "%(start)s to %(end)s",
                start=self._format_date_cn(circular.period_start),
                end=self._format_date_cn(circular.period_end),
            ),
            "office": self.env._(
                "Office of the %(region)s Returnee Work Leadership Group",
                region=region_title,
            ),
            "lines": [
                dict(
                    line,
                    body_type=types[line["body_type"]],
                    titles="；".join(line["titles"]),
                    verdict=self.env._("Reported Late")
                    if line["late"]
                    else self.env._("Reported"),
                )
                for line in lines
            ],
            "late": "、".join(line["body"] for line in lines if line["late"]),
        }
