# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .test_issue_common import IssueCommon


@tagged("post_install", "-at_install")
class TestIssueKpi(IssueCommon):
    """KPIs on a hand-made set of six issues in a county of their own."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Kpi = cls.env["liaison.issue.kpi"]
        cls.county_k = cls.env["liaison.region"].create(
            {
                "name": "County K",
                "code": "K",
                "level": "county",
                "parent_id": cls.city.id,
            }
        )
        cls.user_office_k = cls._user("t_office_k", "group_office", cls.county_k)
        issues = cls.Issue.create(
            [cls._issue_vals(name=f"K{n}", region_id=cls.county_k.id) for n in range(6)]
        )
        cls.issues = issues
        i1, i2, i3, i4, _i5, i6 = issues
        closed, progress = cls.stage_closed, cls.stage_in_progress
        rows = [
            # issue, accepted, response dl, resolution dl, solved, closed, stage
            (
                i1,
                "2025-09-01",
                "2025-09-04",
                "2025-09-10",
                "2025-09-05",
                "2025-09-08",
                closed,
            ),
            (
                i2,
                "2025-09-01",
                "2025-09-04",
                "2025-09-10",
                "2025-09-12",
                "2025-09-15",
                closed,
            ),
            (i3, "2025-09-02", "2025-09-05", "2025-09-12", False, False, progress),
            (
                i4,
                "2025-10-09",
                "2025-10-10",
                "2025-10-20",
                "2025-10-10",
                "2025-10-13",
                closed,
            ),
            (
                i6,
                "2025-09-03",
                "2025-09-04",
                "2025-09-05",
                False,
                False,
                cls.stage_rejected,
            ),
        ]
        for issue, accepted, response, resolution, solved, closed_on, stage in rows:
            issue.sudo().write({"date_accepted": accepted, "stage_id": stage.id})
            issue.sudo().write(
                {
                    "response_deadline": response,
                    "resolution_deadline": resolution,
                    "date_solved": solved,
                    "date_closed": closed_on,
                }
            )
        Assignment = cls.Assignment.sudo()
        for issue, department, assigned, sent in (
            (i1, cls.dept_a, "2025-09-02", "2025-09-02"),
            (i2, cls.dept_a, "2025-09-05", "2025-09-05"),
            (i3, cls.dept_a2, "2025-09-03", "2025-09-03"),
            (i4, cls.dept_a, "2025-10-09", False),
            (i4, cls.dept_a2, "2025-10-10", False),
        ):
            Assignment.create(
                {
                    "issue_id": issue.id,
                    "lead_department_id": department.id,
                    "date_assigned": assigned,
                    "deadline": "2025-12-31",
                    "sent_on": sent,
                    "state": "sent" if sent else "draft",
                }
            )
        cls._rate(issues, ((i1, 5), (i2, 3), (i4, 4)))
        cls.env.flush_all()
        cls.domain = [("region_id", "=", cls.county_k.id)]

    def _figures(self, groupby):
        return {
            key: values
            for key, *values in self.Kpi._read_group(
                self.domain,
                groupby,
                [
                    "issue_count:sum",
                    "responded_count:sum",
                    "resolved_count:sum",
                    "overdue_count:sum",
                    "rated_count:sum",
                    "satisfied_count:sum",
                    "response_rate:avg",
                    "resolution_rate:avg",
                    "satisfaction_rate:avg",
                    "days_to_close:avg",
                ],
            )
        }

    def test_totals(self):
        """Region totals match the figures counted by hand."""
        # responded: K0 (sent 09-02), K2 (sent 09-03), K3 (solved 10-10) = 3/6;
        # resolved: K0 K1 K3 = 3/6; overdue: K1 (solved late), K2 (open) = 2;
        # satisfied: 5 and 4 of 5, 3, 4 = 2/3; days: (7 + 14 + 4) / 3.
        figures = self._figures(["region_id"])[self.county_k]
        self.assertEqual(figures[:6], [6, 3, 3, 2, 3, 2])
        self.assertAlmostEqual(figures[6], 50.0)
        self.assertAlmostEqual(figures[7], 50.0)
        self.assertAlmostEqual(figures[8], 200 / 3)
        self.assertAlmostEqual(figures[9], 25 / 3)

    def test_department_and_period(self):
        """By department (latest assignment) and by month of acceptance."""
        by_department = self._figures(["department_id"])
        self.assertEqual(by_department[self.dept_a][:4], [2, 1, 2, 1])
        self.assertEqual(by_department[self.dept_a2][:4], [2, 2, 1, 1])
        self.assertEqual(by_department[self.env["liaison.department"]][0], 2)
        by_month = {
            str(key): values[0]
            for key, values in self._figures(["period:month"]).items()
        }
        self.assertEqual(by_month["2025-09-01"], 4)
        self.assertEqual(by_month["2025-10-01"], 1)
        ranking = self.Kpi.get_department_ranking(self.domain)
        self.assertEqual(
            [r["department_id"] for r in ranking], [self.dept_a, self.dept_a2]
        )
        self.assertEqual([r["resolution_rate"] for r in ranking], [100.0, 50.0])

    def test_access(self):
        """County offices see only their jurisdiction's figures."""
        self.assertEqual(self.Kpi.with_user(self.user_office_k).search_count([]), 6)
        self.assertFalse(
            self.Kpi.with_user(self.user_office_a).search_count(self.domain)
        )
        self.assertEqual(
            self.Kpi.with_user(self.user_leader).search_count(self.domain), 6
        )

    def test_query_count(self):
        """A KPI read_group costs the same with 10 and 500 issues."""
        Kpi = self.Kpi.with_user(self.user_office_k)

        def read():
            Kpi.invalidate_model()
            return Kpi.read_group(
                [],
                ["issue_count:sum", "resolution_rate:avg", "days_to_close:avg"],
                ["department_id", "period:month"],
                lazy=False,
            )

        self.Issue.create([self._issue_vals(name="N", region_id=self.county_k.id)] * 4)
        self.env.flush_all()
        read()
        small = self.count_queries(read)[0]
        self.Issue.create(
            [self._issue_vals(name="N", region_id=self.county_k.id)] * 490
        )
        self.env.flush_all()
        read()
        self.assertEqual(self.count_queries(read)[0], small)
        self.assertEqual(sum(g["issue_count"] for g in read()), 500)

    # ---- Materialised figures (province scale) ----
    def _from_scratch(self):
        """Per-issue figures computed from the source tables by the definition
        of the former SQL view (recomputed on every read)."""
        self.env.flush_all()
        self.env.cr.execute(LEGACY_KPI_QUERY)
        return {row[0]: row[1:] for row in self.env.cr.fetchall()}

    def _materialised(self):
        self.env.flush_all()
        self.env.cr.execute(
            """SELECT id, region_id, department_id, officer_id, category_id,
                      type_id, period, responded_count, resolved_count,
                      overdue_count, rated_count, satisfied_count,
                      days_to_close::int
                 FROM liaison_issue_kpi"""
        )
        return {row[0]: row[1:] for row in self.env.cr.fetchall()}

    def test_materialised_figures_follow_every_change(self):
        """The kept figures equal the former view's, before and after changes
        to issues, assignments, stages and ratings."""
        self.assertEqual(self._materialised(), self._from_scratch())
        i1, i2, i3, i4, i5, i6 = self.issues
        # An issue closed out, another reassigned, an assignment deleted.
        i3.sudo().write(
            {
                "stage_id": self.stage_closed.id,
                "date_solved": "2025-09-20",
                "date_closed": "2025-09-22",
            }
        )
        self.Assignment.sudo().create(
            {
                "issue_id": i5.id,
                "lead_department_id": self.dept_a2.id,
                "date_assigned": "2025-09-03",
                "deadline": "2025-12-31",
                "sent_on": "2025-09-03",
                "state": "sent",
            }
        )
        self.Assignment.sudo().search([("issue_id", "=", i4.id)], limit=1).unlink()
        i1.assignment_ids.sudo().write({"lead_department_id": self.dept_a2.id})
        self.assertEqual(self._materialised(), self._from_scratch())
        # Archived, moved, deleted, rated, new.
        i2.sudo().active = False
        i6.sudo().region_id = self.county_a
        k7 = self.Issue.sudo().create(
            self._issue_vals(name="K7", region_id=self.county_k.id)
        )
        i4.sudo().rating_last_value = 2
        self.assertEqual(self._materialised(), self._from_scratch())
        i2.sudo().active = True
        k7.unlink()
        # A stage changing meaning recomputes its issues.
        self.stage_in_progress.sudo().is_closed = True
        self.assertEqual(self._materialised(), self._from_scratch())
        self.assertEqual(self._figures(["region_id"])[self.county_k][0], 5)

    def test_close_out_before_acceptance_refused(self):
        """Days to close cannot be negative: close-out before acceptance fails."""
        i1 = self.issues[0]
        with self.assertRaises(ValidationError):
            i1.sudo().write({"date_closed": "2025-08-01"})
        self.assertEqual(str(i1.date_closed), "2025-09-08")
        with self.assertRaises(ValidationError):
            i1.sudo().write({"date_accepted": "2025-09-10"})
        self.assertGreaterEqual(
            min(
                self.Kpi.search_fetch(self.domain, ["days_to_close"]).mapped(
                    "days_to_close"
                )
            ),
            0,
        )

    # ---- Display (issue 9) ----
    def test_ranking_numbered_and_total_from_counts(self):
        """The ranking is numbered best first; its total divides summed counts."""
        extra = self.Issue.create(
            self._issue_vals(name="K8", region_id=self.county_k.id)
        )
        self.Assignment.sudo().create(
            {
                "issue_id": extra.id,
                "lead_department_id": self.dept_a2.id,
                "date_assigned": "2025-09-03",
                "deadline": "2025-12-31",
                "sent_on": "2025-09-03",
                "state": "sent",
            }
        )
        Kpi = self.Kpi.with_user(self.user_office_k)
        action = Kpi.action_open_department_ranking()
        lines = (
            self.env["liaison.department.ranking"]
            .with_user(self.user_office_k)
            .search(action["domain"])
        )
        self.assertEqual(
            [(line.rank, line.name) for line in lines],
            [(1, self.dept_a.name), (2, self.dept_a2.name), (3, "Total")],
        )
        self.assertEqual(lines.mapped("issue_count"), [2, 3, 5])
        self.assertAlmostEqual(lines[1].resolution_rate, 100 / 3)
        # 3 resolved of 5, not the average (100 + 33.33) / 2 of the rates.
        self.assertAlmostEqual(lines[2].resolution_rate, 60.0)
        self.assertEqual(lines[2].resolved_count, 3)
        # Another office does not read these lines.
        self.assertFalse(
            self.env["liaison.department.ranking"]
            .with_user(self.user_office_a)
            .search([("id", "in", lines.ids)])
        )

    def test_month_headers_in_language_pattern(self):
        """Months read 2025年9月 in Chinese, not 九月 2025."""
        self.env["res.lang"]._activate_lang("zh_CN")
        groups = self.Kpi.with_context(lang="zh_CN").read_group(
            self.domain, ["issue_count:sum"], ["period:month"]
        )
        labels = [g["period:month"] for g in groups]
        self.assertIn("2025年9月", labels)
        self.assertIn("2025年10月", labels)

    def test_graph_without_empty_bar(self):
        """The default graph groups by region (always set): no empty bar."""
        arch = self.Kpi.get_views([(False, "graph")])["views"]["graph"]["arch"]
        self.assertIn('name="region_id"', arch)
        groups = self.Kpi.read_group(
            self.domain, ["resolution_rate:avg"], ["region_id"]
        )
        self.assertTrue(all(g["region_id"] for g in groups))


LEGACY_KPI_QUERY = """
    WITH assignment AS (
        SELECT issue_id,
               (ARRAY_AGG(lead_department_id
                          ORDER BY date_assigned DESC, id DESC))[1] AS department_id,
               MIN(sent_on) AS first_sent_on
          FROM liaison_assignment
         GROUP BY issue_id
    )
    SELECT i.id, i.region_id, a.department_id, i.officer_id, i.category_id,
           i.type_id,
           DATE_TRUNC('month', COALESCE(i.date_accepted, i.create_date::date))::date,
           CASE WHEN LEAST(a.first_sent_on, i.date_solved) <= i.response_deadline
                THEN 1 ELSE 0 END,
           CASE WHEN s.is_closed THEN 1 ELSE 0 END,
           CASE WHEN NOT COALESCE(s.is_rejected, FALSE)
                 AND i.resolution_deadline IS NOT NULL
                 AND COALESCE(i.date_solved, CURRENT_DATE) > i.resolution_deadline
                THEN 1 ELSE 0 END,
           CASE WHEN i.rating_last_value > 0 THEN 1 ELSE 0 END,
           CASE WHEN i.rating_last_value >= 4 THEN 1 ELSE 0 END,
           CASE WHEN s.is_closed THEN i.date_closed - i.date_accepted END
      FROM liaison_issue i
      LEFT JOIN liaison_issue_stage s ON s.id = i.stage_id
      LEFT JOIN assignment a ON a.issue_id = i.id
     WHERE i.active
"""
