# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, models


class ReportDepartmentGuideContact(models.AbstractModel):
    """Contact table of the departments' full-time guides (001 附件1).

    One row per approval item with its current guide, grouped by department;
    printed from departments (all their items) or from approval items.
    """

    _name = "report.liaison_service_reports.report_department_guide_contact"
    _description = "Guide Contact Table"

    @api.model
    def _get_items(self, docids):
        departments = self.env["liaison.department"].browse(docids)
        return self.env["liaison.approval.item"].search(
            [("department_id", "in", departments.ids)]
        )

    @api.model
    def _group_by_department(self, items):
        """[(department, items)] in the departments' and the items' own order."""
        groups = {}
        for item in items.sorted():
            groups.setdefault(item.department_id, items.browse())
            groups[item.department_id] |= item
        departments = self.env["liaison.department"].concat(*groups).sorted()
        return [(department, groups[department]) for department in departments]

    @api.model
    def _get_report_values(self, docids, data=None):
        # The reader's rights, before any value is prepared from the records.
        self.env[self._doc_model()].browse(docids).check_access("read")
        forms = self.env["liaison.form.report"]
        items = self._get_items(docids)
        return forms._table_report_values(
            self.env[self._doc_model()].browse(docids),
            items.department_id.region_id,
            groups=self._group_by_department(items),
        )

    @api.model
    def _doc_model(self):
        return "liaison.department"


class ReportApprovalItemGuideContact(models.AbstractModel):
    _name = "report.liaison_service_reports.report_item_guide_contact"
    _inherit = "report.liaison_service_reports.report_department_guide_contact"
    _description = "Guide Contact Table of Approval Items"

    @api.model
    def _get_items(self, docids):
        return self.env["liaison.approval.item"].browse(docids)

    @api.model
    def _doc_model(self):
        return "liaison.approval.item"
