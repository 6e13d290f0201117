# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, models
from odoo.exceptions import AccessError


class LiaisonWorkflowMixin(models.AbstractModel):
    """The one workflow guard of every liaison model.

    A model lists in ``_workflow_fields`` the fields that only its actions may
    write: state or stage, numbers, dates of steps, signatures, ratings.

    - A caller (a screen, JSON-RPC, any context it likes) cannot write them:
      ``create`` accepts only their default values, which is what a new form
      sends, and ``write`` refuses them.  No context key switches this off.
    - An action checks the caller's group (``_workflow_check_group``) and the
      record's state, then writes them with ``_workflow_write``: the only way
      in, a ``sudo`` write done after the action's own checks.
    """

    _name = "liaison.workflow.mixin"
    _description = "Workflow Guard"
    _workflow_fields = frozenset()

    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.su and self._workflow_fields:
            defaults = None
            for vals in vals_list:
                sent = self._workflow_fields.intersection(vals)
                if not sent:
                    continue
                if defaults is None:
                    defaults = self.default_get(list(self._workflow_fields))
                refused = [
                    name
                    for name in sent
                    if not self._workflow_is_default(name, vals[name], defaults)
                ]
                if refused:
                    self._workflow_refuse(refused)
        return super().create(vals_list)

    def write(self, vals):
        if not self.env.su:
            refused = self._workflow_fields.intersection(vals)
            if refused:
                self._workflow_refuse(refused)
        return super().write(vals)

    @api.model
    def _workflow_is_default(self, name, value, defaults):
        default = defaults.get(name)
        if not value and not default:
            return True
        field = self._fields[name]
        if field.type == "many2one" and isinstance(value, models.BaseModel):
            value = value.id
        return value == default

    @api.model
    def _workflow_refuse(self, names):
        labels = ", ".join(
            self._fields[name].get_description(self.env)["string"]
            for name in sorted(names)
        )
        raise AccessError(
            self.env._(
                "%(model)s: %(fields)s can only be changed by the workflow buttons.",
                model=self.env["ir.model"]._get(self._name).sudo().name,
                fields=labels,
            )
        )

    def _workflow_check_group(self, xmlid):
        """Refuse the action unless the caller is in the group ``xmlid``."""
        if self.env.su or self.env.user.has_group(xmlid):
            return
        group = self.env.ref(xmlid, raise_if_not_found=False)
        raise AccessError(
            self.env._(
                "Only %(group)s can do this on %(model)s.",
                group=group.name if group else xmlid,
                model=self.env["ir.model"]._get(self._name).sudo().name,
            )
        )

    def _workflow_write(self, vals):
        """Write guarded fields after the action's own checks.

        The caller must still be able to read the records (record rules);
        the write itself is done with sudo, keeping the caller as author.
        """
        self.check_access("read")
        return self.sudo().write(vals)
