# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, models


class IrModelFieldsSelection(models.Model):
    _inherit = "ir.model.fields.selection"

    @api.model
    def _liaison_inherit_translations(self):
        """Give the choices of fields the liaison models inherit from core
        mixins (activity state, rating text) the translations core has for
        the same field and value: core ships them for the mixin only, so a
        Chinese screen would show "Overdue" or "Satisfied" in English."""
        self.env.cr.execute(
            """
            UPDATE ir_model_fields_selection dst
               SET name = src.name || dst.name
              FROM ir_model_fields dst_field,
                   ir_model_fields src_field,
                   ir_model_fields_selection src
             WHERE dst.field_id = dst_field.id
               AND dst_field.model LIKE 'liaison.%%'
               AND src_field.name = dst_field.name
               AND src_field.model IN ('mail.activity.mixin', 'rating.mixin')
               AND src.field_id = src_field.id
               AND src.value = dst.value
               AND src.name != dst.name
            """
        )
        self.env.registry.clear_cache()
        self.invalidate_model(["name"])
        return True
