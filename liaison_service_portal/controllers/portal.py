# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.addons.portal.controllers.portal import CustomerPortal


class LiaisonCustomerPortal(CustomerPortal):
    """Enterprise self-service portal: the enterprise's own records only."""
