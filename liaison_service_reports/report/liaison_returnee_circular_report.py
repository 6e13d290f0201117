# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, models


class ReportReturneeCircular(models.AbstractModel):
    """Data of the bimonthly reporting circular (调度通报, 002 二(一)).

    Lines come from ``liaison.returnee.circular._get_lines`` run with the
    reader's rights: what the reader cannot see is not printed.
    """

    _name = "report.liaison_service_reports.report_returnee_circular"
    _inherit = "liaison.officer.form.report"
    _description = "Returnee Reporting Circular"

    def _prepare_circular_values(self, circular):
        report = self.with_context(lang=self._get_form_lang())
        env = report.env
        circular = circular.with_env(env)
        region_title = report._region_title(circular.region_id)
        types = dict(
            env["liaison.returnee.obligation"]
            ._fields["body_type"]
            ._description_selection(env)
        )
        lines = circular._get_lines()
        return {
            "title": env._(
                "%(region)s Returnee Work Reporting Circular", region=region_title
            ),
            "period": env._(
                "%(start)s to %(end)s",
                start=report._format_date_cn(circular.period_start),
                end=report._format_date_cn(circular.period_end),
            ),
            "office": env._(
                "Office of the %(region)s Returnee Work Leadership Group",
                region=region_title,
            ),
            "lines": [
                dict(
                    line,
                    body_type=types[line["body_type"]],
                    titles="；".join(line["titles"]),
                    verdict=env._("Reported Late")
                    if line["late"]
                    else env._("Reported"),
                )
                for line in lines
            ],
            "late": "、".join(line["body"] for line in lines if line["late"]),
        }

    @api.model
    def _get_report_values(self, docids, data=None):
        circulars = self.env["liaison.returnee.circular"].browse(docids)
        return {
            "doc_ids": docids,
            "doc_model": "liaison.returnee.circular",
            "docs": circulars,
            "form_lang": self._get_form_lang(),
            "forms": {c.id: self._prepare_circular_values(c) for c in circulars},
        }
