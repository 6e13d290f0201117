# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import tagged

from .test_issue_common import IssueCommon


@tagged("post_install", "-at_install")
class TestAppraisalPerformance(IssueCommon):
    """Bulletins and appraisals cost as many queries for a big county as a small."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.scheme = cls._appraisal_scheme(
            "Scheme",
            2025,
            [
                ("Issues", "issues", 50),
                ("Sat", "satisfaction", 30),
                ("Bull", "bulletins", 10),
                ("Disc", "discipline", 10),
            ],
        )

    def _county(self, code, size):
        """A county with ``size`` departments, officers, issues and notices."""
        county = self.env["liaison.region"].create(
            {"name": code, "code": code, "level": "county", "parent_id": self.city.id}
        )
        departments = self.env["liaison.department"].create(
            [
                {"name": f"{code} D{n}", "code": f"{code}-{n}", "region_id": county.id}
                for n in range(size)
            ]
        )
        officers = self.env["liaison.officer"].create(
            [
                {
                    "name": f"{code} O{n}",
                    "region_id": county.id,
                    "department_id": departments[n].id,
                    "state": "active",
                }
                for n in range(size)
            ]
        )
        issues = self.Issue.create(
            [
                self._issue_vals(
                    name=f"{code} I{n}",
                    region_id=county.id,
                    officer_id=officers[n].id,
                )
                for n in range(size)
            ]
        )
        issues.sudo().write({"date_accepted": "2025-10-06"})
        self.Assignment.sudo().create(
            [
                {
                    "issue_id": issue.id,
                    "lead_department_id": departments[n].id,
                    "date_assigned": "2025-10-06",
                    "deadline": "2025-10-15",
                    "sent_on": "2025-10-06",
                    "replied_on": "2025-10-20" if n % 2 else "2025-10-10",
                    "state": "replied",
                }
                for n, issue in enumerate(issues)
            ]
        )
        office = self._user(f"t_office_{code}", "group_office", county)
        self.env.flush_all()
        return county, office

    def _flushed_queries(self, action):
        """The queries of ``action`` from a clean cache to its last write."""

        def run():
            action()
            self.env.flush_all()

        self.env.invalidate_all()
        return self.count_queries(run)[0]

    def _queries(self, county, office):
        bulletin = (
            self.env["liaison.bulletin"]
            .with_user(office)
            .create(
                {
                    "title": "Q4",
                    "region_id": county.id,
                    "date_from": "2025-10-01",
                    "date_to": "2025-12-31",
                }
            )
        )
        appraisal = (
            self.env["liaison.appraisal"]
            .with_user(office)
            .create(
                {"name": "2025", "scheme_id": self.scheme.id, "region_id": county.id}
            )
        )
        self.env.flush_all()
        generate, compute = (
            self._flushed_queries(bulletin.action_generate),
            self._flushed_queries(appraisal.action_compute),
        )
        return generate, compute, len(bulletin.line_ids), len(appraisal.line_ids)

    def test_queries_do_not_grow(self):
        """10 or 90 departments, officers and issues: the same queries.

        (The ORM inserts new rows 100 at a time: 90 keeps one batch.)
        """
        small = self._queries(*self._county("PS", 10))
        large = self._queries(*self._county("PL", 90))
        # Half the departments late, two ledger gaps, three praised, three
        # criticised; one appraisal line per officer.
        self.assertEqual((small[2], small[3]), (5 + 2 + 3 + 3, 10))
        self.assertEqual((large[2], large[3]), (45 + 2 + 3 + 3, 90))
        self.assertEqual(small[:2], large[:2])
