# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import AccessError, ValidationError
from odoo.tests import tagged

from .common import LiaisonCommon


@tagged("post_install", "-at_install")
class TestVentureProject(LiaisonCommon):
    """Venture library: scoring on the criteria, publication, interest."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Criterion = cls.env["liaison.venture.criterion"]
        Criterion.search([]).write({"active": False})
        cls.market = Criterion.create({"name": "Market", "weight": 3})
        cls.jobs = Criterion.create({"name": "Jobs", "weight": 1, "max_score": 5})
        cls.venture = cls.env["liaison.venture.project"].create(
            {"name": "Homestays", "region_id": cls.township_a.id}
        )

    def test_weighted_score(self):
        """The score is the weighted mean over criteria, averaged over experts."""
        Score = self.env["liaison.venture.score"]
        Score.with_user(self.user_officer_a).create(
            [
                {
                    "venture_id": self.venture.id,
                    "criterion_id": self.market.id,
                    "score": 10,
                },
                {
                    "venture_id": self.venture.id,
                    "criterion_id": self.jobs.id,
                    "score": 0,
                },
            ]
        )
        self.assertAlmostEqual(self.venture.score, 75.0)
        Score.with_user(self.user_office_a).create(
            [
                {
                    "venture_id": self.venture.id,
                    "criterion_id": self.market.id,
                    "score": 5,
                },
                {
                    "venture_id": self.venture.id,
                    "criterion_id": self.jobs.id,
                    "score": 5,
                },
            ]
        )
        # Second expert: (3 * 0.5 + 1 * 1) / 4 = 62.5; mean 68.75.
        self.assertAlmostEqual(self.venture.score, 68.75, places=1)
        with self.assertRaises(ValidationError):
            Score.create(
                {
                    "venture_id": self.venture.id,
                    "criterion_id": self.jobs.id,
                    "score": 6,
                    "expert_id": self.user_leader.id,
                }
            )

    def test_publish_and_interest_to_project(self):
        """The office accepts and publishes; an interest becomes a project."""
        with self.assertRaises(AccessError):
            self.venture.with_user(self.user_officer_a).action_accept()
        with self.assertRaises(AccessError):
            self.venture.with_user(self.user_officer_a).write({"state": "published"})
        venture = self.venture.with_user(self.user_office_a)
        venture.action_accept()
        venture.action_publish()
        self.assertEqual(self.venture.state, "published")
        partner = self.env["res.partner"].create({"name": "New Co", "is_company": True})
        interest = self.env["liaison.venture.interest"].create(
            {
                "venture_id": self.venture.id,
                "person_id": self.env["liaison.returnee.person"]
                .create(
                    {
                        "name": "Wang",
                        "phone": "13800000008",
                        "region_id": self.township_a.id,
                    }
                )
                .id,
                "partner_id": partner.id,
            }
        )
        interest.with_user(self.user_office_a).action_create_project()
        self.assertEqual(interest.project_id.partner_id, partner)
        self.assertEqual(interest.project_id.status, "negotiating")

    def test_public_submission_rate_limit(self):
        """One address submits at most five projects an hour."""
        Venture = self.env["liaison.venture.project"]
        vals = {"name": "Idea", "submitter_phone": "1", "state": "published"}
        created = [Venture._public_submit(vals, "10.0.0.9") for _i in range(6)]
        self.assertTrue(all(created[:5]))
        self.assertFalse(created[5])
        self.assertEqual(created[0].state, "submitted")
        self.assertEqual(created[0].source, "public")
        self.assertTrue(Venture._public_submit(vals, "10.0.0.10"))
