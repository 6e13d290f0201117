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
import time

BATCH = 50000
N = int(os.environ.get("BENCH_ISSUES", "200000"))
TODAY = os.environ.get("BENCH_TODAY", "2025-11-20")
env = globals()["env"]  # provided by `odoo shell`
cr = env.cr


def ids(model, domain=None):
    return env[model].sudo().with_context(active_test=False).search(domain or []).ids


params = {
    "regions": ids("liaison.region"),
    "departments": ids("liaison.department"),
    "categories": ids("liaison.issue.category"),
    "types": ids("liaison.issue.type"),
    "stages": ids("liaison.issue.stage"),
    "partners": ids("res.partner", [("is_company", "=", True)]),
    "officers": ids("liaison.officer") or [None],
    "uid": env.uid,
}
print(f"Generating {N} issues and their assignments")
start = time.perf_counter()
cr.execute("SELECT COALESCE(MAX(id), 0) FROM liaison_issue")
first_id = cr.fetchone()[0]
for offset in range(0, N, BATCH):
    cr.execute(
        """
        INSERT INTO liaison_issue (
            name, partner_id, region_id, category_id, type_id, officer_id,
            stage_id, source, escalation_level, priority, active,
            date_accepted, response_deadline, resolution_deadline,
            rating_last_value, create_date, write_date, create_uid, write_uid)
        SELECT 'Bench issue ' || g,
               (%(partners)s::int[])[1 + g %% cardinality(%(partners)s::int[])],
               (%(regions)s::int[])[1 + g %% cardinality(%(regions)s::int[])],
               (%(categories)s::int[])[1 + g %% cardinality(%(categories)s::int[])],
               (%(types)s::int[])[1 + g %% cardinality(%(types)s::int[])],
               (%(officers)s::int[])[1 + g %% cardinality(%(officers)s::int[])],
               (%(stages)s::int[])[1 + (g / 7) %% cardinality(%(stages)s::int[])],
               'officer_visit', 'officer', '0', TRUE,
               DATE '2025-01-01' + (g %% 330),
               DATE '2025-01-01' + (g %% 330) + 1,
               DATE '2025-01-01' + (g %% 330) + 3 + g %% 11,
               CASE WHEN g %% 3 = 0 THEN 1 + g %% 5 ELSE 0 END,
               NOW(), NOW(), %(uid)s, %(uid)s
          FROM generate_series(%(start)s, %(stop)s) g
        """,
        {**params, "start": offset + 1, "stop": min(offset + BATCH, N)},
    )
cr.execute(
    """
    UPDATE liaison_issue i
       SET is_closed = COALESCE(s.is_closed, FALSE),
           date_solved = CASE WHEN s.is_closed OR s.is_solved
                              THEN i.resolution_deadline - 1 + i.id %% 3 END,
           date_closed = CASE WHEN s.is_closed
                              THEN i.resolution_deadline + i.id %% 4 END
      FROM liaison_issue_stage s
     WHERE s.id = i.stage_id AND i.id > %s
    """,
    [first_id],
)
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
cr.execute("ANALYZE liaison_issue")
cr.execute("ANALYZE liaison_assignment")
print(f"Generated in {time.perf_counter() - start:.1f} s")
cr.execute(
    "SELECT (SELECT COUNT(*) FROM liaison_issue), "
    "(SELECT COUNT(*) FROM liaison_assignment)"
)
print("Issues, assignments in the database: {}, {}".format(*cr.fetchone()))
env.invalidate_all()
Assignment = env["liaison.assignment"]


def run(label, day):
    env.invalidate_all()
    queries = cr.sql_log_count
    start = time.perf_counter()
    steps = Assignment._cron_supervision_ladder(today=day)
    elapsed = time.perf_counter() - start
    env.flush_all()
    print(
        f"{label:<44} {elapsed:8.1f} s {cr.sql_log_count - queries:7d} queries"
        f" {len(steps):8d} steps"
    )
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
