# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class LiaisonSigningProject(models.Model):
    """A project signed at a signing event (签约项目).

    It records the enterprise or returnee, the service station that brought
    it, the contracted investment and the funds landed, which are the sum
    of dated entries added over time.  The office turns it into a liaison
    project (在谈) in one step; the project keeps its event and station.
    """

    _name = "liaison.signing.project"
    _description = "Signed Project"
    _inherit = ["mail.thread", "liaison.workflow.mixin", "liaison.region.mixin"]
    _order = "event_date desc, id desc"
    _workflow_fields = frozenset({"project_id"})

    name = fields.Char(string="Project Name", required=True, tracking=True)
    event_id = fields.Many2one(
        "liaison.signing.event", required=True, index=True, ondelete="restrict"
    )
    event_date = fields.Date(related="event_id.date", store=True)
    year = fields.Integer(related="event_id.year", store=True, index=True)
    event_kind = fields.Selection(related="event_id.kind", store=True)
    partner_id = fields.Many2one(
        "res.partner",
        string="Enterprise",
        index="btree_not_null",
        ondelete="restrict",
        domain=[("is_company", "=", True)],
    )
    person_id = fields.Many2one(
        "liaison.returnee.person",
        string="Returnee",
        index="btree_not_null",
        ondelete="restrict",
        help="The returnee investor (in the out-of-town people database).",
    )
    station_id = fields.Many2one(
        "liaison.returnee.station",
        string="Service Station",
        index="btree_not_null",
        ondelete="restrict",
        help="The service station (返乡创业服务站) that brought the project.",
    )
    region_id = fields.Many2one(
        string="Township", help="The township where the project lands."
    )
    currency_id = fields.Many2one(related="event_id.currency_id")
    contracted_investment = fields.Monetary(tracking=True)
    funds_entry_ids = fields.One2many(
        "liaison.signing.funds.entry",
        "signing_project_id",
        string="Funds Landed Entries",
    )
    funds_landed = fields.Monetary(
        compute="_compute_funds_landed",
        store=True,
    )
    project_id = fields.Many2one(
        "liaison.project",
        string="Liaison Project",
        index="btree_not_null",
        ondelete="set null",
        copy=False,
        readonly=True,
    )

    @api.onchange("person_id")
    def _onchange_person_id(self):
        if self.person_id and not self.region_id:
            self.region_id = self.person_id.region_id

    @api.depends("funds_entry_ids.amount")
    def _compute_funds_landed(self):
        groups = dict(
            self.env["liaison.signing.funds.entry"]._read_group(
                [("signing_project_id", "in", self.ids)],
                ["signing_project_id"],
                ["amount:sum"],
            )
        )
        for signed in self:
            signed.funds_landed = groups.get(signed, 0.0)

    @api.constrains("contracted_investment")
    def _check_investment(self):
        for signed in self:
            if not 0 <= signed.contracted_investment <= 10_000_000_000_000:
                raise ValidationError(
                    self.env._("The contracted investment is not valid.")
                )

    def action_create_project(self):
        """Turn the signed project into a liaison project under negotiation."""
        self._workflow_check_group("liaison_service.group_office")
        projects = self.env["liaison.project"]
        for signed in self:
            if signed.project_id:
                raise UserError(
                    self.env._("%s is already a liaison project.", signed.name)
                )
            if not signed.partner_id:
                raise UserError(
                    self.env._(
                        "Give the enterprise of %s before making it a project.",
                        signed.name,
                    )
                )
            project = projects.create(
                {
                    "name": signed.name,
                    "partner_id": signed.partner_id.id,
                    "region_id": signed.region_id.id,
                    "investment_amount": signed.contracted_investment,
                    "funds_landed": signed.funds_landed,
                    "status": "negotiating",
                    "signing_project_id": signed.id,
                }
            )
            signed._workflow_write({"project_id": project.id})
            # The station counts the project among those it brought; the
            # returnee's file points to it unless it already has a project.
            if signed.station_id:
                signed.station_id.sudo().project_ids = [(4, project.id)]
            if signed.person_id and not signed.person_id.sudo().project_id:
                signed.person_id.sudo().project_id = project
            projects |= project
        if len(projects) == 1:
            return self._workflow_form_action(projects)
        return True
