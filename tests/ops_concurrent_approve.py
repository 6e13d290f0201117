# Run by tests/test_ops_numbers.py in ``odoo shell`` (``env`` is given):
# the office approves many assignment notices at once from parallel
# transactions (threads, each with its own cursor) and we read back the
# numbers.  Prints one JSON line.
# ruff: noqa: F821 (``env`` is given by odoo shell)
from datetime import timedelta
import json
import logging
import os
import random
import re
import threading
import time

from opslib import office_numbering
from psycopg2 import errors

from odoo import api, fields

THREADS = int(os.environ.get("OPS_THREADS", "8"))
PER_THREAD = int(os.environ.get("OPS_PER_THREAD", "8"))
CONCURRENCY_ERRORS = (
    errors.LockNotAvailable,
    errors.SerializationFailure,
    errors.DeadlockDetected,
)

# The retried lock failures are expected: keep the log for real errors.
logging.getLogger("odoo.sql_db").setLevel(logging.CRITICAL)
registry = env.registry
office, Assignment, issue, department = office_numbering(env, limit=1)
today = fields.Date.context_today(Assignment)
drafts = Assignment.create(
    [
        {
            "issue_id": issue.id,
            "lead_department_id": department.id,
            "deadline": today + timedelta(days=30),
            "instructions": f"<p>并发审批测试 {i}</p>",
        }
        for i in range(THREADS * PER_THREAD)
    ]
)
env.cr.commit()
ids = drafts.ids
stats = {"attempts": 0, "retries": 0, "failures": [], "lock": threading.Lock()}
barrier = threading.Barrier(THREADS)


def approve_with_retry(assignment_id, tries=20):
    """One approval in its own transaction; a concurrency error (the gapless
    sequence row is locked or was changed by a parallel approval) rolls back
    and retries after a random pause, like Odoo's request retrying."""
    for attempt in range(1, tries + 1):
        with registry.cursor() as cr:
            uenv = api.Environment(cr, office.id, {"lang": "zh_CN"})
            try:
                with stats["lock"]:
                    stats["attempts"] += 1
                uenv["liaison.assignment"].browse(assignment_id).action_approve()
                uenv.flush_all()
                cr.commit()
                return
            except CONCURRENCY_ERRORS:
                cr.rollback()
                with stats["lock"]:
                    stats["retries"] += 1
                if attempt == tries:
                    raise
                time.sleep(random.uniform(0, min(0.05 * 2**attempt, 2.0)))


def worker(chunk):
    barrier.wait()
    for assignment_id in chunk:
        try:
            approve_with_retry(assignment_id)
        except Exception as error:  # noqa: BLE001 (reported: the test fails)
            with stats["lock"]:
                stats["failures"].append(repr(error))


started = time.time()
threads = [
    threading.Thread(target=worker, args=(ids[i::THREADS],)) for i in range(THREADS)
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
elapsed = time.time() - started

env.invalidate_all()
env.cr.rollback()  # a fresh snapshot
approved = env["liaison.assignment"].browse(ids)
year_numbers = {}
for name in env["liaison.assignment"].search([("name", "!=", False)]).mapped("name"):
    match = re.fullmatch(r"交办〔(\d{4})〕(\d+)号", name)
    year_numbers.setdefault(match.group(1) if match else "?", []).append(
        int(match.group(2)) if match else name
    )
print(
    json.dumps(
        {
            "threads": THREADS,
            "approvals": len(ids),
            "approved": sum(1 for a in approved if a.state == "approved"),
            "new_numbers": sorted(n for n in approved.mapped("name") if n),
            "year_numbers": year_numbers,
            "attempts": stats["attempts"],
            "retries": stats["retries"],
            "failures": stats["failures"],
            "seconds": round(elapsed, 2),
        },
        ensure_ascii=False,
    )
)
