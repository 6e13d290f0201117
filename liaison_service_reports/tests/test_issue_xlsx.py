# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import io
import json

from openpyxl import load_workbook

from odoo import http
from odoo.tests import tagged

from odoo.addons.liaison_service.tests.common import LiaisonHttpCase

LEDGER_URL = "/liaison/issues/ledger.xlsx"


@tagged("post_install", "-at_install")
class TestIssueLedgerXlsx(LiaisonHttpCase):
    """The issue ledger workbook: detail rows, region × nature totals, access."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        city = cls._region("江源市", "X519900", "city")
        cls.county_a = cls._region("临河区", "X519902", parent=city)
        cls.county_b = cls._region("东坪县", "X519903", parent=city)
        Category = cls.env["liaison.issue.category"]
        cls.cat_land = Category.create({"name": "用地保障"})
        cls.cat_finance = Category.create({"name": "融资需求"})
        cls.enterprise = cls._company("江源恒达精密制造有限公司")
        cls.Issue = cls.env["liaison.issue"]
        # County A: 3 land, 1 finance, 1 without nature; county B: 2 finance.
        plan = [
            (cls.county_a, cls.cat_land, 3),
            (cls.county_a, cls.cat_finance, 1),
            (cls.county_a, Category, 1),
            (cls.county_b, cls.cat_finance, 2),
        ]
        cls.issues = cls.Issue.create(
            [
                {
                    "name": f"台账问题 {region.name} {category.name or '-'} {n}",
                    "partner_id": cls.enterprise.id,
                    "region_id": region.id,
                    "category_id": category.id,
                    **({"active": False} if region == cls.county_b and n else {}),
                }
                for region, category, count in plan
                for n in range(count)
            ]
        )
        cls.issues_a = cls.issues.filtered(lambda i: i.region_id == cls.county_a)
        cls.user_office_a = cls._user("iforms_xlsx_a", "group_office", cls.county_a)
        cls.user_office_b = cls._user("iforms_xlsx_b", "group_office", cls.county_b)

    def _read(self, content):
        workbook = load_workbook(io.BytesIO(content), read_only=True)
        detail, summary = workbook.worksheets
        return list(detail.iter_rows(values_only=True)), list(
            summary.iter_rows(values_only=True)
        )

    def _summary_dict(self, summary_rows):
        """{(region name, nature name): count} and the total row."""
        header = summary_rows[1]
        counts = {}
        for row in summary_rows[2:-1]:
            for col, value in enumerate(row[1:-1], start=1):
                counts[(row[0], header[col])] = value
            self.assertEqual(row[-1], sum(row[1:-1]), "row total")
        return counts, summary_rows[-1]

    def test_ledger_totals_match_read_group(self):
        """Per region × nature counts are those of read_group; one row per issue."""
        Export = self.env["liaison.issue.xlsx.export"]
        detail, summary = self._read(Export._generate_xlsx(self.issues))
        self.assertEqual(len(detail) - 2, len(self.issues))
        exported_ids = {row[1] for row in detail[2:]}
        self.assertEqual(exported_ids, set(self.issues.ids))
        counts, total_row = self._summary_dict(summary)
        expected = {}
        no_nature = self.env._("No Nature")
        for region, category, count in self.Issue.with_context(
            active_test=False
        )._read_group(
            [("id", "in", self.issues.ids)], ["region_id", "category_id"], ["__count"]
        ):
            key = (region.complete_name, category.complete_name or no_nature)
            expected[key] = count
        self.assertEqual({k: v for k, v in counts.items() if v}, expected)
        # By hand: the plan of setUpClass.
        self.assertEqual(counts[(self.county_a.complete_name, "用地保障")], 3)
        self.assertEqual(counts[(self.county_b.complete_name, "融资需求")], 2)
        self.assertEqual(counts[(self.county_b.complete_name, "用地保障")], 0)
        self.assertEqual(total_row[-1], len(self.issues))
        self.assertEqual(sum(total_row[1:-1]), len(self.issues))

    def test_ledger_headers_translated(self):
        """Headers are the English source strings translated to the user's lang."""
        Export = self.env["liaison.issue.xlsx.export"]
        detail, _summary = self._read(Export._generate_xlsx(self.issues_a))
        self.assertEqual(detail[1][2], self.env._("Subject"))
        self.assertEqual(len(detail[1]), len(Export._ledger_columns()))
        lang = self.env["res.lang"]._activate_lang("zh_CN")
        if lang:
            self.env["ir.module.module"].search(
                [("name", "=", "liaison_service_reports")]
            )._update_translations(["zh_CN"])
            zh = Export.with_context(lang="zh_CN")
            detail, _summary = self._read(zh._generate_xlsx(self.issues_a))
            self.assertEqual(detail[0][0], "问题台账")
            self.assertIn("属地", detail[1])

    def test_ledger_query_count_constant(self):
        """Exporting 10 or 1,000 issues costs the same number of queries."""
        categories = self.cat_land | self.cat_finance
        # Warm the caches (language, xml ids) once.
        self.env["liaison.issue.xlsx.export"]._generate_xlsx(self.issues)
        queries = []
        for size in (10, 1000):
            issues = self.Issue.create(
                [
                    {
                        "name": f"批量问题 {n}",
                        "partner_id": self.enterprise.id,
                        "region_id": (self.county_a, self.county_b)[n % 2].id,
                        "category_id": categories[n % 2].id,
                    }
                    for n in range(size)
                ]
            )
            self.env.invalidate_all()
            issues = self.Issue.browse(issues.ids)
            Export = self.env["liaison.issue.xlsx.export"]
            count, content = self.count_queries(Export._generate_xlsx, issues)
            queries.append(count)
            detail, _summary = self._read(content)
            self.assertEqual(len(detail) - 2, size)
        self.assertEqual(queries[0], queries[1], f"queries for 10 / 1000: {queries}")

    def _post_ledger(self, domain):
        return self.url_open(
            LEDGER_URL,
            data={
                "domain": json.dumps(domain),
                "csrf_token": http.Request.csrf_token(self),
            },
        )

    def test_controller_office_user(self):
        """An office user downloads the ledger of a domain (POSTed, no id in
        the URL): the issues of its county only, sorted by region and nature."""
        self.authenticate("iforms_xlsx_a", "iforms_xlsx_a")
        response = self._post_ledger([("id", "in", self.issues.ids)])
        self.assertEqual(response.status_code, 200)
        self.assertIn("spreadsheetml", response.headers["Content-Type"])
        self.assertIn(".xlsx", response.headers["Content-Disposition"])
        detail, _summary = self._read(response.content)
        self.assertEqual({row[1] for row in detail[2:]}, set(self.issues_a.ids))
        response = self._post_ledger([("category_id", "=", self.cat_land.id)])
        detail, summary = self._read(response.content)
        self.assertEqual(len(detail) - 2, 3)
        self.assertEqual(summary[-1][-1], 3)
        # Without a domain: every issue it may read.
        detail, _summary = self._read(self.url_open(LEDGER_URL).content)
        self.assertEqual({row[1] for row in detail[2:]}, set(self.issues_a.ids))

    def test_controller_other_county_gets_nothing(self):
        """A county-B office user asking for county-A ids gets none of them."""
        self.authenticate("iforms_xlsx_b", "iforms_xlsx_b")
        response = self._post_ledger([("id", "in", self.issues_a.ids)])
        self.assertEqual(response.status_code, 200)
        detail, summary = self._read(response.content)
        self.assertEqual(len(detail), 2, "county B must not see county A's issues")
        self.assertEqual(summary[-1][-1], 0)

    def test_controller_bad_domain(self):
        """A domain that is not one is refused."""
        self.authenticate("iforms_xlsx_a", "iforms_xlsx_a")
        for domain in ("[('id', '=', 1", json.dumps([["no_such_field", "=", 1]])):
            response = self.url_open(
                LEDGER_URL,
                data={"domain": domain, "csrf_token": http.Request.csrf_token(self)},
            )
            self.assertEqual(response.status_code, 400, domain)

    def test_server_action_download(self):
        """The list action sends the list's domain when all are selected, else
        the selection, to be POSTed: never ids in a URL."""
        action = self.env.ref(
            "liaison_service_reports.liaison_issue_action_export_ledger_xlsx"
        )
        result = action.with_context(
            active_model="liaison.issue", active_ids=self.issues_a.ids
        ).run()
        self.assertEqual(result["type"], "ir.actions.client")
        self.assertEqual(result["tag"], "liaison_issue_ledger_download")
        self.assertEqual(result["params"]["url"], LEDGER_URL)
        self.assertEqual(result["params"]["domain"], [("id", "in", self.issues_a.ids)])
        domain = [["region_id", "=", self.county_a.id]]
        result = action.with_context(
            active_model="liaison.issue",
            active_ids=self.issues_a[:1].ids,
            active_domain=domain,
        ).run()
        self.assertEqual(result["params"]["domain"], domain)
