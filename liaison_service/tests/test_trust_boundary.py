# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Generated adversarial suite of the trust boundary (issue 8).

Nothing here is a hand list of attacks.  The suite discovers:

- every liaison model and every ``action_*`` method of it;
- every field only actions may write (``_workflow_guarded_fields``: the
  ``_workflow_fields`` of the model plus rating and share-token fields) and
  every state, stage, signature and rating field;
- every ``liaison_*`` context key the code of the three addons reads;
- every printed form (``ir.actions.report``) of the product;

and tries each of them as every role, with and without every context key.
Each attempt is either allowed by ``ACCESS_MATRIX`` below, the readable
statement of the rules (the README links here), or refused with nothing
changed.  A new model, action, guarded field or report is covered the day it
is added: an action missing from the matrix is allowed to nobody, and a
model with actions but no record in the test world fails the coverage test.

The concrete attacks of issue 8 and the three broken saves of issue 9 follow
as named regressions (``TestTrustRegressions``); the routes anonymous users
can reach and the browser saves are in ``test_trust_boundary_http``.
"""

import base64
import inspect
import io
import logging
from pathlib import Path
import re

from dateutil.relativedelta import relativedelta
from PIL import Image

from odoo import Command, fields
from odoo.exceptions import AccessError, MissingError, UserError, ValidationError
from odoo.tests import Form, new_test_user, tagged

from . import (
    trust_world_appraisal,
    trust_world_field,
    trust_world_returnee,
    trust_world_support,
)
from .test_checklist_common import ChecklistCommon
from .trust_roles import (
    BY_RECORD_RULES,
    DIRECTOR,
    LEAD_DEPARTMENT,
    LEADERSHIP,
    NOBODY,
    OFFICE,
    OFFICER,
    ROLES,
)

# ---------------------------------------------------------------------------
# The access matrix: who may do what.  Roles:
#   portal_a               portal user of enterprise A (owner of the records)
#   portal_b               portal user of enterprise B
#   department             guide of the lead department (dept A)
#   cooperating_department guide of the cooperating department (dept A2)
#   officer                officer serving the records (project A)
#   other_officer          officer of the same county, not on project A
#   office                 office of county A (the records' county)
#   director               office director of county A (approves notices)
#   other_office           office of county B
#   leadership             leadership group of the city (above both counties)
# The anonymous visitor is tried on the routes (test_trust_boundary_http).
# ---------------------------------------------------------------------------
# The roles and their sets: trust_roles.py.
ACCESS_MATRIX = {
    # ---- Issues (问题台账) ----
    ("liaison.issue", "action_accept"): OFFICE,
    ("liaison.issue", "action_reject"): OFFICE,
    ("liaison.issue", "action_solve"): OFFICER,
    # Only the enterprise confirms a solution, from its portal.
    ("liaison.issue", "action_confirm"): frozenset({"portal_a"}),
    # ... or rejects it (reopened with its reason), from its portal too.
    ("liaison.issue", "action_reject_solution"): frozenset({"portal_a"}),
    ("liaison.issue", "action_close"): OFFICE,
    ("liaison.issue", "action_reopen"): OFFICE,
    ("liaison.issue", "action_escalate"): OFFICER,
    ("liaison.issue", "action_request_materials"): OFFICER,
    ("liaison.issue", "action_materials_received"): OFFICER,
    ("liaison.issue", "action_add_to_meeting"): OFFICE,
    # ---- Assignment notices (交办单) ----
    ("liaison.assignment", "action_approve"): DIRECTOR,
    ("liaison.assignment", "action_send"): OFFICE,
    ("liaison.assignment", "action_reset_draft"): OFFICE,
    ("liaison.assignment", "action_approve_extension"): OFFICE,
    ("liaison.assignment", "action_refuse_extension"): OFFICE,
    ("liaison.assignment", "action_reject_reply"): OFFICE,
    ("liaison.assignment", "action_close"): OFFICE,
    ("liaison.assignment", "action_sign"): LEAD_DEPARTMENT,
    ("liaison.assignment", "action_return"): LEAD_DEPARTMENT,
    ("liaison.assignment", "action_request_extension"): LEAD_DEPARTMENT,
    ("liaison.assignment", "action_reply"): LEAD_DEPARTMENT,
    # ---- Service flow ----
    ("liaison.agreement", "action_send"): OFFICER,
    ("liaison.agreement", "action_draft"): OFFICER,
    ("liaison.agreement", "action_terminate"): OFFICE,
    # Signatures: only the enterprise, through the portal route (sudo after
    # the route's access check); no backend caller, whatever its group.
    ("liaison.agreement", "action_sign"): NOBODY,
    ("liaison.delivery", "action_send"): OFFICER,
    ("liaison.delivery", "action_confirm_receipt"): NOBODY,
    ("liaison.dispatch", "action_issue"): OFFICE,
    ("liaison.dispatch", "action_cancel"): OFFICE,
    ("liaison.project", "action_complete"): OFFICER,
    ("liaison.project", "action_terminate"): OFFICE,
    ("liaison.project", "action_apply_checklist_template"): OFFICER,
    ("liaison.consultation", "action_answer"): OFFICER,
    ("liaison.consultation", "action_close"): OFFICER,
    ("liaison.consultation", "action_reopen"): OFFICER,
    ("liaison.consultation", "action_convert_to_project"): OFFICE,
    ("liaison.opinion.request", "action_send"): OFFICER,
    ("liaison.opinion.request", "action_close"): OFFICER,
    ("liaison.opinion.request", "action_reset_draft"): OFFICER,
    ("liaison.opinion.request", "action_reply"): LEAD_DEPARTMENT,
    ("liaison.rectification", "action_done"): OFFICER,
    # ---- Officers (选派 / 任命) ----
    ("liaison.officer", "action_submit_unit_opinion"): OFFICE,
    ("liaison.officer", "action_submit_review"): OFFICE,
    ("liaison.officer", "action_activate"): OFFICE,
    ("liaison.officer", "action_suspend"): OFFICE,
    ("liaison.officer", "action_resume"): OFFICE,
    ("liaison.officer", "action_extend_term"): OFFICE,
    ("liaison.officer", "action_appoint"): LEADERSHIP,
    ("liaison.officer", "action_reject"): LEADERSHIP,
    ("liaison.officer", "action_recall"): LEADERSHIP,
    # ---- Meetings: the convener (the office user) signs the minutes ----
    ("liaison.meeting", "action_hold"): OFFICE,
    ("liaison.meeting", "action_close"): OFFICE,
    ("liaison.meeting", "action_create_assignments"): OFFICE,
    ("liaison.meeting", "action_sign"): frozenset({"office"}),
    # ---- Checklist items: the record rules say who works on them ----
    ("liaison.checklist.line", "action_start"): BY_RECORD_RULES,
    ("liaison.checklist.line", "action_submit"): BY_RECORD_RULES,
    ("liaison.checklist.line", "action_approve"): BY_RECORD_RULES,
    ("liaison.checklist.line", "action_reject"): BY_RECORD_RULES,
    ("liaison.checklist.line", "action_not_needed"): BY_RECORD_RULES,
    ("liaison.checklist.line", "action_reset"): BY_RECORD_RULES,
}
# Core actions: archiving follows the record rules of the record.
CORE_WRITE_ACTIONS = frozenset({"action_archive", "action_unarchive"})
# Navigation: open a view or a wizard; they change nothing, for anybody.
NAVIGATION_PREFIXES = ("action_view_", "action_open_")
NAVIGATION_ACTIONS = frozenset(
    {"action_ask_reason", "action_assign", "action_share", "action_new_guide"}
)
# Fields a caller may write directly, beyond the guarded ones: drag and drop
# between open stages (issue, project), the checklist item's state (its
# write() checks the dependencies).  Closing stages stay action-only.
FIELD_MATRIX = {
    ("liaison.checklist.line", "state"): BY_RECORD_RULES,
}
# The capabilities built on the guard bring their own world and matrix, each
# in a module of its own (trust_world_*.py): ``ACCESS_MATRIX`` and optionally
# ``FIELD_MATRIX`` (dicts like the ones above) and ``build_world(cls)``,
# returning (records of county A, {model: a record of county B}).
EXTENSIONS = (
    trust_world_field,
    trust_world_returnee,
    trust_world_support,
    trust_world_appraisal,
)
for _extension in EXTENSIONS:
    ACCESS_MATRIX.update(_extension.ACCESS_MATRIX)
    FIELD_MATRIX.update(getattr(_extension, "FIELD_MATRIX", {}))
# Context keys the code used to read (removed) and any the code reads today.
LEGACY_CONTEXT_KEYS = ("liaison_issue_action", "liaison_officer_workflow")
ADDONS = ("liaison_service", "liaison_service_portal", "liaison_service_reports")
_logger = logging.getLogger(__name__)
REFUSALS = (AccessError, UserError, ValidationError, MissingError)


def _png():
    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), (10, 10, 10)).save(buffer, format="PNG")
    return base64.b64encode(buffer.getvalue())


def discover_context_keys(legacy=True):
    """Every ``liaison_*`` context key the code of the addons reads or sets,
    with the legacy keys unless ``legacy`` is false."""
    keys = set(LEGACY_CONTEXT_KEYS if legacy else ())
    root = Path(__file__).resolve().parents[2]
    pattern = re.compile(
        r"""(?:context\.get\(|context\[|with_context\()\s*['"]?(liaison_\w+)"""
    )
    for addon in ADDONS:
        for path in (root / addon).rglob("*.py"):
            if "tests" in path.parts:
                continue
            keys.update(pattern.findall(path.read_text(encoding="utf-8")))
    return sorted(keys)


@tagged("post_install", "-at_install", "trust_boundary")
class TrustWorld(ChecklistCommon):
    """Records of county A in every state an action starts from, one user
    per role, and records of county B for the printed forms."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        env = cls.env
        ref = env.ref
        cls.png = _png()
        Partner = env["res.partner"]
        cls.contact_b = Partner.create(
            {"name": "Contact B", "parent_id": cls.enterprise_b.id}
        )
        cls.user_portal_b = cls._portal("t_trust_portal_b", cls.contact_b)
        cls.user_department_a2 = cls._user(
            "t_trust_dept_a2", "group_department", department=cls.dept_a2
        )
        cls.users = {
            "portal_a": cls.user_portal_a,
            "portal_b": cls.user_portal_b,
            "department": cls.user_department_a,
            "cooperating_department": cls.user_department_a2,
            "officer": cls.user_officer_a,
            "other_officer": cls.user_officer_a2,
            "office": cls.user_office_a,
            "director": cls._user(
                "t_trust_director", "group_office_director", cls.county_a
            ),
            "other_office": cls.user_office_b,
            "leadership": cls.user_leader,
        }
        cls.type_urgent = ref("liaison_service.liaison_issue_type_urgent")
        cls.category = env["liaison.issue.category"].create({"name": "Land"})
        # ---- Issues in every state ----
        cls.issue_new = cls._issue("Issue new")
        cls.issue_accepted = cls._issue("Issue accepted", accept=True)
        cls.issue_solved = cls._issue("Issue solved", accept=True, solve=True)
        cls.issue_closed = cls._issue("Issue closed", accept=True, solve=True)
        cls.issue_closed.action_confirm()
        cls.issue_b = cls._issue(
            "Issue B",
            partner_id=cls.enterprise_b.id,
            region_id=cls.county_b.id,
            officer_id=cls.officer_b.id,
            project_id=cls.project_b.id,
            accept=True,
        )
        # ---- Assignment notices: draft, sent, signed, replied ----
        cls.assignments = {
            state: cls._assignment(cls.issue_accepted, state)
            for state in ("draft", "sent", "signed", "replied")
        }
        cls.assignment_b = cls._assignment(
            cls.issue_b, "sent", lead_department_id=cls.dept_b.id
        )
        # ---- Service flow ----
        cls.agreement_draft = cls._agreement(cls.project_a)
        cls.agreement_sent = cls._agreement(cls.project_a)
        cls.agreement_sent.action_send()
        cls.agreement_b = cls._agreement(cls.project_b)
        cls.delivery_draft = cls._delivery(cls.project_a)
        cls.delivery_sent = cls._delivery(cls.project_a)
        cls.delivery_sent.action_send()
        cls.delivery_b = cls._delivery(cls.project_b)
        cls.dispatch_a = cls._dispatch(cls.project_a, cls.officer_a)
        cls.dispatch_b = cls._dispatch(cls.project_b, cls.officer_b)
        cls.project_a.action_apply_checklist_template(
            template=cls.template, start_date="2025-09-26"
        )
        Consultation = env["liaison.consultation"]
        cls.consultation_a = Consultation.create(cls._consultation_vals(cls.county_a))
        cls.consultation_b = Consultation.create(cls._consultation_vals(cls.county_b))
        Request = env["liaison.opinion.request"]
        cls.request_draft = Request.create(cls._request_vals(cls.project_a))
        cls.request_sent = Request.create(cls._request_vals(cls.project_a))
        cls.request_sent.action_send()
        cls.request_b = Request.create(
            cls._request_vals(cls.project_b, item=cls.item_b)
        )
        # ---- Officers: a nomination under review and the active ones ----
        cls.nominee = env["liaison.officer"].create(
            {
                "name": "Nominee",
                "region_id": cls.county_a.id,
                "department_id": cls.dept_a.id,
                "work_years": 10,
                "unit_opinion": "同意推荐",
            }
        )
        cls.nominee.sudo().write({"state": "review"})
        # ---- Meetings ----
        Meeting = env["liaison.meeting"]
        cls.meeting_draft = Meeting.create(cls._meeting_vals(cls.county_a))
        cls.meeting_held = Meeting.create(cls._meeting_vals(cls.county_a))
        cls.meeting_held.action_hold()
        cls.meeting_b = Meeting.create(
            cls._meeting_vals(cls.county_b, convener=cls.user_office_b)
        )
        # ---- A rectification from an unsatisfied rating ----
        rating = cls.issue_closed.rating_ids.filtered(lambda r: not r.consumed)
        if rating:
            cls.issue_closed.rating_apply(1, token=rating.access_token)
        cls.rectification = cls.issue_closed.rectification_ids[:1]
        # ---- The world: the records of county A, by model ----
        cls.world = {}
        for record in (
            cls.issue_new,
            cls.issue_accepted,
            cls.issue_solved,
            cls.issue_closed,
            *cls.assignments.values(),
            cls.agreement_draft,
            cls.agreement_sent,
            cls.delivery_draft,
            cls.delivery_sent,
            cls.dispatch_a,
            cls.project_a,
            *cls.project_a.checklist_line_ids[:2],
            cls.consultation_a,
            cls.request_draft,
            cls.request_sent,
            cls.nominee,
            cls.officer_a,
            cls.meeting_draft,
            cls.meeting_held,
            cls.rectification,
        ):
            if record:
                cls.world.setdefault(record._name, env[record._name])
                cls.world[record._name] |= record
        cls.county_b_records = {
            "liaison.project": cls.project_b,
            "liaison.issue": cls.issue_b,
            "liaison.assignment": cls.assignment_b,
            "liaison.agreement": cls.agreement_b,
            "liaison.delivery": cls.delivery_b,
            "liaison.dispatch": cls.dispatch_b,
            "liaison.consultation": cls.consultation_b,
            "liaison.opinion.request": cls.request_b,
            "liaison.officer": cls.officer_b,
            "liaison.meeting": cls.meeting_b,
            "liaison.department": cls.dept_b,
            "liaison.approval.item": cls.item_b,
        }
        for extension in EXTENSIONS:
            records, county_b = extension.build_world(cls)
            for record in records:
                cls.world.setdefault(record._name, env[record._name])
                cls.world[record._name] |= record
            cls.county_b_records.update(county_b)
        cls.context_keys = discover_context_keys()

    # ---- Builders ----
    @classmethod
    def _portal(cls, login, partner):
        return new_test_user(
            cls.env, login=login, groups="base.group_portal", partner_id=partner.id
        )

    @classmethod
    def _issue(cls, name, accept=False, solve=False, **vals):
        issue = cls.env["liaison.issue"].create(
            {
                "name": name,
                "partner_id": cls.enterprise_a.id,
                "project_id": cls.project_a.id,
                "region_id": cls.township_a.id,
                "officer_id": cls.officer_a.id,
                "type_id": cls.type_urgent.id,
                "category_id": cls.category.id,
                **vals,
            }
        )
        if accept:
            issue.action_accept()
        if solve:
            issue.resolution = "<p>已协调解决</p>"
            issue.action_solve()
        return issue

    @classmethod
    def _assignment(cls, issue, state, **vals):
        assignment = cls.env["liaison.assignment"].create(
            {
                "issue_id": issue.id,
                "lead_department_id": cls.dept_a.id,
                "cooperating_department_ids": [Command.set(cls.dept_a2.ids)],
                "instructions": "<p>请于期限内办结</p>",
                **vals,
            }
        )
        if state == "draft":
            return assignment
        assignment.action_approve()
        assignment.action_send()
        if state == "sent":
            return assignment
        assignment.action_sign()
        if state == "signed":
            return assignment
        assignment.reply = "<p>已办结</p>"
        assignment.action_reply()
        return assignment

    @classmethod
    def _agreement(cls, project):
        return cls.env["liaison.agreement"].create(
            {
                "project_id": project.id,
                "matter": "全部审批事项",
                "material_line_ids": [(0, 0, {"name": "营业执照", "copies": 1})],
            }
        )

    @classmethod
    def _delivery(cls, project):
        return cls.env["liaison.delivery"].create(
            {"project_id": project.id, "results": "批复文件", "method": "in_person"}
        )

    @classmethod
    def _dispatch(cls, project, officer):
        return cls.env["liaison.dispatch"].create(
            {"project_id": project.id, "main_officer_id": officer.id}
        )

    @classmethod
    def _consultation_vals(cls, region):
        return {
            "name": "咨询",
            "partner_id": (
                cls.enterprise_a if region == cls.county_a else cls.enterprise_b
            ).id,
            "region_id": region.id,
            "channel": "phone",
            "question": "需要哪些材料？",
            "user_id": cls.user_officer_a.id,
        }

    @classmethod
    def _request_vals(cls, project, item=None):
        return {
            "project_id": project.id,
            "approval_item_id": (item or cls.item_land).id,
            "question": "需要哪些材料？",
        }

    @classmethod
    def _meeting_vals(cls, region, convener=None):
        return {
            "name": "周例会",
            "region_id": region.id,
            "convener_id": (convener or cls.user_office_a).id,
        }

    # ---- Attempts ----
    def _counts(self):
        """Rows of every liaison table and of the ratings, in one query."""
        tables = sorted(
            {
                self.env[name]._table
                for name in self.env.registry
                if name.startswith("liaison.")
                and not self.env[name]._abstract
                and not self.env[name]._transient
                and self.env[name]._auto
            }
            | {"rating_rating"}
        )
        query = " UNION ALL ".join(
            f"SELECT '{table}', count(*) FROM \"{table}\"" for table in tables
        )
        self.env.cr.execute(query)
        return dict(self.env.cr.fetchall())

    def _snapshot(self, record):
        """The stored values of ``record`` and the row counts, as superuser."""
        self.env.flush_all()
        self.env.invalidate_all()
        names = [
            name
            for name, field in record._fields.items()
            if field.store
            and name not in ("write_date", "write_uid", "__last_update")
            and field.type not in ("one2many",)
            and not name.startswith(("message_", "activity_"))
        ]
        values = record.sudo().with_context(active_test=False).read(names)[0]
        return values, self._counts()

    def _attempt(self, record, call):
        """Run ``call``; return ``"refused"``, ``"unchanged"`` or ``"changed"``.

        Whatever happens is rolled back: the world is the same for the next
        attempt.
        """
        # The world is rolled back after each attempt: one snapshot a record.
        cache = self.__dict__.setdefault("_snapshots", {})
        key = (record._name, record.id)
        if key not in cache:
            cache[key] = self._snapshot(record)
        before = cache[key]
        self.attempts = getattr(self, "attempts", 0) + 1
        savepoint = self.env.cr.savepoint()
        try:
            try:
                call()
            except REFUSALS:
                return "refused"
            after = self._snapshot(record)
            return "unchanged" if after == before else "changed"
        finally:
            savepoint.close(rollback=True)
            self.env.invalidate_all()

    def _allowed(self, rule, role, record, mode="write"):
        if rule == BY_RECORD_RULES:
            return record.with_user(self.users[role]).has_access(mode)
        return role in rule


@tagged("post_install", "-at_install", "trust_boundary")
class TestTrustBoundary(TrustWorld):
    """The generated sweep over models, actions, fields, contexts and forms."""

    # ---- Discovery ----
    def _liaison_models(self):
        return sorted(
            name
            for name in self.env.registry
            if name.startswith("liaison.")
            and not self.env[name]._abstract
            and not self.env[name]._transient
        )

    def _actions(self, model):
        cls = type(self.env[model])
        return sorted(
            name
            for name in dir(cls)
            if name.startswith("action_")
            and callable(getattr(cls, name, None))
            and (name not in CORE_WRITE_ACTIONS or self.env[model]._active_name)
        )

    def _is_navigation(self, method):
        return method in NAVIGATION_ACTIONS or method.startswith(NAVIGATION_PREFIXES)

    def _call_kwargs(self, record, method):
        """Plausible arguments: what a forger would send to succeed."""
        values = {
            "signature": self.png,
            "signed_by": "伪造签名",
            "reason": "越权测试",
            "note": "补正材料",
            "new_deadline": fields.Date.today() + relativedelta(days=30),
            "pdf_bytes": b"%PDF-1.4 forged",
        }
        kwargs = {}
        signature = inspect.signature(getattr(type(record), method))
        for name, param in list(signature.parameters.items())[1:]:
            if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
                continue
            if name == "method":
                reasons = self.env["liaison.reason.wizard"]._reason_methods()
                kwargs[name] = min(reasons.get(record._name, {"action_none"}))
            elif name in values:
                kwargs[name] = values[name]
            elif param.default is inspect.Parameter.empty:
                kwargs[name] = "x"
        return kwargs

    def test_world_covers_every_model_with_actions(self):
        """Every liaison model with workflow actions or guarded fields has a
        record in the world: a new model cannot escape the sweep."""
        missing = []
        for model in self._liaison_models():
            Model = self.env[model]
            workflow = [
                m
                for m in self._actions(model)
                if m not in CORE_WRITE_ACTIONS and not self._is_navigation(m)
            ]
            guarded = (
                Model._workflow_guarded_fields()
                if hasattr(Model, "_workflow_guarded_fields")
                else ()
            )
            if (workflow or guarded) and model not in self.world:
                missing.append(model)
        self.assertFalse(missing, f"no record of these models in the world: {missing}")

    def test_every_workflow_action_is_in_the_matrix(self):
        """The matrix states a rule for every workflow action of the product."""
        missing = [
            (model, method)
            for model in self._liaison_models()
            for method in self._actions(model)
            if method not in CORE_WRITE_ACTIONS
            and not self._is_navigation(method)
            and (model, method) not in ACCESS_MATRIX
        ]
        self.assertFalse(missing, f"actions without a rule in ACCESS_MATRIX: {missing}")

    def test_every_model_uses_the_one_guard(self):
        """Every liaison model with guarded fields inherits the one mixin, and
        no code reads a context key to switch a check off."""
        for model in self.world:
            if model == "liaison.checklist.line":
                continue
            self.assertTrue(hasattr(self.env[model], "_workflow_guarded_fields"), model)
        self.assertEqual(
            discover_context_keys(legacy=False),
            [],
            "a liaison_* context key is read by the code",
        )

    # ---- Actions ----
    def test_actions_by_every_role(self):
        """Every action on every record of the world, as every role, with and
        without every context key: allowed by the matrix, or refused with
        nothing changed."""
        all_keys = dict.fromkeys(self.context_keys, True)
        violations = []
        for model, records in sorted(self.world.items()):
            for method in self._actions(model):
                rule = ACCESS_MATRIX.get((model, method), NOBODY)
                navigation = self._is_navigation(method)
                for record in records:
                    kwargs = self._call_kwargs(record, method)
                    for role in ROLES:
                        user = self.users[role]
                        if navigation:
                            allowed = False
                        elif method in CORE_WRITE_ACTIONS:
                            allowed = self._allowed(BY_RECORD_RULES, role, record)
                        else:
                            allowed = self._allowed(rule, role, record)
                        if allowed:
                            continue
                        for context in ({}, all_keys):
                            target = record.with_user(user).with_context(
                                active_id=record.id, active_model=model, **context
                            )
                            outcome = self._attempt(
                                record,
                                lambda t=target, m=method, k=kwargs: getattr(t, m)(**k),
                            )
                            if outcome == "changed":
                                violations.append(
                                    f"{role} ran {model}.{method} on "
                                    f"{record.display_name} (context {context})"
                                )
        _logger.info("trust boundary: %s action attempts", self.attempts)
        self.assertFalse(violations, "\n".join(violations))

    # ---- Fields ----
    def _guarded_fields(self, Model):
        names = set(
            Model._workflow_guarded_fields()
            if hasattr(Model, "_workflow_guarded_fields")
            else ()
        )
        for name, field in Model._fields.items():
            if field.compute and not field.store:
                continue
            if (
                name in ("state", "stage_id")
                or "signature" in name
                or name.startswith(("signed_", "rating_", "receipt_signed"))
            ):
                names.add(name)
        return sorted(names)

    def _forged_value(self, record, name):
        field = record._fields[name]
        current = record.sudo()[name]
        if field.type == "selection":
            options = [
                value
                for value, _label in field._description_selection(self.env)
                if value != current
            ]
            return options[-1] if options else None
        if field.type == "many2one":
            comodel = self.env[field.comodel_name].sudo()
            domain = [("id", "!=", current.id)] if current else []
            if name == "stage_id" and "is_closed" in comodel._fields:
                domain.append(("is_closed", "=", True))
            other = comodel.search(domain, limit=1)
            return other.id or None
        if field.type in ("char", "text", "html"):
            return "伪造"
        if field.type in ("date", "datetime"):
            return "2030-01-01"
        if field.type == "integer":
            return (current or 0) + 7
        if field.type in ("float", "monetary"):
            return 1.0 if current == 4.0 else 4.0
        if field.type == "boolean":
            return not current
        if field.type in ("binary", "image"):
            return self.png
        if field.type in ("one2many", "many2many"):
            return [Command.clear()]
        return None

    def test_guarded_fields_by_every_role(self):
        """Every guarded, state, stage, signature and rating field, written by
        every role with and without each context key: refused, unchanged."""
        # Every key at once: a key that granted anything would grant it here.
        contexts = [{}, dict.fromkeys(self.context_keys, True)]
        violations = []
        for model, records in sorted(self.world.items()):
            record = records[0]
            Model = self.env[model]
            for name in self._guarded_fields(Model):
                value = self._forged_value(record, name)
                if value is None:
                    continue
                rule = FIELD_MATRIX.get((model, name), NOBODY)
                for role in ROLES:
                    if self._allowed(rule, role, record):
                        continue
                    for context in contexts:
                        target = record.with_user(self.users[role]).with_context(
                            **context
                        )
                        outcome = self._attempt(
                            record,
                            lambda t=target, n=name, v=value: t.write({n: v}),
                        )
                        if outcome == "changed":
                            violations.append(
                                f"{role} wrote {model}.{name} (context {context})"
                            )
        _logger.info("trust boundary: %s field write attempts", self.attempts)
        self.assertFalse(violations, "\n".join(violations))

    def test_guarded_fields_on_create(self):
        """A caller creating a record cannot give a guarded field a value
        other than its default; a screen saving the defaults passes."""
        Issue = self.env["liaison.issue"].with_user(self.user_office_a)
        base = {
            "name": "新问题",
            "partner_id": self.enterprise_a.id,
            "region_id": self.county_a.id,
        }
        with self.assertRaises(AccessError):
            Issue.create({**base, "escalation_level": "leadership"})
        with self.assertRaises(AccessError):
            Issue.create({**base, "date_closed": "2030-01-01"})
        with self.assertRaises(AccessError):
            Issue.with_context(liaison_issue_action=True).create(
                {**base, "confirmation_mode": "enterprise"}
            )
        issue = Issue.create({**base, "escalation_level": "officer", "reopen_count": 0})
        self.assertEqual(issue.escalation_level, "officer")
        Assignment = self.env["liaison.assignment"].with_user(self.user_office_a)
        vals = {
            "issue_id": self.issue_accepted.id,
            "lead_department_id": self.dept_a.id,
        }
        with self.assertRaises(AccessError):
            Assignment.create({**vals, "state": "closed"})
        self.assertEqual(Assignment.create({**vals, "state": "draft"}).state, "draft")

    # ---- Printed forms ----
    def test_reports_of_another_jurisdiction(self):
        """Every printed form of the product, rendered (html and pdf) on a
        record of county B by every role: refused unless the role may read
        the record, and then prepared with its rights."""
        reports = self.env["ir.actions.report"].search(
            [("model", "=like", "liaison.%"), ("report_type", "like", "qweb")]
        )
        self.assertTrue(reports)
        violations = []
        for report in reports:
            record = self.county_b_records.get(report.model)
            self.assertTrue(record, f"no county B record for {report.report_name}")
            for role in ROLES:
                user = self.users[role]
                readable = record.with_user(user).has_access("read")
                Report = self.env["ir.actions.report"].with_user(user)
                for render in (Report._render_qweb_html, Report._render_qweb_pdf):
                    if readable and render == Report._render_qweb_pdf:
                        continue  # the html shows what the pdf would print
                    try:
                        with self.env.cr.savepoint():
                            render(report.report_name, record.ids)
                        outcome = "rendered"
                    except Exception as error:
                        if not isinstance(error, AccessError) and not isinstance(
                            error.__cause__, AccessError
                        ):
                            raise
                        outcome = "refused"
                    finally:
                        self.env.invalidate_all()
                    if not readable and outcome != "refused":
                        violations.append(
                            f"{role} printed {report.report_name} of county B"
                        )
        self.assertFalse(violations, "\n".join(violations))


@tagged("post_install", "-at_install", "trust_boundary")
class TestTrustRegressions(TrustWorld):
    """The concrete attacks of issue 8 and the broken saves of issue 9."""

    # ---- Issue 8 §1: context keys ----
    def test_attack_issue_closed_by_context_key(self):
        """An officer cannot close an issue with ``liaison_issue_action``."""
        officer = self.issue_solved.with_user(self.user_officer_a).with_context(
            liaison_issue_action=True
        )
        with self.assertRaises(AccessError):
            officer.write(
                {
                    "stage_id": self.env.ref(
                        "liaison_service.liaison_issue_stage_closed"
                    ).id,
                    "confirmation_mode": "enterprise",
                    "confirmed_by": self.user_portal_a.id,
                }
            )
        self.assertFalse(self.issue_solved.confirmation_mode)
        self.assertTrue(self.issue_solved.is_solved)

    def test_attack_officer_activated_by_context_key(self):
        """The office cannot appoint an officer with
        ``liaison_officer_workflow``: only the leadership appoints."""
        office = self.nominee.with_user(self.user_office_a).with_context(
            liaison_officer_workflow=True
        )
        with self.assertRaises(AccessError):
            office.write({"state": "active", "appointment_number": "伪〔2026〕1号"})
        with self.assertRaises(AccessError):
            office.action_appoint()
        self.assertEqual(self.nominee.state, "review")
        self.assertFalse(self.nominee.appointment_number)

    # ---- Issue 8 §2: signatures ----
    def test_attack_officer_signs_agreement(self):
        """Neither a write nor ``action_sign`` lets an officer sign."""
        officer = self.agreement_sent.with_user(self.user_officer_a)
        with self.assertRaises(AccessError):
            officer.write(
                {"signature": self.png, "signed_by": "张伟", "state": "signed"}
            )
        with self.assertRaises(AccessError):
            officer.action_sign(self.png, "张伟")
        with self.assertRaises(AccessError):
            self.agreement_sent.with_user(self.user_office_a).sudo().action_sign(
                self.png, "张伟"
            )
        self.assertEqual(self.agreement_sent.state, "sent")
        self.assertFalse(self.agreement_sent.signature)

    def test_attack_officer_confirms_delivery(self):
        """An officer cannot set a delivery received nor confirm its receipt."""
        officer = self.delivery_sent.with_user(self.user_officer_a)
        with self.assertRaises(AccessError):
            officer.write({"state": "received"})
        with self.assertRaises(AccessError):
            officer.action_confirm_receipt(self.png, "李娜")
        self.assertEqual(self.delivery_sent.state, "sent")

    def test_enterprise_signs_through_portal_flow(self):
        """The enterprise's own user signs (the portal route runs this)."""
        other = self.agreement_sent.with_user(self.user_portal_b).sudo()
        with self.assertRaises(AccessError):
            other.action_sign(self.png, "王五")
        self.agreement_sent.with_user(self.user_portal_a).sudo().action_sign(
            self.png, "张伟", pdf_bytes=b"%PDF-1.4 signed"
        )
        self.assertEqual(self.agreement_sent.state, "signed")
        self.assertTrue(self.agreement_sent.signed_pdf_sha256)

    # ---- Issue 8 §3: ratings ----
    def test_attack_rating_tokens_not_readable(self):
        """No internal user reads a rating's token, not even its county's."""
        for role in ("other_office", "department", "office", "officer"):
            Rating = self.env["rating.rating"].with_user(self.users[role])
            with self.assertRaises(AccessError, msg=role):
                Rating.search_read(
                    [("res_model", "=", "liaison.issue")], ["access_token"]
                )

    def test_attack_rating_given_twice(self):
        """A given rating of an issue or a project cannot change (core route
        included: it applies ``rating_apply`` on the token's rating)."""
        rating = self.issue_closed.rating_ids.filtered("consumed")[:1]
        self.assertTrue(rating, "the world's issue was rated")
        for record in (self.issue_closed,):
            with self.assertRaises(UserError):
                record.sudo().rating_apply(5, rating=rating)
        self.assertEqual(rating.rating, 1)
        project = self.project_a
        request = (
            self.env["rating.rating"]
            .sudo()
            .create(
                {
                    "res_model_id": self.env["ir.model"]._get_id("liaison.project"),
                    "res_id": project.id,
                    "partner_id": self.enterprise_a.id,
                }
            )
        )
        project.sudo().rating_apply(4, rating=request)
        with self.assertRaises(UserError):
            project.sudo().rating_apply(1, rating=request)
        self.assertEqual(request.rating, 4)

    def test_attack_rating_last_value_written(self):
        """An officer cannot write the satisfaction an issue shows."""
        with self.assertRaises(AccessError):
            self.issue_closed.with_user(self.user_officer_a).write(
                {"rating_last_value": 5}
            )
        with self.assertRaises(AccessError):
            self.env["rating.rating"].with_user(self.user_office_a).create(
                {
                    "res_model_id": self.env["ir.model"]._get_id("liaison.issue"),
                    "res_id": self.issue_closed.id,
                    "rating": 5,
                    "consumed": True,
                }
            )

    # ---- Issue 8 §4: printed forms ----
    def test_attack_printed_forms_read_with_sudo(self):
        """Another county's office and an officer not on the project cannot
        print the completion sheet, the schedule plan or an opinion reply."""
        Report = self.env["ir.actions.report"]
        for user in (self.user_office_b, self.user_officer_a2):
            for report, record in (
                (
                    "liaison_service_reports.report_project_completion",
                    self.project_a,
                ),
                ("liaison_service_reports.report_project_schedule", self.project_a),
                (
                    "liaison_service_reports.report_project_opinion_reply",
                    self.request_sent,
                ),
            ):
                if not self.env.ref(
                    report.replace(".report_", ".action_report_"),
                    raise_if_not_found=False,
                ) and not Report._get_report(report):
                    continue
                with self.assertRaises(AccessError, msg=f"{user.login} {report}"):
                    Report.with_user(user)._render_qweb_html(report, record.ids)

    # ---- Issue 8 §5: actions and writes without the role ----
    def test_attack_officer_confirms_issue(self):
        """An officer cannot confirm as if he were the enterprise."""
        with self.assertRaises(AccessError):
            self.issue_solved.with_user(self.user_officer_a).action_confirm()
        self.assertTrue(self.issue_solved.is_solved)

    def test_attack_officer_closes_project_stage(self):
        """An officer cannot move a project to its closed stage."""
        completed = self.env.ref("liaison_service.liaison_project_stage_completed")
        with self.assertRaises(AccessError):
            self.project_a.with_user(self.user_officer_a).stage_id = completed
        with self.assertRaises(UserError):
            self.project_a.with_user(self.user_officer_a).action_complete()
        with self.assertRaises(AccessError):
            self.project_a.with_user(self.user_officer_a2).action_complete()
        with self.assertRaises(AccessError):
            self.project_a.with_user(self.user_officer_a).action_terminate(
                reason="越权"
            )
        self.assertFalse(self.project_a.is_closed)

    def test_attack_cooperating_department_overwrites_reply(self):
        """A cooperating department cannot overwrite the lead's reply."""
        signed = self.assignments["signed"]
        with self.assertRaises(AccessError):
            signed.with_user(self.user_department_a2).reply = "<p>覆盖</p>"
        self.assertNotIn("覆盖", signed.reply or "")

    def test_attack_lead_rewrites_closed_reply(self):
        """The lead department cannot rewrite the reply of a replied or
        closed notice."""
        replied = self.assignments["replied"]
        with self.assertRaises(UserError):
            replied.with_user(self.user_department_a).reply = "<p>改写</p>"
        replied.action_close()
        with self.assertRaises(UserError):
            replied.with_user(self.user_department_a).reply = "<p>改写</p>"
        self.assertIn("已办结", replied.reply)

    def test_attack_officer_issue_in_other_county(self):
        """An officer cannot record an issue of another county's enterprise,
        nor move his own issue to another enterprise."""
        Issue = self.env["liaison.issue"].with_user(self.user_officer_a)
        with self.assertRaises(AccessError):
            Issue.create(
                {
                    "name": "越界问题",
                    "partner_id": self.enterprise_b.id,
                    "region_id": self.county_b.id,
                    "officer_id": self.officer_a.id,
                }
            )
        with self.assertRaises(AccessError):
            self.issue_new.with_user(self.user_officer_a).partner_id = self.enterprise_b
        self.assertEqual(self.issue_new.partner_id, self.enterprise_a)

    # ---- Issue 8 §6: smaller ones ----
    def test_blank_and_long_names_refused(self):
        """Blank or 100,000-character names are refused in Chinese terms."""
        Issue = self.env["liaison.issue"].with_user(self.user_office_a)
        base = {"partner_id": self.enterprise_a.id, "region_id": self.county_a.id}
        for name in ("", "   ", "问" * 100_000):
            with self.assertRaises(ValidationError, msg=repr(name[:5])):
                Issue.create({**base, "name": name})
        with self.assertRaises(ValidationError):
            self.issue_new.with_user(self.user_office_a).name = " "
        self.assertEqual(self.issue_new.name, "Issue new")

    def test_bad_rpc_values_show_no_sql(self):
        """A string for an id or a NUL character gives a clear error, not
        PostgreSQL's text."""
        office = self.issue_new.with_user(self.user_office_a)
        for vals in (
            {"partner_id": "abc"},
            {"type_id": "1; DROP TABLE x"},
            {"name": "问题\x00"},
            {"priority": 5},
        ):
            with self.assertRaises(ValidationError, msg=vals) as catcher:
                office.write(vals)
            self.assertNotIn("LINE 1", str(catcher.exception))
            self.assertNotIn("invalid input syntax", str(catcher.exception))

    def test_access_errors_name_models_in_chinese(self):
        """A refusal read in zh_CN names the model and fields in Chinese."""
        self.env["res.lang"]._activate_lang("zh_CN")
        officer = self.issue_solved.with_user(self.user_officer_a).with_context(
            lang="zh_CN"
        )
        with self.assertRaises(AccessError) as catcher:
            officer.write({"date_closed": "2030-01-01"})
        message = str(catcher.exception)
        self.assertNotIn("Enterprise Issue", message)
        self.assertNotIn("Closed Out On", message)
        self.assertRegex(message, "[\u4e00-\u9fff]")
        with self.assertRaises(AccessError) as catcher:
            self.issue_b.with_user(self.user_officer_a).with_context(lang="zh_CN").read(
                ["partner_id"]
            )
        self.assertNotIn("Enterprise Issue", str(catcher.exception))

    # ---- Reasons through the wizard ----
    def _reason_wizard(self, record, step):
        """The reason wizard ``record``'s user gets when taking ``step``."""
        action = record.action_ask_reason(step)
        return (
            self.env["liaison.reason.wizard"]
            .with_user(record.env.user)
            .browse(action["res_id"])
        )

    def test_reason_asked_by_the_wizard(self):
        """A step needing a reason is asked by the wizard when taken; the
        reason fields are records of it, not inputs."""
        office = self.issue_new.with_user(self.user_office_a)
        wizard = self._reason_wizard(office, "action_reject")
        wizard.reason = "不属于受理范围"
        wizard.action_confirm()
        self.assertTrue(self.issue_new.is_rejected)
        self.assertEqual(self.issue_new.reject_reason, "不属于受理范围")
        with self.assertRaises(AccessError):
            office.write({"reject_reason": "改写理由"})
        with self.assertRaises(UserError):
            office.action_ask_reason("action_accept")
        # A role without the step gets the wizard but not the step.
        officer = self.issue_accepted.with_user(self.user_officer_a)
        wizard = self._reason_wizard(officer, "action_reject")
        wizard.reason = "越权"
        with self.assertRaises(AccessError):
            wizard.action_confirm()
        self.assertFalse(self.issue_accepted.is_rejected)

    # ---- Issue 9: the three broken saves ----
    def test_save_new_issue_from_form_as_office(self):
        """问题台账 → 新建 → 保存, as the office (issue 9, break 1)."""
        form = Form(self.env["liaison.issue"].with_user(self.user_office_a))
        form.name = "项目用地指标协调"
        form.partner_id = self.enterprise_a
        form.region_id = self.county_a
        issue = form.save()
        self.assertEqual(issue.escalation_level, "officer")

    def test_save_new_issue_from_form_as_officer(self):
        """问题台账 → 新建 → 保存, as the officer recording a visit."""
        form = Form(self.env["liaison.issue"].with_user(self.user_officer_a))
        form.name = "走访发现：施工许可待办"
        form.partner_id = self.enterprise_a
        form.project_id = self.project_a
        form.region_id = self.township_a
        form.officer_id = self.officer_a
        issue = form.save()
        self.assertEqual(issue.partner_id, self.enterprise_a)

    def test_save_new_assignment_from_the_issue(self):
        """The issue form's 交办 opens a notice that saves (break 2)."""
        office = self.issue_accepted.with_user(self.user_office_a)
        action = office.action_assign()
        Assignment = (
            self.env["liaison.assignment"]
            .with_user(self.user_office_a)
            .with_context(**action["context"])
        )
        form = Form(Assignment)
        form.lead_department_id = self.dept_a
        form.cooperating_department_ids.add(self.dept_a2)
        assignment = form.save()
        self.assertEqual(assignment.issue_id, self.issue_accepted)
        self.assertEqual(assignment.state, "draft")
        with self.assertRaises(AccessError):
            self.issue_accepted.with_user(self.user_officer_a).action_assign()

    def test_department_reply_from_form(self):
        """The lead department replies from the form although it could not
        read the cooperating department before (break 3); the cooperating
        department sees the lead's buttons hidden and 协办单位 filled."""
        signed = self.assignments["signed"]
        form = Form(signed.with_user(self.user_department_a))
        form.reply = "<p>已完成用地预审</p>"
        form.save()
        signed.with_user(self.user_department_a).action_reply()
        self.assertEqual(signed.state, "replied")
        cooperating = self.assignments["sent"].with_user(self.user_department_a2)
        self.assertFalse(cooperating.is_lead_department)
        self.assertEqual(
            cooperating.cooperating_department_ids.mapped("name"),
            [self.dept_a2.name],
        )
        self.assertEqual(cooperating.lead_department_id.name, self.dept_a.name)
        self.assertTrue(
            self.assignments["sent"]
            .with_user(self.user_department_a)
            .is_lead_department
        )
