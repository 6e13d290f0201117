# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Benchmark: fifty official forms printed in one job (issue 12).

Not a test (pytest does not collect bench_*.py): it prints timings.  Run it in
an Odoo shell on a database with the three addons and their demo data, e.g.
through ``./setup/bench.sh`` or:

    cd /work/main && source setup/lib.sh && ensure_postgres
    odoo_cmd shell -d liaison --no-http --log-level=warn \
        < tests/benchmarks/bench_print_forms.py

It starts Odoo's HTTP server in a thread on ``BENCH_HTTP_PORT`` (18390), for
wkhtmltopdf to load the report assets as in production, creates ``BENCH_FORMS``
(50) appointed officers with the ORM (mail tracking off) and prints their work
ID cards (front and back) as one job, then the same cards one job per officer
for comparison, then every other form of the demo data as one job of all its
records.  Everything is rolled back at the end.
"""

import io
import os
import sys
import time

import odoo
from odoo.service.server import ThreadedServer
from odoo.tools.pdf import PdfFileReader

from odoo.addons.base.tests.common import DISABLED_MAIL_CONTEXT
from odoo.addons.liaison_service.tests.common import officer_batch_vals

sys.path.insert(0, "tests/benchmarks")  # odoo shell runs from the root
from benchlib import counted

env = globals()["env"]  # provided by `odoo shell`
N = int(os.environ.get("BENCH_FORMS", "50"))
PORT = int(os.environ.get("BENCH_HTTP_PORT", "18390"))
CARD = "liaison_service_reports.action_report_officer_card"

odoo.tools.config["http_port"] = PORT
odoo.tools.config["http_interface"] = "127.0.0.1"
ThreadedServer(odoo.http.root).http_spawn()
time.sleep(1)
env["ir.config_parameter"].set_param("report.url", f"http://127.0.0.1:{PORT}")
env = env(context=dict(env.context, **DISABLED_MAIL_CONTEXT))
Report = env["ir.actions.report"].with_context(force_report_rendering=True)
delay = env["ir.config_parameter"].get_param("report.print_delay", "1000")
print(f"wkhtmltopdf --javascript-delay (report.print_delay): {delay} ms")


def job(report_ref, records):
    """(seconds, pages, queries) of one print job of ``records``."""
    seconds, queries, (pdf, __) = counted(
        env, lambda: Report._render_qweb_pdf(report_ref, records.ids)
    )
    return seconds, len(PdfFileReader(io.BytesIO(pdf)).pages), queries


county = env.ref("liaison_service.liaison_region_county_a_demo")
department = env.ref("liaison_service.dept_a_drc_demo")
officers = env["liaison.officer"].create(
    officer_batch_vals(N, department, county, "测试联络员{n:03d}", "139{n:08d}")
)
officers.action_submit_unit_opinion()
officers.action_submit_review()
officers.action_appoint()
officers.action_activate()

job(CARD, officers[:2])  # warm the assets and caches
seconds, pages, queries = job(CARD, officers)
print(
    f"{N} work ID cards, one job: {seconds:6.2f} s, {pages} pages, "
    f"{queries} queries, {seconds / N * 1000:6.0f} ms a form"
)
sample = officers[:5]
total = sum(job(CARD, officer)[0] for officer in sample)
print(
    f"{len(sample)} work ID cards, one job each: {total:6.2f} s, "
    f"{total / len(sample) * 1000:6.0f} ms a form "
    f"(so {N} one by one: about {total / len(sample) * N:5.1f} s)"
)

data = env["ir.model.data"].search(
    [
        ("model", "=", "ir.actions.report"),
        ("module", "in", ["liaison_service_reports", "liaison_service_portal"]),
    ]
)
for report in env["ir.actions.report"].browse(data.mapped("res_id")).sorted("id"):
    if report.report_type != "qweb-pdf" or report.xml_id == CARD:
        continue
    records = env[report.model].search([])
    seconds, pages, queries = job(report.xml_id, records)
    print(
        f"{report.xml_id.split('.')[1]:<44} {len(records):3d} records "
        f"{seconds:6.2f} s {pages:3d} pages {queries:4d} queries"
    )

env.cr.rollback()
