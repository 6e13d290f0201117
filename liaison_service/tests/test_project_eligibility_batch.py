# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import tagged

from .test_project_common import ProjectCommon


@tagged("post_install", "-at_install")
class TestEligibilityBatch(ProjectCommon):
    """Eligibility computed for many projects at once (province scale)."""

    def test_batch_equals_one_by_one(self):
        """One call over mixed currencies, sources and flags gives each project
        what it gets alone, with the rates and texts computed once a case."""
        self.env["res.currency.rate"].create(
            {"name": "2020-01-01", "rate": 0.14, "currency_id": self.usd.id}
        )
        amounts = (0, 4_999_999, 5_000_000, 19_999_999, 20_000_000, 40_000_000)
        vals = []
        for n in range(96):
            vals.append(
                self._project_vals(
                    name=f"Eligibility {n}",
                    main_officer_id=self.officer_a.id,
                    investment_source="foreign" if n % 2 else "domestic",
                    currency_id=(self.usd, self.cny)[n // 2 % 2].id,
                    investment_amount=amounts[n % len(amounts)],
                    is_key_project=n % 7 == 0,
                    is_attracted_investment=n % 11 == 0,
                    is_designated=n % 13 == 0,
                )
            )
        projects = self.Project.create(vals)
        fields = ["is_eligible_by_rule", "eligibility_explanation"]
        self.env.add_to_compute(projects._fields[fields[0]], projects)
        projects.flush_recordset(fields)
        batch = {
            p.id: (p.is_eligible_by_rule, p.eligibility_explanation) for p in projects
        }
        self.assertGreater(len(set(batch.values())), 4)
        for project in projects:
            project.invalidate_recordset(fields)
            self.env.add_to_compute(project._fields[fields[0]], project)
            project.flush_recordset(fields)
            reasons = project._get_eligibility_reasons()
            self.assertEqual(batch[project.id][0], bool(reasons))
            self.assertEqual(
                batch[project.id],
                (project.is_eligible_by_rule, project.eligibility_explanation),
            )
