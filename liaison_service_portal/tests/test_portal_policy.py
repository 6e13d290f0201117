# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import re

from dateutil.relativedelta import relativedelta

from odoo import fields
from odoo.tests import tagged

from odoo.addons.liaison_service.tests.common import LiaisonHttpCase


@tagged("post_install", "-at_install")
class TestPortalPolicy(LiaisonHttpCase):
    """Policies on the portal: matching, applying, the decision; the public
    venture project library with its anti-spam guards."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.region = cls._region("政策测试区", "ZC01")
        cls.department = cls._department("政策测试人社局", "ZC-RS", cls.region)
        cny = cls.env.ref("base.CNY")
        cny.active = True
        cls.fund = cls.env["liaison.policy.fund"].create(
            {"name": "门户测试资金", "budget": 1000000, "currency_id": cny.id}
        )
        cls.policy = cls.env["liaison.policy"].create(
            {
                "name": "门户岗位补贴",
                "kind": "job",
                "department_id": cls.department.id,
                "amount_per_job": 2000,
                "one_time": True,
                "fund_id": cls.fund.id,
                "currency_id": cny.id,
                "amount_rule": "每个岗位2000元",
                "condition_ids": [
                    (
                        0,
                        0,
                        {
                            "criterion": "employees_contracted",
                            "operator": ">=",
                            "value": 1,
                        },
                    )
                ],
            }
        )
        cls.partner_a = cls._company("甲返乡企业")
        cls.partner_b = cls._company("乙返乡企业")
        cls.user_a = cls._portal_user("zc_portal_a", cls.partner_a)
        cls.user_b = cls._portal_user("zc_portal_b", cls.partner_b)
        Enterprise = cls.env["liaison.returnee.enterprise"]
        today = fields.Date.today()
        cls.enterprise_a = Enterprise.create(
            {
                "partner_id": cls.partner_a.id,
                "region_id": cls.region.id,
                "licence_date": today - relativedelta(months=20),
                "employees_contracted": 3,
                "social_insurance": True,
            }
        )
        cls.enterprise_b = Enterprise.create(
            {
                "partner_id": cls.partner_b.id,
                "region_id": cls.region.id,
                "licence_date": today - relativedelta(months=20),
                "employees_contracted": 0,
            }
        )
        cls.user_department = cls._user(
            "zc_dept", "group_department", department=cls.department
        )

    def _csrf(self, url):
        response = self.url_open(url)
        self.assertEqual(response.status_code, 200)
        return re.search(r'name="csrf_token" value="([^"]+)"', response.text).group(1)

    def test_policy_tour(self):
        """The enterprise sees its policy, applies with a file, sees the decision."""
        self.start_tour(
            "/my/liaison/policies", "liaison_portal_policy_tour", login="zc_portal_a"
        )
        application = self.env["liaison.policy.application"].search(
            [("enterprise_id", "=", self.enterprise_a.id)]
        )
        self.assertEqual(len(application), 1)
        self.assertEqual(application.state, "submitted")
        self.assertEqual(application.channel, "portal")
        self.assertEqual(application.jobs_claimed, 2)
        self.assertEqual(application.attachment_ids.name, "labour_contracts.pdf")
        # The issuing department decides between the two parts of the tour.
        application.with_user(self.user_department).action_approve()
        self.assertEqual(application.amount_approved, 4000)
        self.start_tour(
            "/my/liaison/policies",
            "liaison_portal_policy_decision_tour",
            login="zc_portal_a",
        )

    def test_not_eligible_enterprise_cannot_apply(self):
        """An enterprise without contracted employees neither sees nor applies."""
        self.authenticate("zc_portal_b", "zc_portal_b")
        page = self.url_open("/my/liaison/policies")
        self.assertNotIn("门户岗位补贴", page.text)
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
        csrf = token.group(1) if token else self._csrf("/liaison/ventures/submit")
        response = self.url_open(
            f"/my/liaison/policies/{self.policy.id}/apply",
            data={"csrf_token": csrf, "jobs_claimed": "5"},
            files={"attachments": ("a.pdf", b"%PDF-1.4", "application/pdf")},
        )
        self.assertEqual(response.status_code, 400)
        self.assertFalse(
            self.env["liaison.policy.application"].search(
                [("enterprise_id", "=", self.enterprise_b.id)]
            )
        )

    def test_other_enterprise_application_hidden(self):
        """An enterprise cannot open another enterprise's application."""
        application = self.env["liaison.policy.application"].create(
            {"enterprise_id": self.enterprise_a.id, "policy_id": self.policy.id}
        )
        self.authenticate("zc_portal_b", "zc_portal_b")
        response = self.url_open(
            f"/my/liaison/applications/{application.id}", allow_redirects=False
        )
        # Refused with a page that says so (403), not a silent redirect.
        self.assertIn(response.status_code, (403, 404))
        self.assertIn("o_liaison_refused", response.text)
        self.authenticate("zc_portal_a", "zc_portal_a")
        response = self.url_open(f"/my/liaison/applications/{application.id}")
        self.assertEqual(response.status_code, 200)

    def test_portal_page_query_count(self):
        """The enterprise's policy page costs the same for 10 and 200 applications."""
        Application = self.env["liaison.policy.application"]

        def create(count):
            Application.create(
                [
                    {
                        "enterprise_id": self.enterprise_a.id,
                        "policy_id": self.policy.id,
                        "jobs_claimed": 1,
                    }
                    for _i in range(count)
                ]
            )

        self.authenticate("zc_portal_a", "zc_portal_a")
        create(10)
        self.assertPageQueriesConstant("/my/liaison/policies", lambda: create(190))

    def test_public_venture_submission(self):
        """The public form needs no login; CSRF, honeypot and rate limit hold."""
        Venture = self.env["liaison.venture.project"]
        before = Venture.search_count([])
        values = {"name": "返乡民宿", "submitter_phone": "13800000000"}
        # Without the CSRF token: refused.
        response = self.url_open("/liaison/ventures/submit", data=values)
        self.assertEqual(response.status_code, 400)
        self.assertEqual(Venture.search_count([]), before)
        csrf = self._csrf("/liaison/ventures/submit")
        # A robot fills the hidden field: nothing is stored.
        response = self.url_open(
            "/liaison/ventures/submit",
            data=dict(values, csrf_token=csrf, website_url="http://spam.example"),
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(Venture.search_count([]), before)
        # Three real submissions from one session, then the session limit.
        for _i in range(3):
            response = self.url_open(
                "/liaison/ventures/submit", data=dict(values, csrf_token=csrf)
            )
            self.assertEqual(response.status_code, 200)
        self.assertEqual(Venture.search_count([]), before + 3)
        created = Venture.search([], order="id desc", limit=1)
        self.assertEqual(created.source, "public")
        self.assertEqual(created.state, "submitted")
        response = self.url_open(
            "/liaison/ventures/submit", data=dict(values, csrf_token=csrf)
        )
        self.assertEqual(response.status_code, 429)
        self.assertEqual(Venture.search_count([]), before + 3)
        # Published projects are listed on the public page, others are not.
        created.with_user(self.env.ref("base.user_admin")).action_accept()
        self.assertNotIn(created.name, self.url_open("/liaison/ventures").text)
        created.action_publish()
        self.assertIn(created.name, self.url_open("/liaison/ventures").text)
