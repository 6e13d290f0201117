# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

# Longest name a caller may give a record (names, titles, subjects).
NAME_MAX_LENGTH = 200
# Fields of the core mixins that only a flow may write: the ratings (rating
# token flow) and the portal share token.  Guarded on every model having them.
FLOW_FIELDS = frozenset(
    {
        "rating_ids",
        "rating_last_value",
        "rating_last_feedback",
        "rating_last_image",
        "rating_last_text",
        "rating_avg",
        "rating_avg_text",
        "rating_count",
        "rating_percentage_satisfaction",
        "access_token",
    }
)


class LiaisonWorkflowMixin(models.AbstractModel):
    """The one workflow guard of every liaison model.

    A model lists in ``_workflow_fields`` the fields that only its actions may
    write: state or stage, numbers, dates of steps, signatures, ratings, the
    reasons given through the reason wizard.

    - A caller (a screen, JSON-RPC, any context it likes) cannot write them:
      ``create`` accepts only their default values, which is what a new form
      sends, and ``write`` refuses them.  No context key switches this off.
    - An action checks the caller's group (``_workflow_check_group``) and the
      record's state, then writes them with ``_workflow_write``: the only way
      in, a ``sudo`` write done after the action's own checks.
    - The values a caller sends are checked before they reach the database:
      an id must be an integer, a name may be neither blank nor longer than
      ``NAME_MAX_LENGTH`` characters, no text may hold a NUL character.
    - A step that needs a reason is asked through ``liaison.reason.wizard``
      (``action_ask_reason``), which calls the action with ``reason=``.
    """

    _name = "liaison.workflow.mixin"
    _description = "Workflow Guard"
    _workflow_fields = frozenset()
    # Fields a caller writes only with a group: {field: group xml id}.
    _workflow_group_fields = {}
    # Fields frozen on a locked record (``_workflow_locked``); None: all but
    # ``_workflow_unlocked_fields`` and the chatter's.
    _workflow_locked_fields = None
    _workflow_unlocked_fields = frozenset({"active", "color", "sequence", "priority"})
    _workflow_unlocked_prefixes = ("message_", "activity_", "website_message")
    # Char fields checked for blank and over-long values.
    _workflow_name_fields = ("name",)

    @api.model
    def _workflow_guarded_fields(self):
        """``_workflow_fields`` plus the rating and share-token fields."""
        return frozenset(self._workflow_fields) | FLOW_FIELDS.intersection(self._fields)

    # ---- CRUD ----
    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.su:
            for vals in vals_list:
                self._workflow_check_values(vals, creating=True)
                # A group-only field given a value on creation needs the group.
                self._workflow_check_group_fields(
                    {
                        name: vals[name]
                        for name in self._workflow_group_fields
                        if vals.get(name)
                    }
                )
        if not self.env.su:
            guarded = self._workflow_guarded_fields()
            defaults = None
            for vals in vals_list:
                sent = guarded.intersection(vals)
                if not sent:
                    continue
                if defaults is None:
                    defaults = self.default_get(list(guarded))
                refused = [
                    name
                    for name in sent
                    if not self._workflow_is_default(name, vals[name], defaults)
                ]
                if refused:
                    self._workflow_refuse(refused)
        return super().create(vals_list)

    def write(self, vals):
        self._workflow_check_write(vals)
        return super().write(vals)

    def _workflow_check_write(self, vals):
        """What a caller may write: a model may call it before its own checks.

        A locked record (signed, closed...) stays locked for the superuser
        too, but for the fields only actions write.
        """
        if not self.env.su:
            refused = self._workflow_guarded_fields().intersection(vals)
            if refused:
                self._workflow_refuse(refused)
            self._workflow_check_group_fields(vals)
            self._workflow_check_values(vals)
        self._workflow_check_locked(vals)

    @api.model
    def _workflow_check_group_fields(self, vals):
        refused = [
            name
            for name in sorted(set(self._workflow_group_fields).intersection(vals))
            if not self.env.user.has_group(self._workflow_group_fields[name])
        ]
        if refused:
            self._workflow_group_refuse(refused)

    @api.model
    def _workflow_group_refuse(self, names):
        xmlid = self._workflow_group_fields[names[0]]
        raise AccessError(
            self.env._(
                "%(model)s: only %(group)s can change %(fields)s.",
                model=self._workflow_model_label(),
                group=self._workflow_group_label(xmlid),
                fields=", ".join(self._workflow_field_label(name) for name in names),
            )
        )

    def _workflow_locked(self):
        """The records of ``self`` that are read-only (closed, signed...)."""
        return self.browse()

    def _workflow_check_locked(self, vals):
        if self._workflow_locked_fields is None:
            frozen = {
                name
                for name in vals
                if name not in self._workflow_unlocked_fields
                and not name.startswith(self._workflow_unlocked_prefixes)
            }
        else:
            frozen = set(self._workflow_locked_fields).intersection(vals)
        frozen -= self._workflow_guarded_fields()
        if not frozen:
            return
        locked = self._workflow_locked()
        if locked:
            raise UserError(
                locked[0]._workflow_locked_error(
                    ", ".join(
                        self._workflow_field_label(name) for name in sorted(frozen)
                    )
                )
            )

    def _workflow_locked_error(self, labels):
        """Message refusing to change the fields ``labels`` of locked ``self``."""
        return self.env._(
            "%(record)s is closed: it cannot be changed any more (%(fields)s).",
            record=self.display_name,
            fields=labels,
        )

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
    def _workflow_model_label(self):
        return self.env["ir.model"]._get(self._name).sudo().name or self._description

    @api.model
    def _workflow_field_label(self, name):
        field = self._fields.get(name)
        return field.get_description(self.env)["string"] if field else name

    @api.model
    def _workflow_refuse(self, names):
        labels = ", ".join(self._workflow_field_label(name) for name in sorted(names))
        raise AccessError(
            self.env._(
                "Use the buttons: %(fields)s of %(model)s can only be changed "
                "by the workflow actions.",
                model=self._workflow_model_label(),
                fields=labels,
            )
        )

    # ---- Values sent by a caller ----
    @api.model
    def _workflow_check_values(self, vals, creating=False):
        """Refuse values of the wrong type, blank or over-long names, NULs.

        Without this, a string sent for an id reaches PostgreSQL, whose error
        text (with the SQL) is shown to the caller.
        """
        for name, value in vals.items():
            field = self._fields.get(name)
            if field is None:
                continue
            if not self._workflow_value_ok(field, value):
                self._workflow_bad_value(name)
            if field.type in ("char", "text", "html") and isinstance(value, str):
                if "\x00" in value:
                    self._workflow_bad_value(name)
                if name in self._workflow_name_fields and field.type == "char":
                    if field.required and not value.strip():
                        raise ValidationError(
                            self.env._(
                                "%(model)s: %(field)s cannot be blank.",
                                model=self._workflow_model_label(),
                                field=self._workflow_field_label(name),
                            )
                        )
                    if len(value) > NAME_MAX_LENGTH:
                        raise ValidationError(
                            self.env._(
                                "%(model)s: %(field)s may not be longer than "
                                "%(max)s characters.",
                                model=self._workflow_model_label(),
                                field=self._workflow_field_label(name),
                                max=NAME_MAX_LENGTH,
                            )
                        )
        if creating:
            for name in self._workflow_name_fields:
                field = self._fields.get(name)
                value = vals.get(name)
                if (
                    field is not None
                    and field.type == "char"
                    and field.required
                    and name in vals
                    and isinstance(value, str)
                    and not value.strip()
                ):
                    self._workflow_bad_value(name)

    @api.model
    def _workflow_value_ok(self, field, value):
        if value is None or value is False:
            return True
        kind = field.type
        if kind == "many2one":
            return (
                isinstance(value, int) and not isinstance(value, bool)
            ) or isinstance(value, models.BaseModel)
        if kind == "integer":
            return isinstance(value, int) and not isinstance(value, bool)
        if kind in ("float", "monetary"):
            return isinstance(value, int | float) and not isinstance(value, bool)
        if kind in ("char", "text", "html", "selection"):
            return isinstance(value, str)
        if kind in ("one2many", "many2many"):
            return isinstance(value, list | tuple | models.BaseModel)
        return True

    @api.model
    def _workflow_bad_value(self, name):
        raise ValidationError(
            self.env._(
                "%(model)s: the value given for %(field)s is not valid.",
                model=self._workflow_model_label(),
                field=self._workflow_field_label(name),
            )
        )

    # ---- Actions ----
    @api.model
    def _workflow_group_label(self, xmlid):
        """Who the group ``xmlid`` is, as said in a refusal."""
        labels = {
            "liaison_service.group_department": self.env._("departments"),
            "liaison_service.group_officer": self.env._("officers"),
            "liaison_service.group_office": self.env._("the office"),
            "liaison_service.group_leadership": self.env._("the leadership group"),
        }
        if xmlid in labels:
            return labels[xmlid]
        group = self.env.ref(xmlid, raise_if_not_found=False)
        return group.sudo().name if group else xmlid

    def _workflow_check_group(self, xmlid):
        """Refuse the action unless the caller is in the group ``xmlid``."""
        if self.env.su or self.env.user.has_group(xmlid):
            return
        raise AccessError(
            self.env._(
                "Only %(group)s can do this on %(model)s.",
                group=self._workflow_group_label(xmlid),
                model=self._workflow_model_label(),
            )
        )

    def _workflow_state_label(self):
        """The record's state as the reader's language names it."""
        self.ensure_one()
        return dict(self._fields["state"]._description_selection(self.env))[self.state]

    def _workflow_check_state(self, allowed, refusal):
        """Refuse the step unless every record of ``self`` may take it.

        ``allowed``: the states the step starts from, or a function telling
        whether a record may take it.  ``refusal``: the message (a
        ``UserError``), or a function giving it for the first refused record.
        """
        for record in self:
            if callable(allowed):
                ok = allowed(record)
            else:
                ok = record.state in allowed
            if not ok:
                raise UserError(refusal(record) if callable(refusal) else refusal)

    def _workflow_reason_step(self, method, reason, title, vals):
        """A step that needs a reason: asked first, then written and noted.

        Without ``reason`` the reason wizard opens on ``method`` (``title``);
        with it, ``vals`` are written and the reason posted as a note.
        """
        if not reason:
            return self.env["liaison.reason.wizard"]._action_open(self, method, title)
        self._workflow_write(vals)
        self.message_post(body=reason, subtype_xmlid="mail.mt_note")
        return True

    def _workflow_step(self, group, allowed, refusal, vals):
        """The usual action: the caller's group, the records' state, the write.

        ``group``: the xml id of the group that takes the step;
        ``allowed`` and ``refusal`` as for ``_workflow_check_state``;
        ``vals``: the guarded fields the step writes.
        """
        self._workflow_check_group(group)
        self._workflow_check_state(allowed, refusal)
        self._workflow_write(vals)
        return True

    def _workflow_recompute(self, refusal, compute):
        """The office computes draft records again from the records they sum.

        ``compute(record)`` fills the record and gives the guarded values to
        write on it; ``refusal`` as for ``_workflow_check_state`` (a record
        past its draft).  The caller must be able to write each record.
        """
        self._workflow_check_group("liaison_service.group_office")
        self._workflow_check_state(("draft",), refusal)
        for record in self:
            record.check_access("write")
            record._workflow_write(compute(record))
        return True

    def _workflow_signature(self, state, step=None):
        """The values of the step to ``state`` signed by the caller today:
        the state, ``<step>_by`` (the user) and ``<step>_on`` (the date);
        ``step`` is the state unless given."""
        step = step or state
        return {
            "state": state,
            f"{step}_by": self.env.uid,
            f"{step}_on": fields.Date.context_today(self),
        }

    @api.model
    def _workflow_next_number(self, code, date=None):
        """The next number of the sequence ``code`` (of the year of ``date``).

        Numbers are given by the actions, after their checks: the sequence is
        read with sudo, the caller needs no right on ``ir.sequence``.
        """
        return self.env["ir.sequence"].sudo().next_by_code(code, sequence_date=date)

    def _workflow_write(self, vals):
        """Write guarded fields after the action's own checks.

        The caller must still be able to read the records (record rules);
        the write itself is done with sudo, keeping the caller as author.
        """
        self.check_access("read")
        return self.sudo().write(vals)

    def _workflow_check_enterprise_signer(self, partner):
        """Only the enterprise ``partner`` signs, through its portal flow.

        The portal controller checks the access (the enterprise's own user,
        or the share token) and calls the signing method with sudo; a backend
        user, whatever its group, never signs for an enterprise.
        """
        user = self.env.user
        is_enterprise = user.share and (
            user._is_public()
            or user.partner_id.commercial_partner_id == partner.commercial_partner_id
        )
        if not (self.env.su and is_enterprise):
            raise AccessError(
                self.env._(
                    "%(model)s: only the enterprise signs, on its portal.",
                    model=self._workflow_model_label(),
                )
            )

    @api.model
    def _workflow_form_action(self, record, **extra):
        """The window action opening ``record`` in its form (``extra``: more
        keys, e.g. ``target``): where an action leads after its step."""
        return {
            "type": "ir.actions.act_window",
            "res_model": record._name,
            "res_id": record.id,
            "view_mode": "form",
            **extra,
        }

    def action_ask_reason(self, method=None):
        """Open the reason wizard for the step ``method`` (a button's args).

        Only the steps listed in the wizard's ``REASON_METHODS`` open; the
        step itself checks the group and the state when the reason is given.
        """
        self.check_access("read")
        return self.env["liaison.reason.wizard"]._action_open(
            self, method, self.env._("Give the Reason")
        )
