# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class LiaisonProjectType(models.Model):
    """Kind of investment project, chosen on the project (configurable)."""

    _name = "liaison.project.type"
    _description = "Project Type"
    _inherit = ["liaison.catalogue.mixin"]
