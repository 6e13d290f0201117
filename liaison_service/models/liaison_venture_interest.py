# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models
from odoo.exceptions import UserError


class LiaisonVentureInterest(models.Model):
    """A returnee's interest in a published venture project; it can become a
    liaison project."""

    _name = "liaison.venture.interest"
    _description = "Venture Project Interest"
    _inherit = ["liaison.workflow.mixin"]
    _order = "date desc, id desc"
    _workflow_fields = frozenset({"project_id"})

    venture_id = fields.Many2one(
        "liaison.venture.project", required=True, index=True, ondelete="cascade"
    )
    person_id = fields.Many2one(
        "liaison.returnee.person",
        string="Returnee",
        required=True,
        index=True,
        ondelete="restrict",
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Enterprise",
        domain=[("is_company", "=", True)],
        help="The enterprise the returnee founds or runs.",
    )
    date = fields.Date(required=True, default=fields.Date.context_today)
    note = fields.Text()
    project_id = fields.Many2one(
        "liaison.project", string="Liaison Project", readonly=True, copy=False
    )

    def action_create_project(self):
        self._workflow_check_group("liaison_service.group_office")
        for interest in self:
            if interest.project_id:
                raise UserError(self.env._("This interest is already a project."))
            venture = interest.venture_id
            if not interest.partner_id or not venture.region_id:
                raise UserError(
                    self.env._(
                        "Give the enterprise and the venture project's township first."
                    )
                )
            project = self.env["liaison.project"].create(
                {
                    "name": venture.name,
                    "partner_id": interest.partner_id.id,
                    "region_id": venture.region_id.id,
                    "investment_amount": venture.investment_needed,
                    "status": "negotiating",
                }
            )
            interest._workflow_write({"project_id": project.id})
        return True
