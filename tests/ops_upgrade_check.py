# Run by tests/test_ops_upgrade.py in ``odoo shell`` after the upgrade: every
# record of every liaison model still passes its Python constraints, the project
# stages carry their meaning flags, and a notice approved now takes the next
# number of its year.
# ruff: noqa: F821 (``env`` is given by odoo shell)
from datetime import timedelta
import json

from opslib import office_numbering

from odoo import fields

problems = []
checked = 0
for name, model in sorted(env.registry.items()):
    if not name.startswith("liaison.") or model._abstract or model._transient:
        continue
    records = env[name].with_context(active_test=False).search([])
    checked += len(records)
    try:
        records._validate_fields(list(records._fields))
    except Exception as error:  # noqa: BLE001 (reported: the test fails)
        problems.append(f"{name}: {error}")

# 18.0.1.2.0: the service flow finds its project stages by meaning (the
# migration flags the shipped stages, which are noupdate data).
for flag in ("is_intake", "is_dispatched", "is_delivered", "is_completed"):
    if not env["liaison.project.stage"].search_count([(flag, "=", True)]):
        problems.append(f"liaison.project.stage: no stage flagged {flag}")
terminated = env["liaison.project.stage"].search([("is_terminated", "=", True)])
if not terminated.filtered("is_closed"):
    problems.append("liaison.project.stage: no closing stage flagged is_terminated")

_office, Assignment, issue, department = office_numbering(env, limit=1)
new = Assignment.create(
    {
        "issue_id": issue.id,
        "lead_department_id": department.id,
        "deadline": fields.Date.context_today(Assignment) + timedelta(days=10),
    }
)
new.action_approve()
number = new.name
env.cr.rollback()
print("CHECK", json.dumps({"checked": checked, "problems": problems, "next": number}))
