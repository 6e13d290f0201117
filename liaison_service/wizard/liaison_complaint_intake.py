# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models

from ..models.liaison_complaint import NATURES


class LiaisonComplaintIntake(models.TransientModel):
    """Registers a complaint received by phone (hotline) or at the desk.

    The complaint is created by ``liaison.complaint._intake``, which routes
    it by nature: whoever registers an integrity complaint does not read it
    afterwards, so the wizard only tells its number.
    """

    _name = "liaison.complaint.intake"
    _description = "Register a Complaint"

    nature = fields.Selection(NATURES, required=True)
    channel = fields.Selection(
        [("hotline", "Hotline"), ("backend", "Backend")],
        required=True,
        default="hotline",
    )
    subject = fields.Char(required=True)
    description = fields.Text(required=True)
    region_id = fields.Many2one("liaison.region", string="Region", required=True)
    officer_id = fields.Many2one("liaison.officer", string="Officer Concerned")
    department_id = fields.Many2one("liaison.department", string="Department Concerned")
    anonymous = fields.Boolean()
    complainant_name = fields.Char()
    complainant_phone = fields.Char()

    def action_submit(self):
        self.ensure_one()
        vals = {
            name: self[name].id if self._fields[name].type == "many2one" else self[name]
            for name in (
                "nature",
                "subject",
                "description",
                "region_id",
                "officer_id",
                "department_id",
                "anonymous",
                "complainant_name",
                "complainant_phone",
            )
        }
        complaint = self.env["liaison.complaint"]._intake(vals, self.channel)
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "success",
                "title": self.env._("Complaint registered"),
                "message": self.env._(
                    "Complaint %(name)s is registered and routed by its nature.",
                    name=complaint.name,
                ),
                "next": {"type": "ir.actions.act_window_close"},
            },
        }
