# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Benchmark: the XLSX issue ledger of 100,000 generated issues.

Not a test (pytest does not collect bench_*.py): it prints timings, query
counts and the growth of the process's peak memory.  Run it in an Odoo shell
on a database with liaison_service, liaison_service_reports and their demo
data installed, preferably a throwaway copy; everything it inserts is rolled
back at the end (nothing is committed):

    BENCH_ISSUES=100000 odoo_cmd shell -d h_bench --no-http --log-level=warn \
        < tests/benchmarks/bench_issue_xlsx.py

Issues are generated as in bench_issue_kpi.py.  The ledger is written to a
temporary file, as the download route does, for 1,000 rows, then for all of
them: the peak resident memory (ru_maxrss) should not grow with the rows.
"""

import os
import resource
import tempfile
import time

BATCH = 50000
N = int(os.environ.get("BENCH_ISSUES", "100000"))
env = globals()["env"]  # provided by `odoo shell`
cr = env.cr


def ids(model, domain=None):
    return env[model].sudo().with_context(active_test=False).search(domain or []).ids


regions = ids("liaison.region")
departments = ids("liaison.department")
categories = ids("liaison.issue.category")
types = ids("liaison.issue.type")
stages = ids("liaison.issue.stage")
officers = ids("liaison.officer") or [None]
partners = ids("res.partner", [("is_company", "=", True)])
params = {
    "regions": regions,
    "departments": departments,
    "categories": categories,
    "types": types,
    "stages": stages,
    "partners": partners,
    "officers": officers,
    "uid": env.uid,
}
print(
    f"Generating {N} issues over {len(regions)} regions, {len(departments)} "
    f"departments, {len(categories)} categories, {len(types)} types, "
    f"{len(stages)} stages"
)
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
        state, sent_on, create_date, write_date, create_uid, write_uid)
    SELECT i.id,
           (%(departments)s::int[])[1 + i.id %% cardinality(%(departments)s::int[])],
           i.region_id, i.date_accepted, i.date_accepted + 10,
           'sent', i.date_accepted + i.id %% 3, NOW(), NOW(), %(uid)s, %(uid)s
      FROM liaison_issue i
     WHERE i.id > %(first)s AND i.id %% 2 = 0
    """,
    {**params, "first": first_id},
)
cr.execute("ANALYZE liaison_issue")
cr.execute("ANALYZE liaison_assignment")
print(f"Generated in {time.perf_counter() - start:.1f} s")
cr.execute("SELECT COUNT(*) FROM liaison_issue")
print(f"Issues in the database: {cr.fetchone()[0]}")

Export = env["liaison.issue.xlsx.export"]
Issue = env["liaison.issue"].with_context(active_test=False)
all_ids = Issue.search([]).ids


def export(label, domain):
    env.invalidate_all()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    queries = cr.sql_log_count
    start = time.perf_counter()
    with tempfile.TemporaryFile() as output:
        Export._write_xlsx(domain, output)
        size = output.tell()
    elapsed = time.perf_counter() - start
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss
    print(
        f"{label:<40} {elapsed:7.1f} s {cr.sql_log_count - queries:5d} queries "
        f"{size / 1024:8.0f} KiB file, peak RSS +{grown / 1024:6.1f} MiB"
    )


export("Ledger, 1,000 rows (admin)", [("id", "in", all_ids[-1000:])])
export("Ledger, 10,000 rows (admin)", [("id", "in", all_ids[-10000:])])
export(f"Ledger, all {len(all_ids)} rows (admin)", [])
office = env.ref("liaison_service.user_office_a_demo")
Export = Export.with_user(office)
count = Issue.with_user(office).search_count([])
export(f"Ledger, county office ({count} rows)", [])
cr.rollback()
print("Rolled back: nothing was kept.")
