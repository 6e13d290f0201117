# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from odoo.tests import tagged

from .test_field_work_common import ROSTER_START, FieldWorkCommon

WEEK = date(2025, 10, 6)
COMPLIANCE_SPEC = {
    "officer_id": {"fields": {"display_name": {}}},
    "partner_id": {"fields": {"display_name": {}}},
    "week_start": {},
    "due": {},
    "done": {},
    "missed": {},
    "state": {},
    "is_missed": {},
}


@tagged("post_install", "-at_install")
class TestFieldWorkQueries(FieldWorkCommon):
    """Compliance, the officer's week and report generation cost the same
    number of queries for 10 or 500 key enterprises."""

    def _make(self, count, prefix):
        Partner = self.env["res.partner"]
        partners = Partner.create(
            [
                {
                    "name": f"{prefix}企业{i}",
                    "is_company": True,
                    "liaison_key_enterprise": True,
                    "liaison_region_id": self.county_a.id,
                }
                for i in range(count)
            ]
        )
        officer = self._officer(f"{prefix}联络员", None, self.county_a)
        self.Roster.create(
            [
                {
                    "partner_id": p.id,
                    "officer_id": officer.id,
                    "role": "chief",
                    "region_id": self.county_a.id,
                    "date_from": ROSTER_START,
                }
                for p in partners
            ]
        )
        self.Log.create(
            [
                {
                    "name": "走访",
                    "officer_id": officer.id,
                    "kind": "visit",
                    "partner_id": p.id,
                    "date": date(2025, 10, 9),
                }
                for p in partners[: count // 2]
            ]
        )
        self.env.flush_all()
        return officer

    def _count(self, func):
        self.env.invalidate_all()
        return self.count_queries(func)[0]

    def test_queries_do_not_grow(self):
        """Refresh, county overview, officer's week and report generation."""
        small = self._make(10, "S")
        big = self._make(500, "B")
        Compliance = self.Compliance.with_user(self.user_office_a)

        def refresh(officer):
            return lambda: self.Compliance._refresh_weeks([WEEK], officers=officer)

        def week(officer):
            return lambda: Compliance.web_search_read(
                [("week_start", "=", WEEK), ("officer_id", "=", officer.id)],
                COMPLIANCE_SPEC,
                limit=1000,
            )

        def overview(officer):
            return lambda: Compliance.read_group(
                [("week_start", "=", WEEK), ("officer_id", "=", officer.id)],
                ["due:sum", "done:sum", "missed:sum"],
                ["officer_id", "state"],
                lazy=False,
            )

        def generate(officer):
            return lambda: self.Report._generate("monthly", WEEK, officer)

        for make in (refresh, week, overview):
            make(small)()  # warm the caches
            counts = (self._count(make(small)), self._count(make(big)))
            self.assertEqual(counts[0], counts[1], f"{make.__name__}: {counts}")
        # Warm the caches (the due-date parameters).
        self.Report._generate("weekly", WEEK, self.officer_a)
        self.Report._generate("monthly", WEEK, self.officer_a)
        self.assertEqual(self._count(generate(small)), self._count(generate(big)))
        # Many officers at once: the same queries as one.
        self.assertEqual(
            self._count(lambda: self.Report._generate("weekly", WEEK, small)),
            self._count(
                lambda: self.Report._generate(
                    "weekly", WEEK, big | self.officer_a2 | self.officer_b
                )
            ),
        )
        rows = self.Compliance.search(
            [("week_start", "=", WEEK), ("officer_id", "=", big.id)]
        )
        self.assertEqual(len(rows), 500)
        self.assertEqual(sum(rows.mapped("done")), 250)
        report = self.Report.search(
            [("officer_id", "=", big.id), ("period_type", "=", "monthly")]
        )
        self.assertEqual(report.visit_count, 250)
        self.assertEqual(report.missed_visits, 250)
