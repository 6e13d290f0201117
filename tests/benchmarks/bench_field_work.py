# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Benchmark: field work (C4) at the scale of a province.

200 officers, 5,000 key enterprises (each with a chief officer, one in five
with a sub-contracting staff member too), 1,000,000 work log lines over the
last 52 weeks.  Not a test (pytest does not collect bench_*.py): it prints
timings.  Run it in an Odoo shell on a throwaway database with the three
addons and their demo data; nothing is committed (rolled back at the end):

    cd /work/main && source setup/lib.sh && ensure_postgres
    odoo_cmd -d h_bench -i liaison_service,liaison_service_reports,\
liaison_service_portal --stop-after-init --no-http --log-level=warn
    odoo_cmd shell -d h_bench --no-http --log-level=warn \
        < tests/benchmarks/bench_field_work.py
    psql_cmd -d postgres -c 'drop database h_bench'

Environment: BENCH_OFFICERS (200), BENCH_ENTERPRISES (5000), BENCH_LOGS
(1000000), BENCH_WEEKS (52).  Data is inserted with INSERT ... SELECT
generate_series (no ORM, so no mail tracking).  Timed: the compliance
refresh of all weeks (the cron's work, once), the county overview (pivot
read_group per officer and week, list of missed weeks), an officer's week,
and the generation of a month's reports for all officers.
"""

from datetime import timedelta
import os
import sys

from odoo import fields

sys.path.insert(0, "tests/benchmarks")  # odoo shell runs from the root
from benchlib import once, timed

N_OFFICERS = int(os.environ.get("BENCH_OFFICERS", "200"))
N_ENTERPRISES = int(os.environ.get("BENCH_ENTERPRISES", "5000"))
N_LOGS = int(os.environ.get("BENCH_LOGS", "1000000"))
N_WEEKS = int(os.environ.get("BENCH_WEEKS", "52"))
BATCH = 200_000
env = globals()["env"]  # provided by `odoo shell`
cr = env.cr


uid = env.uid
today = fields.Date.context_today(env.user)
this_week = today - timedelta(days=today.weekday())
first_week = this_week - timedelta(weeks=N_WEEKS - 1)
county = env.ref("liaison_service.liaison_region_county_a_demo")
regions = env["liaison.region"].search([("id", "child_of", county.id)]).ids
department = env["liaison.department"].search([], limit=1).id


def insert_data():
    cr.execute(
        """
        INSERT INTO liaison_officer (
            name, department_id, region_id, region_level, officer_type, state,
            active, work_years, create_date, write_date, create_uid, write_uid)
        SELECT 'Bench officer ' || g, %(dep)s,
               (%(regions)s::int[])[1 + g %% cardinality(%(regions)s::int[])],
               'county', 'chief_service_officer', 'active', TRUE, 5,
               NOW(), NOW(), %(uid)s, %(uid)s
          FROM generate_series(1, %(n)s) g
     RETURNING id
        """,
        {"dep": department, "regions": regions, "uid": uid, "n": N_OFFICERS},
    )
    officers = sorted(row[0] for row in cr.fetchall())
    cr.execute("SELECT COALESCE(MAX(id), 0) FROM res_partner")
    first_partner = cr.fetchone()[0]
    cr.execute(
        """
        INSERT INTO res_partner (
            name, complete_name, is_company, active, type, liaison_key_enterprise,
            liaison_region_id, liaison_visit_frequency, liaison_service_start,
            create_date, write_date, create_uid, write_uid)
        SELECT 'Bench enterprise ' || g, 'Bench enterprise ' || g, TRUE, TRUE,
               'contact', TRUE,
               (%(regions)s::int[])[1 + g %% cardinality(%(regions)s::int[])], 1,
               %(start)s, NOW(), NOW(), %(uid)s, %(uid)s
          FROM generate_series(1, %(n)s) g
        """,
        {"regions": regions, "uid": uid, "n": N_ENTERPRISES, "start": first_week},
    )
    cr.execute(
        "UPDATE res_partner SET commercial_partner_id = id WHERE id > %s",
        [first_partner],
    )
    # Chief: enterprise g served by officer g mod N; staff for one in five.
    cr.execute(
        """
        INSERT INTO liaison_key_enterprise_roster (
            partner_id, officer_id, role, region_id, date_from,
            create_date, write_date, create_uid, write_uid)
        SELECT p.id, (%(officers)s::int[])[1 + (p.id - %(fp)s) %% %(no)s], 'chief',
               p.liaison_region_id, %(start)s, NOW(), NOW(), %(uid)s, %(uid)s
          FROM res_partner p WHERE p.id > %(fp)s
        UNION ALL
        SELECT p.id, (%(officers)s::int[])[1 + (p.id - %(fp)s + 7) %% %(no)s],
               'staff',
               p.liaison_region_id, %(start)s, NOW(), NOW(), %(uid)s, %(uid)s
          FROM res_partner p WHERE p.id > %(fp)s AND p.id %% 5 = 0
        """,
        {
            "officers": officers,
            "fp": first_partner,
            "no": N_OFFICERS,
            "start": first_week,
            "uid": uid,
        },
    )
    # Logs: over the roster lines, dates spread over the weeks, half visits.
    cr.execute(
        "SELECT array_agg(id ORDER BY id) FROM liaison_key_enterprise_roster "
        "WHERE partner_id > %s",
        [first_partner],
    )
    lines = cr.fetchone()[0]
    days = N_WEEKS * 7
    for offset in range(0, N_LOGS, BATCH):
        cr.execute(
            """
            INSERT INTO liaison_work_log (
                name, officer_id, user_id, date, week_start, kind, is_visit,
                partner_id, region_id, hours, integrity_pledge,
                create_date, write_date, create_uid, write_uid)
            SELECT 'Bench log ' || g, r.officer_id, NULL, d.day,
                   d.day - (EXTRACT(ISODOW FROM d.day)::int - 1),
                   CASE WHEN g %% 2 = 0 THEN 'visit'
                        WHEN g %% 3 = 0 THEN 'phone' ELSE 'errand' END,
                   g %% 2 = 0, r.partner_id, r.region_id, 1.5, TRUE,
                   NOW(), NOW(), %(uid)s, %(uid)s
              FROM generate_series(%(lo)s, %(hi)s) g
              JOIN liaison_key_enterprise_roster r
                ON r.id = (%(lines)s::int[])[
                       1 + (g::bigint * 7919) %% cardinality(%(lines)s::int[])]
             CROSS JOIN LATERAL (
                   SELECT (%(today)s::date
                           - ((g::bigint * 104729) %% %(days)s)::int)::date AS day
             ) d
            """,
            {
                "lo": offset + 1,
                "hi": min(offset + BATCH, N_LOGS),
                "lines": lines,
                "today": today,
                "days": days,
                "uid": uid,
            },
        )
    cr.execute("ANALYZE liaison_work_log")
    cr.execute("ANALYZE liaison_key_enterprise_roster")
    cr.execute("ANALYZE res_partner")
    return officers


bench_officers = once(
    f"insert {N_OFFICERS} officers, {N_ENTERPRISES} enterprises, {N_LOGS} logs",
    insert_data,
)
env.invalidate_all()
Compliance = env["liaison.visit.compliance"]
weeks = [first_week + timedelta(weeks=i) for i in range(N_WEEKS)]
once(
    f"compliance refresh of {N_WEEKS} weeks (all officers)",
    lambda: Compliance._refresh_weeks(weeks),
)
once(
    "compliance refresh of this and last week (daily cron)",
    Compliance._cron_visit_compliance,
)
cr.execute("SELECT count(*), sum(missed) FROM liaison_visit_compliance")
rows, missed = cr.fetchone()
print(f"compliance rows {rows}, visits missed {missed}")

office = (
    env.ref("liaison_service.user_office_a_demo", raise_if_not_found=False) or env.user
)
County = Compliance.with_user(office)
timed(
    env,
    "county overview pivot: officer x week, 52 weeks (office user)",
    lambda: County.read_group(
        [],
        ["due:sum", "done:sum", "missed:sum"],
        ["officer_id", "week_start:week"],
        lazy=False,
    ),
)
timed(
    env,
    "county overview list: missed weeks of the last week, first 80",
    lambda: County.web_search_read(
        [("week_start", "=", this_week - timedelta(days=7)), ("is_missed", "=", True)],
        {
            "officer_id": {"fields": {"display_name": {}}},
            "partner_id": {"fields": {"display_name": {}}},
            "due": {},
            "done": {},
            "state": {},
        },
        limit=80,
    ),
)
officer = env["liaison.officer"].browse(bench_officers[0])
timed(
    env,
    "an officer's week (list of its enterprises this week)",
    lambda: Compliance.web_search_read(
        [("week_start", "=", this_week), ("officer_id", "=", officer.id)],
        {
            "partner_id": {"fields": {"display_name": {}}},
            "due": {},
            "done": {},
            "state": {},
        },
        limit=80,
    ),
)
last_month = today.replace(day=1) - timedelta(days=1)
Report = env["liaison.work.report"]
reports = once(
    "monthly report generation for all officers (last month)",
    lambda: Report._generate("monthly", last_month),
)
visits = sum(reports.mapped("visit_count"))
print(f"reports generated {len(reports)}, visits counted {visits}")
once(
    "weekly report generation for all officers (this week)",
    lambda: Report._generate("weekly", today),
)
cr.rollback()
print("rolled back")
