# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import AccessError, UserError, ValidationError

from .test_project_common import ProjectCommon


class TestProject(ProjectCommon):
    def test_default_stage_and_pattern(self):
        """A new project starts in the first stage; 1+N shows the team size."""
        self.assertEqual(
            self.project_a.stage_id,
            self.env.ref("liaison_service.liaison_project_stage_consult"),
        )
        self.assertEqual(self.project_a2.service_pattern, "1+1")
        self.project_a2.assistant_officer_ids += self.officer_a
        self.assertEqual(self.project_a2.service_pattern, "1+2")

    def test_eligibility_by_amount(self):
        """Domestic ≥ 20,000,000 CNY and foreign ≥ 5,000,000 USD qualify."""
        project = self.project_a
        project.investment_amount = 19_999_999
        self.assertFalse(project.is_eligible)
        self.assertIn("20,000,000", project.eligibility_explanation)
        project.investment_amount = 20_000_000
        self.assertTrue(project.is_eligible)
        self.assertIn("Domestic investment", project.eligibility_explanation)
        project.write(
            {
                "investment_source": "foreign",
                "currency_id": self.usd.id,
                "investment_amount": 4_999_999,
            }
        )
        self.assertFalse(project.is_eligible)
        project.investment_amount = 5_000_000
        self.assertTrue(project.is_eligible)
        self.assertIn("Foreign investment", project.eligibility_explanation)

    def test_eligibility_by_flags(self):
        """Key, attracted-investment and designated projects qualify, explained."""
        project = self.project_a
        self.assertFalse(project.is_eligible)
        for flag, text in (
            ("is_key_project", "key project"),
            ("is_attracted_investment", "Attracted-investment"),
            ("is_designated", "Designated"),
        ):
            project[flag] = True
            self.assertTrue(project.is_eligible)
            self.assertIn(text, project.eligibility_explanation)
            project[flag] = False
            self.assertFalse(project.is_eligible)

    def test_override_by_office_with_reason(self):
        """The office overrides the rule with a reason; the override wins."""
        project = self.project_a.with_user(self.user_office_a)
        with self.assertRaisesText(ValidationError, "reason"):
            project.write({"eligibility_override": "eligible"})
        project.write(
            {
                "eligibility_override": "eligible",
                "eligibility_override_reason": "县重点任务",
            }
        )
        self.assertTrue(project.is_eligible)
        self.assertFalse(project.is_eligible_by_rule)
        project.write({"is_key_project": True, "eligibility_override": "not_eligible"})
        self.assertFalse(project.is_eligible)

    def test_override_refused_to_officer(self):
        """An officer serving the project cannot override its eligibility."""
        project = self.project_a.with_user(self.user_officer_a)
        project.name = "Renamed by its officer"
        with self.assertRaisesText(AccessError, "Only the office"):
            project.write(
                {"eligibility_override": "eligible", "eligibility_override_reason": "x"}
            )
        self.assertFalse(self.project_a.eligibility_override)

    def test_bad_amounts(self):
        """Negative or absurd amounts and jobs are refused, nothing changes."""
        project = self.project_a
        project.investment_amount = 1_000_000
        for vals, text in (
            ({"investment_amount": -1}, "negative"),
            ({"funds_landed": -5}, "negative"),
            ({"investment_amount": 2e13}, "not plausible"),
            ({"funds_landed": 1e14}, "not plausible"),
            ({"jobs": -3}, "jobs"),
        ):
            with self.assertRaisesText(ValidationError, text):
                project.write(vals)
            self.assertEqual(project.investment_amount, 1_000_000)
        with self.assertRaisesText(ValidationError, "negative"):
            self.Project.create(self._project_vals(investment_amount=-100))

    def test_officers_consistency(self):
        """The main officer is not also an assistant; assistants need a main."""
        with self.assertRaisesText(ValidationError, "both"):
            self.project_a.assistant_officer_ids = self.officer_a
        with self.assertRaisesText(ValidationError, "main officer"):
            self.Project.create(
                self._project_vals(assistant_officer_ids=[self.officer_a2.id])
            )

    def test_served_records_and_recall(self):
        """A recall requires a replacement, who takes over the open projects."""
        self.assertEqual(self.officer_a._get_served_records(), self.project_a)
        self.assertEqual(self.officer_a2._get_served_records(), self.project_a2)
        officer = self.officer_a2.with_user(self.user_leader)
        # The reason is given to the step (reason wizard), not typed before.
        with self.assertRaisesText(UserError, "replaces"):
            officer.action_recall(reason="测试召回")
        officer.replacement_id = self.officer_a
        officer.action_recall(reason="测试召回")
        self.assertEqual(self.project_a2.assistant_officer_ids, self.officer_a)
        self.assertFalse(self.officer_a2._get_served_records())
        # A closed project is no longer served.
        self.project_a.stage_id = self.env.ref(
            "liaison_service.liaison_project_stage_completed"
        )
        self.assertEqual(self.officer_a._get_served_records(), self.project_a2)

    def test_recall_of_main_officer(self):
        """The replacement of a recalled main officer becomes the main officer."""
        officer = self.officer_a3.with_user(self.user_leader)
        officer.write({"replacement_id": self.officer_a2.id})
        officer.action_recall(reason="测试召回")
        self.assertEqual(self.project_a2.main_officer_id, self.officer_a2)
        self.assertFalse(self.project_a2.assistant_officer_ids)
