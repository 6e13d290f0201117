# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Benchmark: the out-of-town people database of a returnee district.

Not a test (pytest does not collect bench_*.py): it prints timings and memory.
Run it in an Odoo shell on a database with the three addons and their demo
data; nothing is committed (everything is rolled back at the end):

    cd /work/main && source setup/lib.sh && ensure_postgres
    odoo_cmd -d r_bench -i liaison_service,liaison_service_reports,\
liaison_service_portal --stop-after-init --no-http --log-level=warn
    BENCH_PEOPLE=126000 odoo_cmd shell -d r_bench --no-http --log-level=warn \
        < tests/benchmarks/bench_returnees.py

1. Writes an XLSX sheet of BENCH_PEOPLE rows (the townships' template columns)
   and imports it as the demo office user through Odoo's own import
   (``base_import.import.execute_import``), in batches of BENCH_BATCH rows as
   the import screen does; each batch is one transaction (here a savepoint).
   Time and peak memory (RSS) are reported; the duplicate check runs on every
   batch against all people already stored.
2. Re-imports the first batch: every row is rejected as a duplicate.
3. With 30 stations and 60 reporting bodies: the people list, the station
   list, the late list and the reporting cron, timed.
"""

from datetime import date
import io
import os
import resource
import sys
import time

from odoo.tools.misc import xlsxwriter

from odoo.addons.liaison_service.tests.common import XLSX_IMPORT_OPTIONS

sys.path.insert(0, "tests/benchmarks")  # odoo shell runs from the root
from benchlib import timed

N = int(os.environ.get("BENCH_PEOPLE", "126000"))
BATCH = int(os.environ.get("BENCH_BATCH", "10000"))
env = globals()["env"]  # provided by `odoo shell`
cr = env.cr
office = env.ref("liaison_service.user_office_a_demo")
TOWNSHIPS = ["城关镇", "石桥镇", "工业园区街道"]
CITIES = ["上海市", "北京市", "深圳市", "苏州市", "杭州市", "广州市"]
INTENTIONS = ["none", "work", "business", "invest"]
FIELDS = ["name", "sex", "birth_year", "region_id", "phone", "current_city"]
FIELDS += ["employer", "intention"]


def rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def once(label, function):
    start = time.perf_counter()
    result = function()
    print(f"{label:<60} {time.perf_counter() - start:9.2f} s")
    return result


def make_sheet():
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True, "constant_memory": True})
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, FIELDS)
    for i in range(N):
        sheet.write_row(
            i + 1,
            0,
            [
                f"在外人员{i:06d}",
                "male" if i % 2 else "female",
                1960 + i % 45,
                TOWNSHIPS[i % 3],
                f"1{(3000000000 + i * 7):010d}",
                CITIES[i % 6],
                f"企业{i % 997}",
                INTENTIONS[i % 4],
            ],
        )
    book.close()
    return out.getvalue()


def import_all(data):
    wizard = (
        env["base_import.import"]
        .with_user(office)
        .create(
            {
                "res_model": "liaison.returnee.person",
                "file": data,
                "file_name": "people.xlsx",
                "file_type": "application/vnd.openxmlformats-officedocument."
                "spreadsheetml.sheet",
            }
        )
    )
    created, errors, skip = 0, 0, 0
    while skip < N:
        result = wizard.execute_import(
            FIELDS, FIELDS, dict(XLSX_IMPORT_OPTIONS, skip=skip, limit=BATCH)
        )
        created += len(result["ids"] or [])
        errors += sum(1 for m in result["messages"] if m.get("type") == "error")
        skip = result.get("nextrow") or N
        if not result["ids"]:
            break
    return created, errors


before_rss = rss_mb()
people_before = env["liaison.returnee.person"].search_count([])
data = once(f"write the XLSX sheet of {N} rows", make_sheet)
print(f"{'sheet size':<60} {len(data) / 1e6:9.1f} MB")
created, errors = once(
    f"import {N} rows in batches of {BATCH}", lambda: import_all(data)
)
print(f"{'created / rejected rows':<60} {created} / {errors}")
print(
    f"{'peak RSS of the process (before the import / after)':<60} "
    f"{before_rss:7.0f} / {rss_mb():.0f} MB"
)


def reimport_first_batch():
    global N
    saved, N = N, min(N, BATCH)
    try:
        return import_all(data)
    finally:
        N = saved


created2, errors2 = once(
    f"re-import the first {min(N, BATCH)} rows (all duplicates)", reimport_first_batch
)
print(
    f"{'re-import created / rejected (shown: first 10 + warning)':<60} "
    f"{created2} / {errors2}"
)

# ---- 30 stations, 60 reporting bodies ----
county = env.ref("liaison_service.liaison_region_county_a_demo")
Station = env["liaison.returnee.station"]
stations = Station.create(
    [{"name": f"服务站{i}", "city": CITIES[i % 6], "region_id": county.id}
     for i in range(30)]
)  # fmt: skip
cr.execute(
    """UPDATE liaison_returnee_person SET station_id = (%s::int[])[1 + id %% 30]
        WHERE station_id IS NULL""",
    [stations.ids],
)
departments = env["liaison.department"].create(
    [{"name": f"报送单位{i}", "code": f"BENCH-{i}", "region_id": county.id}
     for i in range(60)]
)  # fmt: skip
env["liaison.returnee.obligation"].create(
    [{"department_id": d.id, "region_id": county.id,
      "body_type": "township" if i < 20 else "unit"}
     for i, d in enumerate(departments)]
)  # fmt: skip
env.invalidate_all()
Person = env["liaison.returnee.person"].with_user(office)
total = Person.search_count([])
print(f"{'people visible to the office':<60} {total}")
spec = {
    "name": {},
    "birth_year": {},
    "region_id": {"fields": {"display_name": {}}},
    "current_city": {},
    "phone": {},
    "station_id": {"fields": {"display_name": {}}},
    "intention": {},
    "intention_stage": {},
}
timed(
    env,
    "people list, first 80 rows",
    lambda: Person.web_search_read([], spec, limit=80),
)
timed(
    env,
    "people list filtered: investment intention, 上海市",
    lambda: Person.web_search_read(
        [("intention", "=", "invest"), ("current_city", "=", "上海市")], spec, limit=80
    ),
)
timed(
    env,
    "people pivot: township x category (read_group)",
    lambda: Person.read_group(
        [], ["region_id"], ["region_id", "category_id"], lazy=False
    ),
)
timed(
    env,
    "people kanban columns by intention stage",
    lambda: Person.web_read_group([], ["intention_stage"], ["intention_stage"]),
)
timed(
    env,
    "station list with person counts (30 stations)",
    lambda: Station.with_user(office).web_search_read(
        [], {"name": {}, "person_count": {}, "project_count": {}}, limit=80
    ),
)
Status = env["liaison.returnee.reporting.status"]
once(
    "reporting cron, opening the period (60 bodies)",
    lambda: Status._cron_reporting(today=date(2026, 3, 26)),
)
once(
    "reporting cron, closing the period and late list",
    lambda: Status._cron_reporting(today=date(2026, 4, 1)),
)
timed(
    env,
    "late list (60 bodies)",
    lambda: Status.with_user(office).web_search_read(
        [("state", "=", "late")],
        {
            "department_id": {"fields": {"display_name": {}}},
            "quota": {},
            "submitted_count": {},
            "state": {},
        },
        limit=80,
    ),
)
print(
    f"{'people in the database before / after':<60} {people_before} / "
    f"{env['liaison.returnee.person'].search_count([])}"
)
cr.rollback()  # nothing of the benchmark is kept
