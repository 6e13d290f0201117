# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Benchmark: the project kanban, list and portal list on 20,000 projects.

Not a test (pytest does not collect bench_*.py): it prints timings.  Run it in
an Odoo shell on a database with liaison_service, liaison_service_reports and
liaison_service_portal and their demo data installed, preferably a throwaway
copy; everything it inserts is rolled back at the end anyway (nothing is
committed):

    cd /work/main && source setup/lib.sh && ensure_postgres
    odoo_cmd -d h_bench -i liaison_service,liaison_service_reports,\
liaison_service_portal --stop-after-init --no-http --log-level=warn
    BENCH_PROJECTS=20000 odoo_cmd shell -d h_bench --no-http --log-level=warn \
        < tests/benchmarks/bench_projects.py
    psql_cmd -d postgres -c 'drop database h_bench'

Officers (appointed or active), projects, their assistant officers and ten
checklist lines a project are inserted with INSERT ... SELECT generate_series
in batches (no ORM, so no mail tracking), spread over the demo regions,
departments, enterprises, project types, stages and approval items.  The
stored related fields of the checklist lines are filled in SQL (the deadline
approximately: calendar days instead of working days); the stored computes of
the projects the views show (checklist progress, eligibility, closed) are then
recomputed by the models' own computes on all projects in one call, timed.
"""

import json
import os
import sys
import time

from lxml import etree

from odoo.addons.portal.controllers.portal import CustomerPortal

sys.path.insert(0, "tests/benchmarks")  # odoo shell runs from the root
from benchlib import ids, once, timed

BATCH = 5000  # projects a batch (x 10 checklist lines)
N = int(os.environ.get("BENCH_PROJECTS", "20000"))
N_OFFICERS = int(os.environ.get("BENCH_OFFICERS", "200"))
LINES = 10  # checklist lines a project
env = globals()["env"]  # provided by `odoo shell`
cr = env.cr


regions = ids(env, "liaison.region")
departments = ids(env, "liaison.department")
stages = ids(env, "liaison.project.stage")
project_types = ids(env, "liaison.project.type") or [None]
items = ids(env, "liaison.approval.item")
partners = ids(env, "res.partner", [("is_company", "=", True)])
params = {
    "regions": regions,
    "departments": departments,
    "stages": stages,
    "types": project_types,
    "items": items,
    "partners": partners,
    "states": [
        "todo",
        "in_progress",
        "submitted",
        "approved",
        "rejected",
        "not_needed",
    ],
    "currency": env.company.currency_id.id,
    "uid": env.uid,
}
print(
    f"Generating {N_OFFICERS} officers, {N} projects and {N * LINES} checklist "
    f"lines over {len(regions)} regions, {len(departments)} departments, "
    f"{len(partners)} enterprises, {len(stages)} stages, {len(items)} items"
)
start = time.perf_counter()

# ---- Officers, appointed or active, in office today ----
cr.execute("SELECT COALESCE(MAX(id), 0) FROM liaison_officer")
first_officer = cr.fetchone()[0]
cr.execute(
    """
    INSERT INTO liaison_officer (
        name, department_id, region_id, region_level, officer_type, state,
        active, work_years, term_start, term_end,
        create_date, write_date, create_uid, write_uid)
    SELECT 'Bench officer ' || g,
           (%(departments)s::int[])[1 + g %% cardinality(%(departments)s::int[])],
           r.id,
           CASE WHEN r.level IN ('city', 'county', 'township') THEN r.level END,
           'liaison_officer',
           CASE WHEN g %% 2 = 0 THEN 'active' ELSE 'appointed' END,
           TRUE, 5, CURRENT_DATE - 365, CURRENT_DATE + 730,
           NOW(), NOW(), %(uid)s, %(uid)s
      FROM generate_series(1, %(n)s) g
      JOIN liaison_region r
        ON r.id = (%(regions)s::int[])[1 + g %% cardinality(%(regions)s::int[])]
    """,
    {**params, "n": N_OFFICERS},
)
# The demo officers of the demo users (e.g. `officer`) serve their share too.
officers = ids(env, "liaison.officer", [("state", "in", ("appointed", "active"))])
params["officers"] = officers

# ---- Projects ----
cr.execute("SELECT COALESCE(MAX(id), 0) FROM liaison_project")
first_project = cr.fetchone()[0]
for offset in range(0, N, BATCH):
    cr.execute(
        """
        INSERT INTO liaison_project (
            name, partner_id, region_id, project_type_id, currency_id,
            investment_source, investment_amount, funds_landed, jobs, status,
            green_channel, stage_id, main_officer_id, priority, sequence, color,
            active, is_key_project, is_attracted_investment, is_designated,
            create_date, write_date, create_uid, write_uid)
        SELECT 'Bench project ' || g,
               (%(partners)s::int[])[1 + g %% cardinality(%(partners)s::int[])],
               (%(regions)s::int[])[1 + g %% cardinality(%(regions)s::int[])],
               (%(types)s::int[])[1 + g %% cardinality(%(types)s::int[])],
               %(currency)s,
               CASE WHEN g %% 9 = 0 THEN 'foreign' ELSE 'domestic' END,
               1000000 * (1 + g %% 500), 500000 * (g %% 300), g %% 400,
               (ARRAY['negotiating', 'construction', 'completed'])[1 + g %% 3],
               g %% 13 = 0,
               (%(stages)s::int[])[1 + (g / 7) %% cardinality(%(stages)s::int[])],
               (%(officers)s::int[])[1 + g %% cardinality(%(officers)s::int[])],
               CASE WHEN g %% 10 = 0 THEN '1' ELSE '0' END, 10, g %% 12,
               TRUE, g %% 5 = 0, g %% 7 = 0, g %% 17 = 0,
               NOW() - make_interval(mins => g), NOW(), %(uid)s, %(uid)s
          FROM generate_series(%(start)s, %(stop)s) g
        """,
        {**params, "start": offset + 1, "stop": min(offset + BATCH, N)},
    )
cr.execute(
    """
    INSERT INTO liaison_project_assistant_officer_rel (project_id, officer_id)
    SELECT p.id,
           (%(officers)s::int[])[1 + (p.id + 1) %% cardinality(%(officers)s::int[])]
      FROM liaison_project p
     WHERE p.id > %(first)s
    ON CONFLICT DO NOTHING
    """,
    {**params, "first": first_project},
)

# ---- Checklist lines, ten a project ----
cr.execute("SELECT MAX(id) FROM liaison_project")
last_project = cr.fetchone()[0]
for low in range(first_project, last_project, BATCH):
    cr.execute(
        """
        INSERT INTO liaison_checklist_line (
            project_id, sequence, approval_item_id, name, department_id, phase,
            region_id, partner_id, planned_start, time_limit_days, deadline,
            state, date_submitted, date_approved,
            create_date, write_date, create_uid, write_uid)
        SELECT p.id, k, a.id, a.name, a.department_id, a.phase,
               p.region_id, p.partner_id,
               DATE '2025-01-01' + (p.id + k * 20) %% 360,
               a.time_limit_days,
               DATE '2025-01-01' + (p.id + k * 20) %% 360
                   + (COALESCE(a.time_limit_days, 0) * 7 / 5),
               s.state,
               CASE WHEN s.state IN ('submitted', 'approved', 'rejected')
                    THEN DATE '2025-01-01' + (p.id + k * 20) %% 360 + 2 END,
               CASE WHEN s.state = 'approved'
                    THEN DATE '2025-01-01' + (p.id + k * 20) %% 360 + 5 END,
               NOW(), NOW(), %(uid)s, %(uid)s
          FROM liaison_project p
         CROSS JOIN generate_series(1, %(lines)s) k
          JOIN liaison_approval_item a
            ON a.id = (%(items)s::int[])[
                   1 + (p.id + k) %% cardinality(%(items)s::int[])]
         CROSS JOIN LATERAL (
               SELECT (%(states)s::varchar[])[
                   1 + (p.id * 3 + k) %% cardinality(%(states)s::varchar[])] AS state
               ) s
         WHERE p.id > %(low)s AND p.id <= %(high)s
        """,
        {**params, "lines": LINES, "low": low, "high": low + BATCH},
    )
for table in (
    "liaison_officer",
    "liaison_project",
    "liaison_project_assistant_officer_rel",
    "liaison_checklist_line",
):
    cr.execute(f"ANALYZE {table}")
print(f"Generated in {time.perf_counter() - start:.1f} s")
for table in ("liaison_officer", "liaison_project", "liaison_checklist_line"):
    cr.execute(f"SELECT COUNT(*) FROM {table}")
    print(f"    {table}: {cr.fetchone()[0]} rows")

# ---- Stored computes the views show, by the models' own computes ----
cr.execute("SELECT id FROM liaison_project WHERE id > %s", [first_project])
new_projects = env["liaison.project"].browse([row[0] for row in cr.fetchall()])


def recompute(field_names):
    def run():
        for name in field_names:
            env.add_to_compute(new_projects._fields[name], new_projects)
        new_projects.flush_recordset(field_names)

    return run


once(
    "Recompute checklist_progress of all projects (one call)",
    recompute(["checklist_progress"]),
)
once(
    "Recompute eligibility alone (is_eligible_by_rule)",
    recompute(["is_eligible_by_rule"]),
)
once(
    "Recompute eligibility, is_eligible, is_closed (one call)",
    recompute(["is_eligible_by_rule", "is_eligible", "is_closed"]),
)
# The explanation is not stored (read in the reader's language): a page of it.
once(
    "Explain the eligibility of 80 projects (a list page)",
    lambda: new_projects[:80].mapped("eligibility_explanation"),
)
cr.execute("ANALYZE liaison_project")
cr.execute(
    "SELECT ROUND(AVG(checklist_progress)::numeric, 1), COUNT(*) FILTER "
    "(WHERE is_eligible) FROM liaison_project WHERE id > %s",
    [first_project],
)
progress, eligible = cr.fetchone()
print(f"    average progress {progress} %, {eligible} eligible projects")


# ---- Back-office kanban and list ----
def view_spec(model, view_type):
    """The web client's field spec of the user's default ``view_type`` view."""
    views = model.get_views([(False, view_type)])
    arch = etree.fromstring(views["views"][view_type]["arch"])
    spec = {}
    for node in arch.iter("field"):
        name = node.get("name")
        field = model._fields[name]
        if field.type == "many2one":
            spec[name] = {"fields": {"display_name": {}}}
        elif field.type in ("one2many", "many2many"):
            spec[name] = {"fields": {}}
        else:
            spec[name] = {}
    if "activity_ids" in spec:  # what the activity widgets read too
        for name in (
            "activity_state",
            "activity_summary",
            "activity_type_icon",
            "activity_exception_decoration",
            "activity_exception_icon",
        ):
            spec[name] = {}
        spec["activity_type_id"] = {"fields": {"display_name": {}}}
    return spec


def kanban_progress_bar(model):
    arch = model.get_views([(False, "kanban")])["views"]["kanban"]["arch"]
    node = etree.fromstring(arch).find(".//progressbar")
    return {"field": node.get("field"), "colors": json.loads(node.get("colors"))}


for login in ("office", "officer"):
    user = env["res.users"].search([("login", "=", login)])
    Project = env["liaison.project"].with_user(user)
    count = Project.search_count([])
    print(f"User {login}: {count} projects visible")
    kanban_spec = view_spec(Project, "kanban")
    list_spec = view_spec(Project, "list")
    groups = timed(
        env,
        f"Project kanban web_read_group by stage ({login})",
        lambda P=Project: P.web_read_group([], ["stage_id"], ["stage_id"], lazy=True),
    )
    print(f"    {groups['length']} columns")
    progress_bar = kanban_progress_bar(Project)
    timed(
        env,
        f"Project kanban read_progress_bar activity_state ({login})",
        lambda P=Project, b=progress_bar: P.read_progress_bar([], "stage_id", b),
    )
    column = max(groups["groups"], key=lambda g: g["stage_id_count"])
    timed(
        env,
        f"Project kanban web_search_read, largest column, 80 cards ({login})",
        lambda P=Project, d=column["__domain"], s=kanban_spec: P.web_search_read(
            d, s, limit=80
        ),
    )
    timed(
        env,
        f"Project list web_search_read, 80 rows ({login})",
        lambda P=Project, s=list_spec: P.web_search_read([], s, limit=80),
    )
    timed(
        env,
        f"Project search_count ({login})",
        lambda P=Project: P.search_count([]),
    )


# ---- Portal project list, the ORM calls of /my/liaison/projects ----
def portal_list(Project, domain, order):
    total = Project.search_count(domain)
    projects = Project.search(domain, order=order, limit=STEP, offset=0)
    projects_sudo = projects.sudo()
    projects_sudo.main_officer_id.fetch(["name"])
    # What the template prints on each row.
    rows = [
        (
            project.access_url,
            project.name,
            project.stage_id.name,
            project.checklist_progress,
            project.main_officer_id.name,
        )
        for project in projects_sudo
    ]
    return total, len(rows)


STEP = CustomerPortal._items_per_page
portal = env["res.users"].search([("login", "=", "enterprise")])
PortalProject = env["liaison.project"].with_user(portal)
portal_domain = [
    ("partner_id", "child_of", [portal.partner_id.commercial_partner_id.id])
]
print(f"Portal user enterprise: {PortalProject.search_count(portal_domain)} projects")
timed(
    env,
    "Portal home counter search_count (enterprise)",
    lambda: PortalProject.search_count(portal_domain),
)
for sortby, order in (
    ("date", "create_date desc, id desc"),
    ("progress", "checklist_progress desc, id desc"),
):
    timed(
        env,
        f"Portal project list page 1, sort by {sortby} (enterprise)",
        lambda o=order: portal_list(PortalProject, portal_domain, o),
    )
cr.rollback()
print("Rolled back: nothing was kept.")
