# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Benchmark: the demo county generator and the homes it feeds.

Not a test (pytest does not collect bench_*.py): it prints timings.  Run it in
an Odoo shell on a demo database (setup/bench.sh does); everything it creates
is rolled back at the end (nothing is committed):

    BENCH_COUNTY_SCALE=4 odoo_cmd shell -d h_bench --no-http --log-level=warn \
        < tests/benchmarks/bench_demo_county.py

It runs ``liaison.demo._generate_county`` once more at the given scale (1 is
the demo: 36 officers, 200 enterprises, 60 projects, 300 issues), with
another seed, then times the home of each demo role: the officer's week and
the department's desk (work items), the office's supervision board (issues)
and the leadership cockpit (KPI read_group).
"""

import os
import sys

sys.path.insert(0, "tests/benchmarks")  # odoo shell runs from the root
from benchlib import counted

env = globals()["env"]  # provided by `odoo shell`
SCALE = float(os.environ.get("BENCH_COUNTY_SCALE", "1"))
SPEC = {"display_name": {}}


def timed(label, func):
    seconds, queries, result = counted(env, func)
    print(f"{label}: {seconds:.2f} s, {queries} queries")
    return result


timed(
    f"generate a county year at scale {SCALE:g}",
    lambda: env["liaison.demo"]._generate_county(seed=7, scale=SCALE),
)
print(
    "issues:",
    env["liaison.issue"].search_count([]),
    "assignments:",
    env["liaison.assignment"].search_count([]),
    "work items:",
    env["liaison.work.item"].search_count([]),
)
ref = env.ref
for login, xmlid in (
    ("officer", "liaison_service.user_officer_demo"),
    ("department", "liaison_service.user_department_demo"),
    ("office", "liaison_service.user_office_a_demo"),
    ("leader", "liaison_service.user_leader_demo"),
):
    user = ref(xmlid)
    action = env["res.users"].with_user(user)._liaison_home_action()
    Model = env[action["res_model"]].with_user(user)
    if action["res_model"] == "liaison.issue.kpi":
        timed(
            f"{login}: cockpit by department",
            lambda Model=Model: Model.read_group(
                [],
                ["issue_count:sum", "overdue_count:sum", "resolution_rate:avg"],
                ["department_id"],
            ),
        )
        continue
    timed(
        f"{login}: home ({action['res_model']})",
        lambda Model=Model: Model.web_search_read([], SPEC, limit=80),
    )
env.cr.rollback()
