# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date
import io

from openpyxl import load_workbook

from odoo.tests import tagged

from .common import PdfCase


@tagged("post_install", "-at_install")
class TestFieldWorkForms(PdfCase):
    """Service ledger (000 附件4) and roster (003 附件3): Chinese PDF and XLSX,
    totals equal to read_group, read with the reader's rights."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.city = cls._region("江源市", "F519900", "city")
        cls.county = cls._region("临河区", "F519902", parent=cls.city)
        cls.county_b = cls._region("东坪县", "F519903", parent=cls.city)
        cls.department = cls._department("临河区发展和改革局", "F-DRC", cls.county)
        cls.user_office = cls._user(
            "fw_office", "group_office", cls.county, lang="zh_CN"
        )
        cls.user_office_b = cls._user(
            "fw_office_b", "group_office", cls.county_b, lang="zh_CN"
        )
        cls.officer = cls._active_officer(
            "林晓岚", cls.county, cls.department, phone="13800138021"
        )
        cls.officer_2 = cls._active_officer(
            "周海涛", cls.county, cls.department, phone="13800138022"
        )
        key = {"liaison_key_enterprise": True, "liaison_region_id": cls.county.id}
        cls.ent_1 = cls._company("临河新材料科技有限公司", **key)
        cls.ent_2 = cls._company("江源恒达精密制造有限公司", **key)
        Project = cls.env["liaison.project"]
        cny = cls.env.ref("base.CNY").id

        def project(name, partner, investment, landed):
            return Project.create(
                {
                    "name": name,
                    "partner_id": partner.id,
                    "region_id": cls.county.id,
                    "currency_id": cny,
                    "investment_amount": investment,
                    "funds_landed": landed,
                    "main_officer_id": cls.officer.id,
                }
            )

        cls.p_talks = project("冷链物流园项目", cls.ent_1, 30_000_000, 0)
        cls.p_build = project(
            "年产五万吨新材料生产线项目", cls.ent_1, 120_000_000, 35_000_000
        )
        cls.p_done = project("精密零部件技改项目", cls.ent_2, 20_000_000, 20_000_000)
        # Tracking is written at commit time: run it after each change.
        for project, status in (
            (cls.p_build, "construction"),
            (cls.p_done, "construction"),
            (cls.p_done, "completed"),
        ):
            project.status = status
            cls.env.flush_all()
            cls.env.cr.precommit.run()
        cls.projects = cls.p_talks | cls.p_build | cls.p_done
        cls.env["liaison.issue"].create(
            {
                "name": "施工用电增容",
                "partner_id": cls.ent_1.id,
                "project_id": cls.p_build.id,
                "region_id": cls.county.id,
            }
        )
        Roster = cls.env["liaison.key.enterprise.roster"]
        cls.lines = Roster.create(
            [
                {
                    "partner_id": cls.ent_1.id,
                    "officer_id": cls.officer.id,
                    "role": "chief",
                    "region_id": cls.county.id,
                    "date_from": date(2026, 1, 5),
                },
                {
                    "partner_id": cls.ent_1.id,
                    "officer_id": cls.officer_2.id,
                    "role": "staff",
                    "region_id": cls.county.id,
                    "date_from": date(2026, 1, 5),
                },
                {
                    "partner_id": cls.ent_2.id,
                    "officer_id": cls.officer_2.id,
                    "role": "chief",
                    "region_id": cls.county.id,
                    "date_from": date(2026, 1, 5),
                },
            ]
        )

    def _totals(self):
        groups = self.env["liaison.project"]._read_group(
            [("id", "in", self.projects.ids)],
            ["status"],
            ["__count", "investment_amount:sum", "funds_landed:sum"],
        )
        return {status: (count, inv, landed) for status, count, inv, landed in groups}

    def test_ledger_pdf(self):
        """The ledger PDF lists projects by status with history and totals."""
        text = self.printed_text(
            "action_report_service_ledger", self.projects, user=self.user_office
        )
        self.assertInText(
            [
                "临河区联络员工作台账",
                "在谈",
                "在建",
                "竣工",
                "冷链物流园项目",
                "年产五万吨新材料生产线项目",
                "精密零部件技改项目",
                "林晓岚",
                "12000.00",
                "3500.00",
                "17000.00",  # total investment in ten thousand yuan
                "5500.00",
            ],
            text,
        )
        self.assertNotIn("已办结", text)
        self.assertNotIn("Negotiating", text)
        totals = self._totals()
        total = sum(inv for _c, inv, _l in totals.values())
        self.assertIn(f"{total / 10000:.2f}", text)

    def test_ledger_xlsx(self):
        """The XLSX ledger reads back in Chinese with totals equal to read_group."""
        self.authenticate("fw_office", "fw_office")
        ids = ",".join(map(str, self.projects.ids))
        response = self.url_open(f"/liaison/projects/ledger.xlsx?ids={ids}")
        self.assertEqual(response.status_code, 200)
        sheet = load_workbook(io.BytesIO(response.content)).active
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
        self.assertEqual(rows[1][1], "项目")
        self.assertEqual(rows[1][7], "总投资（元）")
        detail = [r for r in rows[2:] if isinstance(r[0], int)]
        self.assertEqual([r[5] for r in detail], ["在谈", "在建", "竣工"])
        done = detail[2]
        self.assertEqual(
            [line.split()[-1] for line in done[6].splitlines()],
            ["在谈", "在建", "竣工"],
        )
        self.assertEqual(detail[1][10], 1, "one open issue on the project under way")
        totals = self._totals()
        subtotals = [
            r for r in rows if isinstance(r[0], str) and r[0].startswith("小计")
        ]
        self.assertEqual(
            [(r[1], r[7], r[8]) for r in subtotals],
            [totals[s] for s in ("negotiating", "construction", "completed")],
        )
        total = rows[-1]
        self.assertEqual(total[0], "合计")
        self.assertEqual(total[1], 3)
        self.assertEqual(total[7], sum(t[1] for t in totals.values()))
        self.assertEqual(total[8], sum(t[2] for t in totals.values()))
        # Another county's office gets an empty ledger for the same ids.
        self.authenticate("fw_office_b", "fw_office_b")
        response = self.url_open(f"/liaison/projects/ledger.xlsx?ids={ids}")
        rows = list(
            load_workbook(io.BytesIO(response.content)).active.iter_rows(
                values_only=True
            )
        )
        self.assertEqual(rows[-1][1], 0)

    def test_roster_pdf_and_xlsx(self):
        """The roster (003 附件3) as PDF and XLSX: chief and staff per enterprise."""
        text = self.printed_text(
            "action_report_key_enterprise_roster", self.lines, user=self.user_office
        )
        self.assertInText(
            [
                "首席服务官及具体分包人情况表",
                "临河新材料科技有限公司",
                "江源恒达精密制造有限公司",
                "林晓岚",
                "周海涛",
                "临河区发展和改革局",
                "13800138021",
            ],
            text,
        )
        self.authenticate("fw_office", "fw_office")
        response = self.url_open("/liaison/roster.xlsx")
        rows = list(
            load_workbook(io.BytesIO(response.content)).active.iter_rows(
                values_only=True
            )
        )
        self.assertEqual(rows[1][2], "首席服务官")
        by_name = {r[1]: r for r in rows[2:]}
        self.assertEqual(by_name["临河新材料科技有限公司"][2], "林晓岚")
        self.assertEqual(by_name["临河新材料科技有限公司"][5], "周海涛")
        self.assertEqual(by_name["江源恒达精密制造有限公司"][2], "周海涛")

    def test_issue_monthly_summary(self):
        """The office's monthly summary of the ledger counts by nature and region."""
        category = self.env["liaison.issue.category"].create({"name": "要素保障"})
        issues = self.env["liaison.issue"].create(
            [
                {
                    "name": f"用地问题{n}",
                    "partner_id": self.ent_2.id,
                    "region_id": self.county.id,
                    "category_id": category.id,
                }
                for n in range(2)
            ]
        )
        issues |= self.env["liaison.issue"].search(
            [("project_id", "=", self.p_build.id)]
        )
        text = self.printed_text(
            "action_report_issue_monthly_summary", issues, user=self.user_office
        )
        self.assertInText(
            [
                "临河区问题办理情况汇总表",
                "要素保障2020",
                "未分类1010",
                "临河区3030",
                "合计3030",
            ],
            text,
        )
