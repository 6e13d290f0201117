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
import sys

sys.path.insert(0, "tests/benchmarks")  # odoo shell runs from the root
from benchlib import generate_issue_backlog, timed

N = int(os.environ.get("BENCH_ISSUES", "200000"))
env = globals()["env"]  # provided by `odoo shell`
cr = env.cr
generate_issue_backlog(env, N)

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
            env,
            f"KPI read_group by {groupby[0]} ({label})",
            lambda m=model, g=groupby: m._read_group([], g, measures),
        )
        total = sum(row[1] for row in groups)
    print(f"    {len(groups)} groups, {total} issues for the county office")
timed(
    env,
    "KPI read_group region x department x month (county office)",
    lambda: KpiOffice._read_group(
        [], ["region_id", "department_id", "period:month"], measures
    ),
)
timed(env, "Department ranking (county office)", KpiOffice.get_department_ranking)

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
        env,
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
    env,
    "Issue kanban web_read_group by stage (county office)",
    lambda: Issue.web_read_group([], ["stage_id"], ["stage_id"], lazy=True),
)
print(f"    {groups['length']} columns")
stage_domain = groups["groups"][0]["__domain"]
timed(
    env,
    "Issue kanban web_search_read, 1 column, 80 cards (county office)",
    lambda: Issue.web_search_read(stage_domain, spec, limit=80),
)
timed(
    env,
    "Issue list, first page of 80 in priority desc, id desc (county office)",
    lambda: Issue.web_search_read([], spec, limit=80),
)
timed(
    env,
    "Issue kanban search_count (county office)",
    lambda: Issue.search_count([]),
)
cr.rollback()
print("Rolled back: nothing was kept.")
