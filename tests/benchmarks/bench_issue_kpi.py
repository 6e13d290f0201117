# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Benchmark: issue KPIs and the issue kanban on 200,000 generated issues.

Not a test (pytest does not collect bench_*.py): it prints timings.  Run it in
an Odoo shell on a database with liaison_service and its demo data installed,
preferably a throwaway copy; everything it inserts is rolled back at the end
anyway (nothing is committed):

    cd /work/main && source setup/lib.sh
    psql_cmd -d postgres -c 'create database h_bench template h_ladder'
    BENCH_ISSUES=200000 odoo_cmd shell -d h_bench --no-http \
        < tests/benchmarks/bench_issue_kpi.py
    psql_cmd -d postgres -c 'drop database h_bench'

Issues are inserted with INSERT ... SELECT generate_series in batches (no ORM,
so no mail tracking), spread over the demo regions, departments, categories,
types, stages and officers; one issue in two gets an assignment.
"""

import os
import time

BATCH = 50000
N = int(os.environ.get("BENCH_ISSUES", "200000"))
env = globals()["env"]  # provided by `odoo shell`
cr = env.cr


def ids(model, domain=None):
    return env[model].sudo().with_context(active_test=False).search(domain or []).ids


def timed(label, function, repeat=3):
    function()  # warm the caches
    times = []
    for _i in range(repeat):
        env.invalidate_all()
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    print(f"{label:<58} best {min(times) * 1000:8.1f} ms")
    return result


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

office = env.ref("liaison_service.user_office_a_demo")
region_names = ", ".join(office.liaison_region_ids.mapped("name"))
print(f"County office user: {office.login} ({region_names})")
Kpi = env["liaison.issue.kpi"]
KpiOffice = Kpi.with_user(office)
measures = [
    "issue_count:sum",
    "response_rate:avg",
    "resolution_rate:avg",
    "satisfaction_rate:avg",
    "overdue_count:sum",
    "days_to_close:avg",
]
for groupby in (["region_id"], ["department_id"], ["period:month"]):
    for label, model in (("admin", Kpi), ("county office", KpiOffice)):
        groups = timed(
            f"KPI read_group by {groupby[0]} ({label})",
            lambda m=model, g=groupby: m._read_group([], g, measures),
        )
        total = sum(row[1] for row in groups)
    print(f"    {len(groups)} groups, {total} issues for the county office")
timed(
    "KPI read_group region x department x month (county office)",
    lambda: KpiOffice._read_group(
        [], ["region_id", "department_id", "period:month"], measures
    ),
)
timed("Department ranking (county office)", KpiOffice.get_department_ranking)

# Before/after: the former view aggregated every assignment of the province on
# each read; the figures are now kept per issue (liaison_issue_kpi_data).
FORMER_VIEW = """
    WITH assignment AS (
        SELECT issue_id,
               (ARRAY_AGG(lead_department_id
                          ORDER BY date_assigned DESC, id DESC))[1] AS department_id,
               MIN(sent_on) AS first_sent_on
          FROM liaison_assignment GROUP BY issue_id)
    SELECT i.region_id, a.department_id,
           CASE WHEN s.is_closed THEN 100.0 ELSE 0 END AS resolution_rate
      FROM liaison_issue i
      LEFT JOIN liaison_issue_stage s ON s.id = i.stage_id
      LEFT JOIN assignment a ON a.issue_id = i.id
     WHERE i.active
"""
Region = env["liaison.region"]
office_regions = Region.search([("id", "child_of", office.liaison_region_ids.ids)]).ids
KEPT = "SELECT region_id, department_id, resolution_rate FROM liaison_issue_kpi"
for label, source in (("former view", FORMER_VIEW), ("kept figures", KEPT)):
    timed(
        f"SQL by department, county office regions ({label})",
        lambda source=source: cr.execute(
            f"SELECT department_id, COUNT(*), AVG(resolution_rate) FROM ({source}) k"
            " WHERE region_id = ANY(%s) GROUP BY department_id",
            [office_regions],
        ),
    )

Issue = env["liaison.issue"].with_user(office)
spec = {
    name: {}
    for name in (
        "name",
        "priority",
        "region_id",
        "resolution_deadline",
        "stage_id",
        "activity_ids",
    )
}
spec["partner_id"] = {"fields": {"display_name": {}}}
spec["officer_id"] = {"fields": {"display_name": {}}}
groups = timed(
    "Issue kanban web_read_group by stage (county office)",
    lambda: Issue.web_read_group([], ["stage_id"], ["stage_id"], lazy=True),
)
print(f"    {groups['length']} columns")
stage_domain = groups["groups"][0]["__domain"]
timed(
    "Issue kanban web_search_read, 1 column, 80 cards (county office)",
    lambda: Issue.web_search_read(stage_domain, spec, limit=80),
)
timed(
    "Issue list, first page of 80 in priority desc, id desc (county office)",
    lambda: Issue.web_search_read([], spec, limit=80),
)
timed(
    "Issue kanban search_count (county office)",
    lambda: Issue.search_count([]),
)
cr.rollback()
print("Rolled back: nothing was kept.")
