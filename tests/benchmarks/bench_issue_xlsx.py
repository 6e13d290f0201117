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
import sys
import tempfile
import time

sys.path.insert(0, "tests/benchmarks")  # odoo shell runs from the root
from benchlib import generate_issue_backlog

N = int(os.environ.get("BENCH_ISSUES", "100000"))
env = globals()["env"]  # provided by `odoo shell`
cr = env.cr


generate_issue_backlog(env, N)

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
