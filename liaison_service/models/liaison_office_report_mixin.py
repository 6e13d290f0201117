# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class LiaisonOfficeReportMixin(models.AbstractModel):
    """A document the office computes for its jurisdiction from the records
    (an annual appraisal, a supervision bulletin).

    Lifecycle: a draft, computed again at will by the office
    (``_workflow_recompute``), then the model's own states (added to
    ``state``) up to the leadership's approval, which locks it.  It starts in
    the writer's first region.
    """

    _name = "liaison.office.report.mixin"
    _inherit = ["mail.thread", "liaison.workflow.mixin", "liaison.region.mixin"]
    _description = "Office Report"

    region_id = fields.Many2one(
        string="Jurisdiction", default=lambda self: self._default_region_id()
    )
    state = fields.Selection(
        [("draft", "Draft")],
        string="Status",
        default="draft",
        required=True,
        readonly=True,
        tracking=True,
        copy=False,
    )
