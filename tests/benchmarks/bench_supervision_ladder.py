# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Benchmark: the daily supervision ladder on 200,000 generated issues.

Not a test (pytest does not collect bench_*.py): it prints timings and query
counts.  Run it in an Odoo shell on a database with liaison_service and its
demo data installed, preferably a throwaway copy; everything it inserts is
rolled back at the end (nothing is committed):

    cd /work/main && source setup/lib.sh && ensure_postgres
    BENCH_ISSUES=200000 odoo_cmd shell -d h_bench --no-http --log-level=warn \
        < tests/benchmarks/bench_supervision_ladder.py

Issues are inserted with INSERT ... SELECT generate_series (no ORM, no mail
tracking) with acceptance dates over eleven months of 2025, resolution
deadlines 3 to 13 days later, one issue in seven of each stage; one issue in
two gets an assignment sent with a 10-day deadline, half of them signed.  Then
it times:

- the first run on the whole backlog (every step due since January);
- a second run the same day (nothing due);
- the runs of the next days (one day's new steps each).
"""

import os
import sys
import time

sys.path.insert(0, "tests/benchmarks")  # odoo shell runs from the root
from benchlib import analyze, counted, generate_issues, issue_params

N = int(os.environ.get("BENCH_ISSUES", "200000"))
TODAY = os.environ.get("BENCH_TODAY", "2025-11-20")
env = globals()["env"]  # provided by `odoo shell`
cr = env.cr


params = issue_params(env)
start = time.perf_counter()
first_id = generate_issues(env, N, params)
cr.execute(
    """
    INSERT INTO liaison_assignment (
        issue_id, lead_department_id, region_id, date_assigned, deadline,
        state, sent_on, sign_due_date, signed_on, is_signed_late,
        create_date, write_date, create_uid, write_uid)
    SELECT i.id,
           (%(departments)s::int[])[1 + i.id %% cardinality(%(departments)s::int[])],
           i.region_id, i.date_accepted, i.date_accepted + 10,
           CASE WHEN i.id %% 4 = 0 THEN 'signed' ELSE 'sent' END,
           i.date_accepted, i.date_accepted + 2,
           CASE WHEN i.id %% 4 = 0 THEN i.date_accepted + i.id %% 4 END,
           FALSE, NOW(), NOW(), %(uid)s, %(uid)s
      FROM liaison_issue i
     WHERE i.id > %(first)s AND i.id %% 2 = 0
    """,
    {**params, "first": first_id},
)
analyze(env, "liaison_issue", "liaison_assignment")
print(f"Generated in {time.perf_counter() - start:.1f} s")
cr.execute(
    "SELECT (SELECT COUNT(*) FROM liaison_issue), "
    "(SELECT COUNT(*) FROM liaison_assignment)"
)
print("Issues, assignments in the database: {}, {}".format(*cr.fetchone()))
env.invalidate_all()
Assignment = env["liaison.assignment"]


def run(label, day):
    elapsed, queries, steps = counted(
        env, lambda: Assignment._cron_supervision_ladder(today=day)
    )
    env.flush_all()
    print(f"{label:<44} {elapsed:8.1f} s {queries:7d} queries {len(steps):8d} steps")
    return steps


run(f"First run on the backlog ({TODAY})", TODAY)
run(f"Second run the same day ({TODAY})", TODAY)
day = env["liaison.working.day"].add_working_days(TODAY, 1)
run(f"Next working day ({day})", day)
run(f"Second run the same day ({day})", day)
day = env["liaison.working.day"].add_working_days(day, 1)
run(f"Next working day ({day})", day)
cr.execute("SELECT COUNT(*) FROM liaison_supervision_step")
print(f"Steps in the database: {cr.fetchone()[0]}")
cr.execute("SELECT COUNT(*) FROM mail_message WHERE message_type = 'notification'")
print(f"Chatter logs (notifications) in the database: {cr.fetchone()[0]}")
cr.rollback()
print("Rolled back: nothing was kept.")
