# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""The trust boundary from the browser: routes an anonymous visitor or a
logged-in user can send, and the saves of issue 9 clicked in Chromium."""

from odoo import Command, http
from odoo.tests import JsonRpcException, tagged

from .common import LiaisonHttpCase

ISSUES = "/odoo/action-liaison_service.liaison_issue_action"
ASSIGNMENTS = "/odoo/action-liaison_service.liaison_assignment_action"


@tagged("post_install", "-at_install", "trust_boundary")
class TestTrustBoundaryHttp(LiaisonHttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        env = cls.env
        cls.county_a = cls._region("Trust County A", "TCA")
        cls.county_b = cls._region("Trust County B", "TCB")
        cls.land = cls._department("Trust Land Bureau", "T-L", cls.county_a)
        cls.housing = cls._department("Trust Housing Bureau", "T-H", cls.county_a)
        cls.office = cls._user("trust_office", "group_office", cls.county_a)
        cls.officer_user = cls._user("trust_officer", "group_officer", cls.county_a)
        cls.guide = cls._user("trust_guide", "group_department", department=cls.land)
        cls.enterprise = cls._company("Trust Enterprise A")
        cls.officer = cls._active_officer(
            "Trust Officer A", cls.county_a, cls.land, cls.officer_user
        )
        cls.issue = env["liaison.issue"].create(
            {
                "name": "Trust Issue",
                "partner_id": cls.enterprise.id,
                "region_id": cls.county_a.id,
                "officer_id": cls.officer.id,
                "type_id": env.ref("liaison_service.liaison_issue_type_urgent").id,
            }
        )
        cls.issue.action_accept()
        cls.project = cls._project(
            "Trust Project", cls.enterprise, cls.county_a, cls.officer
        )

    @classmethod
    def _user(cls, login, group, region=None, department=None, **values):
        """Users with Odoo's onboarding tours off."""
        return super()._user(
            login, group, region, department, tour_enabled=False, **values
        )

    # ---- Issue 9: the saves, from the screen ----
    def test_tour_new_issue_as_office(self):
        """问题台账 → 新建 → 保存 as the office (break 1)."""
        self.start_tour(
            f"{ISSUES}/new", "liaison_trust_new_issue_office", login="trust_office"
        )
        issue = self.env["liaison.issue"].search([("name", "=", "办公室登记的问题")])
        self.assertEqual(issue.partner_id, self.enterprise)
        self.assertEqual(issue.escalation_level, "officer")

    def test_tour_new_issue_as_officer(self):
        """问题台账 → 新建 → 保存 as the officer after a visit (break 1)."""
        self.start_tour(
            f"{ISSUES}/new", "liaison_trust_new_issue_officer", login="trust_officer"
        )
        issue = self.env["liaison.issue"].search([("name", "=", "走访发现的问题")])
        self.assertEqual(issue.officer_id, self.officer)

    def test_tour_assign_from_issue(self):
        """交办 on the issue form saves a new notice (break 2)."""
        self.start_tour(
            f"{ISSUES}/{self.issue.id}",
            "liaison_trust_assign_issue",
            login="trust_office",
        )
        notice = self.issue.assignment_ids
        self.assertEqual(len(notice), 1)
        self.assertEqual(notice.state, "draft")
        self.assertEqual(notice.lead_department_id, self.land)

    def test_tour_department_reply(self):
        """The lead department replies from the form although the notice has
        a cooperating department (break 3)."""
        notice = self.env["liaison.assignment"].create(
            {
                "issue_id": self.issue.id,
                "lead_department_id": self.land.id,
                "cooperating_department_ids": [Command.set(self.housing.ids)],
            }
        )
        notice.action_approve()
        notice.action_send()
        notice.with_user(self.guide).action_sign()
        self.start_tour(
            f"{ASSIGNMENTS}/{notice.id}",
            "liaison_trust_department_reply",
            login="trust_guide",
        )
        self.assertEqual(notice.state, "replied")
        self.assertIn("用地预审", notice.reply)

    # ---- Routes an anonymous visitor or another user can send ----
    def test_anonymous_report_urls(self):
        """An anonymous visitor gets no printed form, html or pdf."""
        for kind in ("html", "pdf"):
            for report in ("report_project_completion", "report_project_schedule"):
                response = self.url_open(
                    f"/report/{kind}/liaison_service_reports.{report}/{self.project.id}",
                    allow_redirects=False,
                )
                self.assertNotEqual(response.status_code, 200, (kind, report))
                self.assertNotIn(b"Trust Project", response.content)

    def test_rpc_with_context_key_refused(self):
        """JSON-RPC with the removed context keys changes nothing."""
        self.authenticate("trust_officer", "trust_officer")
        for key in ("liaison_issue_action", "liaison_officer_workflow"):
            with self.assertRaises(JsonRpcException):
                self.make_jsonrpc_request(
                    "/web/dataset/call_kw/liaison.issue/write",
                    {
                        "model": "liaison.issue",
                        "method": "write",
                        "args": [[self.issue.id], {"date_closed": "2030-01-01"}],
                        "kwargs": {"context": {key: True}},
                    },
                )
        self.issue.invalidate_recordset()
        self.assertFalse(self.issue.date_closed)

    def test_rpc_bad_value_shows_no_sql(self):
        """A string for an id is refused in words, not with SQL text."""
        self.authenticate("trust_office", "trust_office")
        with self.assertRaises(Exception) as catcher:
            self.make_jsonrpc_request(
                "/web/dataset/call_kw/liaison.issue/write",
                {
                    "model": "liaison.issue",
                    "method": "write",
                    "args": [[self.issue.id], {"partner_id": "abc"}],
                    "kwargs": {},
                },
            )
        self.assertNotIn("LINE 1", str(catcher.exception))
        self.assertNotIn("invalid input syntax", str(catcher.exception))

    def test_core_rate_route_once(self):
        """The core /rate route cannot change a given rating of a project."""
        self.project.sudo()._rating_get_access_token()
        rating = self.project.sudo().rating_ids[:1]
        token = rating.access_token
        self.authenticate(None, None)  # an anonymous visitor with the link
        data = {"rate": "5", "feedback": "first", "csrf_token": self.csrf_token()}
        self.url_open(f"/rate/{token}/submit_feedback", data=data)
        self.assertEqual(rating.rating, 5)
        data = {"rate": "1", "feedback": "forged", "csrf_token": self.csrf_token()}
        self.url_open(f"/rate/{token}/submit_feedback", data=data)
        rating.invalidate_recordset()
        self.assertEqual(rating.rating, 5)
        self.assertEqual(rating.feedback, "first")

    def csrf_token(self):
        return http.Request.csrf_token(self)
