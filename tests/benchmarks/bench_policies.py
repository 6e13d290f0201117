# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Benchmark: matching every returnee enterprise against every policy.

Not a test (pytest does not collect bench_*.py): it prints timings.  Run it in
an Odoo shell on a database with the three addons and their demo data,
preferably a throwaway copy; everything it inserts is rolled back:

    cd /work/main && source setup/lib.sh && ensure_postgres
    BENCH_ENTERPRISES=20000 odoo_cmd shell -d h_bench --no-http \
        --log-level=warn < tests/benchmarks/bench_policies.py

Enterprises (one company partner each), 5,000 policy applications a year and
100 signing events with ten signed projects each are inserted with INSERT ...
SELECT generate_series (no ORM, no mail tracking), spread over the demo
townships, parks and the seeded policies.  Matching is set-based: one query
per policy whatever the number of enterprises.
"""

import os
import sys
import time

sys.path.insert(0, "tests/benchmarks")  # odoo shell runs from the root
from benchlib import ids, timed

N = int(os.environ.get("BENCH_ENTERPRISES", "20000"))
N_APPLICATIONS = int(os.environ.get("BENCH_APPLICATIONS", "5000"))
N_EVENTS = int(os.environ.get("BENCH_EVENTS", "100"))
env = globals()["env"]  # provided by `odoo shell`
cr = env.cr


townships = ids(env, "liaison.region", [("level", "=", "township")])
parks = ids(env, "liaison.returnee.park") or [None]
officers = ids(env, "liaison.officer") or [None]
policies = ids(env, "liaison.policy")
stations = ids(env, "liaison.returnee.station") or [None]
params = {
    "stations": stations,
    "townships": townships,
    "parks": parks,
    "officers": officers,
    "policies": policies,
    "uid": env.uid,
    "currency": env.company.currency_id.id,
}
print(
    f"Generating {N} enterprises, {N_APPLICATIONS} applications, {N_EVENTS} "
    f"events over {len(townships)} townships and {len(policies)} policies"
)
start = time.perf_counter()
cr.execute("SELECT COALESCE(MAX(id), 0) FROM res_partner")
first_partner = cr.fetchone()[0]
cr.execute(
    """
    INSERT INTO res_partner (name, complete_name, is_company, active, type,
                             create_date, write_date, create_uid, write_uid)
    SELECT 'Bench enterprise ' || g, 'Bench enterprise ' || g, TRUE, TRUE,
           'contact', NOW(), NOW(), %(uid)s, %(uid)s
      FROM generate_series(1, %(n)s) g
    """,
    {**params, "n": N},
)
cr.execute(
    """
    INSERT INTO liaison_returnee_enterprise (
        partner_id, region_id, officer_id, enterprise_kind, licence_date,
        first_licence, employees_contracted, social_insurance, is_returnee,
        park_id, investment, currency_id,
        create_date, write_date, create_uid, write_uid)
    SELECT p.id,
           (%(townships)s::int[])[1 + p.id %% cardinality(%(townships)s::int[])],
           (%(officers)s::int[])[1 + p.id %% cardinality(%(officers)s::int[])],
           CASE WHEN p.id %% 3 = 0 THEN 'individual' ELSE 'small' END,
           CURRENT_DATE - (p.id %% 1000),
           p.id %% 11 <> 0, p.id %% 7, p.id %% 4 <> 0, p.id %% 10 <> 0,
           CASE WHEN p.id %% 5 = 0
                THEN (%(parks)s::int[])[1 + p.id %% cardinality(%(parks)s::int[])]
           END,
           100000 * (p.id %% 50), %(currency)s,
           NOW(), NOW(), %(uid)s, %(uid)s
      FROM res_partner p
     WHERE p.id > %(first)s
    """,
    {**params, "first": first_partner},
)
cr.execute(
    """
    INSERT INTO liaison_policy_application (
        name, policy_id, enterprise_id, partner_id, region_id, park_id,
        department_id, fund_id, channel, state, jobs_claimed, amount_requested,
        amount_approved, amount_paid, date_submitted,
        create_date, write_date, create_uid, write_uid)
    SELECT 'BENCH-' || g, pol.id, e.id, e.partner_id, e.region_id, e.park_id,
           pol.department_id, pol.fund_id, 'portal',
           (ARRAY['submitted', 'approved', 'rejected', 'paid'])[1 + g %% 4],
           1, 10000, CASE WHEN g %% 4 IN (1, 3) THEN 1 ELSE 0 END,
           CASE WHEN g %% 4 = 3 THEN 1 ELSE 0 END, CURRENT_DATE - g %% 365,
           NOW(), NOW(), %(uid)s, %(uid)s
      FROM generate_series(1, %(n)s) g
      JOIN liaison_returnee_enterprise e
        ON e.id = (SELECT MIN(id) FROM liaison_returnee_enterprise) + g * 3
      JOIN liaison_policy pol
        ON pol.id = (%(policies)s::int[])[1 + g %% cardinality(%(policies)s::int[])]
    """,
    {**params, "n": N_APPLICATIONS},
)
cr.execute(
    """
    WITH ev AS (
        INSERT INTO liaison_signing_event (name, date, year, kind, region_id,
            currency_id, create_date, write_date, create_uid, write_uid)
        SELECT 'Bench event ' || g, CURRENT_DATE - g * 20,
               EXTRACT(YEAR FROM CURRENT_DATE - g * 20)::int, 'district',
               (%(townships)s::int[])[1 + g %% cardinality(%(townships)s::int[])],
               %(currency)s, NOW(), NOW(), %(uid)s, %(uid)s
          FROM generate_series(1, %(n)s) g
        RETURNING id, date, year
    )
    INSERT INTO liaison_signing_project (name, event_id, event_date, year,
        event_kind, region_id, station_id, contracted_investment,
        funds_landed, create_date, write_date, create_uid, write_uid)
    SELECT 'Bench signed ' || ev.id || '-' || k, ev.id, ev.date, ev.year,
           'district',
           (%(townships)s::int[])[1 + (ev.id + k) %% cardinality(%(townships)s::int[])],
           (%(stations)s::int[])[1 + k %% cardinality(%(stations)s::int[])],
           1000000 * k, 100000 * k,
           NOW(), NOW(), %(uid)s, %(uid)s
      FROM ev CROSS JOIN generate_series(1, 10) k
    """,
    {**params, "n": N_EVENTS},
)
env.invalidate_all()
print(f"{'data generated':<68} once {(time.perf_counter() - start) * 1000:8.1f} ms")

Policy = env["liaison.policy"]
Enterprise = env["liaison.returnee.enterprise"]
office = env.ref("liaison_service.user_office_a_demo", raise_if_not_found=False)


def match_all():
    result = Policy._match_enterprises()
    return sum(len(v) for v in result.values())


pairs = timed(
    env, f"match all {N} enterprises x {len(policies)} policies (admin)", match_all
)
print(f"{'  matching (enterprise, policy) pairs':<68} {pairs:>13}")
if office:
    timed(
        env,
        "match all enterprises of the office's county (office user)",
        lambda: sum(
            len(v) for v in Policy.with_user(office)._match_enterprises().values()
        ),
    )
page = Enterprise.search([], limit=80)
timed(
    env,
    "matching policies of an 80-row enterprise page",
    lambda: page.with_env(env).read(["matching_policy_ids"]),
)
one = Enterprise.search([], limit=1)
timed(
    env,
    "one enterprise's portal values (matching policies + applications)",
    lambda: (
        one.with_env(env).matching_policy_ids.ids,
        env["liaison.policy.application"].search([("enterprise_id", "=", one.id)]),
    ),
)
spec = {
    "name": {},
    "enterprise_id": {"fields": {"display_name": {}}},
    "policy_id": {"fields": {"display_name": {}}},
    "amount_approved": {},
    "state": {},
}
timed(
    env,
    "application list, 80 rows",
    lambda: env["liaison.policy.application"].web_search_read([], spec, limit=80),
)
timed(
    env,
    "signed projects pivot by year and township",
    lambda: env["liaison.signing.project"]._read_group(
        [], ["year", "region_id"], ["contracted_investment:sum", "funds_landed:sum"]
    ),
)
timed(
    env,
    "township appraisal ranking (SQL view)",
    lambda: env["liaison.township.appraisal"].search_read([], ["rank", "score"]),
)
cr.rollback()
