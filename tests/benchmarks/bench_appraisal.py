# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Benchmark: a province's quarterly bulletin and year-end appraisal.

Not a test (pytest does not collect bench_*.py): it prints timings.  Run it in
an Odoo shell on a throwaway database with the addons and their demo data
(``./setup/bench.sh`` does); nothing is committed:

    BENCH_ISSUES=200000 BENCH_OFFICERS=200 odoo_cmd shell -d DB --no-http \
        < tests/benchmarks/bench_appraisal.py

It creates 200 officers in the demo city's counties, then 200,000 issues
spread over them (INSERT ... SELECT generate_series, no ORM, no tracking),
one assignment for every second issue, a rating for every third, and times
the generation of a quarter's bulletin for the whole city and the year's
appraisal of every officer.
"""

import os
import sys
import time

sys.path.insert(0, "tests/benchmarks")  # odoo shell runs from the root
from benchlib import counted

BATCH = 50000
N = int(os.environ.get("BENCH_ISSUES", "200000"))
OFFICERS = int(os.environ.get("BENCH_OFFICERS", "200"))
env = globals()["env"]  # provided by `odoo shell`
cr = env.cr
city = env.ref("liaison_service.liaison_region_city_demo")
regions = env["liaison.region"].search([("id", "child_of", city.id)]).ids
departments = env["liaison.department"].search([]).ids
partners = env["res.partner"].search([("is_company", "=", True)]).ids
types = env["liaison.issue.type"].search([]).ids
stages = env["liaison.issue.stage"].search([]).ids
start = time.perf_counter()
officers = (
    env["liaison.officer"]
    .with_context(tracking_disable=True, mail_create_nolog=True)
    .create(
        [
            {
                "name": f"Bench officer {n}",
                "region_id": regions[n % len(regions)],
                "department_id": departments[n % len(departments)],
                "state": "active",
            }
            for n in range(OFFICERS)
        ]
    )
)
params = {
    "regions": regions,
    "departments": departments,
    "partners": partners,
    "types": types,
    "stages": stages,
    "officers": officers.ids,
    "uid": env.uid,
}
cr.execute("SELECT COALESCE(MAX(id), 0) FROM liaison_issue")
first_id = cr.fetchone()[0]
for offset in range(0, N, BATCH):
    cr.execute(
        """
        INSERT INTO liaison_issue (
            name, partner_id, region_id, type_id, officer_id, stage_id,
            source, escalation_level, priority, active, date_accepted,
            response_deadline, resolution_deadline, date_solved,
            rating_last_value, create_date, write_date, create_uid, write_uid)
        SELECT 'Bench issue ' || g,
               (%(partners)s::int[])[1 + g %% cardinality(%(partners)s::int[])],
               (%(regions)s::int[])[1 + g %% cardinality(%(regions)s::int[])],
               (%(types)s::int[])[1 + g %% cardinality(%(types)s::int[])],
               (%(officers)s::int[])[1 + g %% cardinality(%(officers)s::int[])],
               (%(stages)s::int[])[1 + (g / 7) %% cardinality(%(stages)s::int[])],
               'officer_visit', 'officer', '0', TRUE,
               DATE '2026-01-01' + (g %% 330),
               DATE '2026-01-01' + (g %% 330) + 1,
               DATE '2026-01-01' + (g %% 330) + 5,
               DATE '2026-01-01' + (g %% 330) + g %% 9,
               CASE WHEN g %% 3 = 0 THEN 1 + g %% 5 ELSE 0 END,
               NOW(), NOW(), %(uid)s, %(uid)s
          FROM generate_series(%(start)s, %(stop)s) g
        """,
        {**params, "start": offset + 1, "stop": min(offset + BATCH, N)},
    )
cr.execute(
    """
    INSERT INTO liaison_assignment (
        issue_id, lead_department_id, region_id, date_assigned, deadline,
        state, sent_on, replied_on, create_date, write_date, create_uid, write_uid)
    SELECT i.id,
           (%(departments)s::int[])[1 + i.id %% cardinality(%(departments)s::int[])],
           i.region_id, i.date_accepted, i.date_accepted + 7, 'replied',
           i.date_accepted, i.date_accepted + i.id %% 10,
           NOW(), NOW(), %(uid)s, %(uid)s
      FROM liaison_issue i
     WHERE i.id > %(first)s AND i.id %% 2 = 0
    """,
    {**params, "first": first_id},
)
cr.execute("ANALYZE liaison_issue")
cr.execute("ANALYZE liaison_assignment")
env.invalidate_all()
print(
    f"Generated {OFFICERS} officers, {N} issues and {N // 2} notices in "
    f"{time.perf_counter() - start:.1f} s"
)

leader = env.ref("liaison_service.user_leader_demo")
bulletin = (
    env["liaison.bulletin"]
    .with_user(leader)
    .create(
        {
            "title": "Bench",
            "region_id": city.id,
            "date_from": "2026-07-01",
            "date_to": "2026-09-30",
        }
    )
)
scheme = env.ref("liaison_service.liaison_appraisal_scheme_2026_demo")
appraisal = (
    env["liaison.appraisal"]
    .with_user(leader)
    .create({"name": "Bench", "scheme_id": scheme.id, "region_id": city.id})
)
for label, action in (
    ("Quarterly bulletin of the city (generate)", bulletin.action_generate),
    ("Year-end appraisal of every officer (compute)", appraisal.action_compute),
):
    runs = [
        counted(env, lambda action=action: (action(), env.flush_all()))
        for _i in range(3)
    ]
    best = min(seconds for seconds, _queries, _result in runs)
    print(f"{label:<52} best {best * 1000:8.1f} ms, {runs[-1][1]} queries")
print(
    f"    {len(bulletin.line_ids)} bulletin figures, "
    f"{len(appraisal.line_ids)} officers and "
    f"{len(appraisal.department_line_ids)} departments appraised"
)
cr.rollback()
print("Rolled back: nothing was kept.")
