# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import UserError
from odoo.tests import tagged

from odoo.addons.liaison_service.tests.common import LiaisonHttpCase


@tagged("post_install", "-at_install")
class TestPortalIssue(LiaisonHttpCase):
    """The direct channel (直通车): the enterprise's issues on the portal."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.region = cls._region("直通车测试区", "ZT01")
        cls.other_region = cls._region("直通车另一区", "ZT02")
        department = cls._department("直通车测试局", "ZT-DEP", cls.region)
        cls.officer = cls._active_officer("赵联络", cls.region, department)
        cls.issue_type = cls.env["liaison.issue.type"].create(
            {"name": "直通车咨询", "response_days": 3, "resolution_days": 3}
        )
        Category = cls.env["liaison.issue.category"]
        cls.category = Category.create({"name": "门户问题类别"})
        cls.archived_category = Category.create({"name": "已停用类别", "active": False})
        cls.enterprise_a = cls._company("甲直通企业")
        cls.enterprise_b = cls._company("乙直通企业")
        cls.user_a = cls._portal_user("zt_portal_a", cls.enterprise_a)
        cls.user_b = cls._portal_user("zt_portal_b", cls.enterprise_b)
        cls.project_a = cls._project(
            "甲直通项目", cls.enterprise_a, cls.region, cls.officer
        )
        cls.issue_a = cls._issue(cls.enterprise_a, "甲企业的问题")
        cls.issue_b = cls._issue(cls.enterprise_b, "乙企业的问题")

    @classmethod
    def _issue(cls, enterprise, name):
        return cls.env["liaison.issue"].create(
            {
                "name": name,
                "partner_id": enterprise.id,
                "region_id": cls.region.id,
                "category_id": cls.category.id,
                "type_id": cls.issue_type.id,
                "source": "direct_channel",
                "description": "<p>用地指标不足</p>",
            }
        )

    def _solve(self, issue):
        """The office accepts and solves the issue (awaiting confirmation)."""
        issue.write({"type_id": self.issue_type.id, "resolution": "<p>已协调</p>"})
        issue.action_accept()
        issue.resolution = "<p>已协调发放施工许可</p>"
        issue.action_solve()
        self.assertTrue(issue.is_solved)

    # ---- helpers ----
    def _submit(self, files=None, **values):
        values = {
            "category_id": str(self.category.id),
            "name": "门户提交的问题",
            "description": "厂区外道路需要协调施工许可",
            **values,
        }
        return self._post("/my/liaison/issues/new", files=files, **values)

    def _submitted(self):
        self.env.invalidate_all()
        return (
            self.env["liaison.issue"]
            .with_context(active_test=False)
            .search([("name", "=", "门户提交的问题")])
        )

    def _pending_ratings(self, issue):
        issue.invalidate_recordset()
        return issue.rating_ids.filtered(lambda r: not r.consumed and r.access_token)

    # ---- home and list ----
    def test_home_counter_and_list(self):
        """The tile counts and the list shows the enterprise's issues only."""
        self.authenticate("zt_portal_a", "zt_portal_a")
        self.assertIn("/my/liaison/issues", self.url_open("/my").text)
        counters = self.make_jsonrpc_request(
            "/my/counters", {"counters": ["liaison_issue_count"]}
        )
        self.assertEqual(counters["liaison_issue_count"], 1)
        for url in (
            "/my/liaison/issues",
            "/my/liaison/issues/page/1?sortby=stage",
            "/my/liaison/issues?sortby=name",
        ):
            response = self.url_open(url)
            self.assertEqual(response.status_code, 200)
            self.assertIn("甲企业的问题", response.text)
            self.assertIn("o_liaison_issue_stage", response.text)
            self.assertNotIn("乙企业的问题", response.text)

    def test_detail_owner(self):
        """The owner sees the stage, category, description and the chatter."""
        self.authenticate("zt_portal_a", "zt_portal_a")
        response = self._get(self.issue_a.access_url)
        self.assertEqual(response.status_code, 200)
        for text in (
            "o_liaison_issue_stage",
            "门户问题类别",
            "用地指标不足",
            "o_portal_chatter",
        ):
            self.assertIn(text, response.text)
        self.assertNotIn("o_liaison_issue_confirm_form", response.text)

    # ---- submission ----
    def test_submit_creates_issue(self):
        """Submitting creates a direct-channel issue of the user's enterprise."""
        self.authenticate("zt_portal_a", "zt_portal_a")
        self.assertEqual(self.url_open("/my/liaison/issues/new").status_code, 200)
        closed_stage = self.env.ref("liaison_service.liaison_issue_stage_closed")
        response = self._submit(
            files={"attachments": ("现场照片.png", b"\x89PNG\r\n\x1a\n fake")},
            partner_id=str(self.enterprise_b.id),
            source="hotline",
            stage_id=str(closed_stage.id),
            region_id=str(self.other_region.id),
            resolution="injected",
            priority="2",
            date_closed="2026-01-01",
            project_id=str(self.project_a.id),
        )
        self.assertEqual(response.status_code, 303)
        issue = self._submitted()
        self.assertEqual(len(issue), 1)
        self.assertIn(issue.access_url, response.headers["Location"])
        self.assertEqual(issue.partner_id, self.enterprise_a)
        self.assertEqual(issue.source, "direct_channel")
        self.assertEqual(issue.category_id, self.category)
        # The region and officer come from the enterprise's latest project.
        self.assertEqual(issue.region_id, self.region)
        self.assertEqual(issue.officer_id, self.officer)
        self.assertFalse(issue.stage_id.is_closed)
        self.assertFalse(issue.date_closed)
        self.assertFalse(issue.resolution)
        self.assertFalse(issue.project_id)
        self.assertEqual(issue.priority, "0")
        self.assertIn("厂区外道路需要协调施工许可", issue.description)
        message = issue.message_ids.filtered("attachment_ids")
        self.assertEqual(message.author_id, self.user_a.partner_id)
        self.assertEqual(message.attachment_ids.name, "现场照片.png")
        # The new issue is the enterprise's, and readable by its user.
        self.assertEqual(self._get(issue.access_url).status_code, 200)

    def test_submit_without_project_requires_region(self):
        """An enterprise without a project chooses its region."""
        self.authenticate("zt_portal_b", "zt_portal_b")
        response = self._submit()
        self.assertEqual(response.status_code, 400)
        self.assertIn("o_liaison_issue_errors", response.text)
        self.assertFalse(self._submitted())
        response = self._submit(region_id=str(self.other_region.id))
        self.assertEqual(response.status_code, 303)
        issue = self._submitted()
        self.assertEqual(issue.partner_id, self.enterprise_b)
        self.assertEqual(issue.region_id, self.other_region)

    def test_submit_validation(self):
        """Bad input is refused with status 400 and nothing created."""
        self.authenticate("zt_portal_a", "zt_portal_a")
        for values in (
            {"description": "   "},
            {"description": "长" * 5001},
            {"name": "题" * 201},
            {"category_id": ""},
            {"category_id": str(self.archived_category.id)},
            {"category_id": "999999999"},
        ):
            response = self._submit(**values)
            self.assertEqual(response.status_code, 400, values)
            self.assertIn("o_liaison_issue_errors", response.text)
        response = self._submit(csrf_token="bad")
        self.assertNotEqual(response.status_code, 303)
        self.assertFalse(self._submitted())

    def test_submit_upload_refused(self):
        """A forbidden type or an oversize file refuses the whole submission."""
        self.env["ir.config_parameter"].sudo().set_param(
            "liaison_service_portal.upload_max_mb", "0.001"
        )
        self.authenticate("zt_portal_a", "zt_portal_a")
        attachments = self.env["ir.attachment"].sudo().search_count([])
        for upload in (
            ("setup.exe", b"MZ" + b"0" * 100),
            ("big.pdf", b"%PDF" + b"0" * 2048),
        ):
            response = self._submit(files={"attachments": upload})
            self.assertEqual(response.status_code, 400, upload[0])
            self.assertIn("o_liaison_error_attachments", response.text)
        self.assertFalse(self._submitted())
        self.assertEqual(self.env["ir.attachment"].sudo().search_count([]), attachments)

    # ---- access ----
    def test_other_enterprise_refused(self):
        """Another enterprise's issue is refused by id, token or guessed URL."""
        self._solve(self.issue_b)
        self.authenticate("zt_portal_a", "zt_portal_a")
        url = self.issue_b.access_url
        self._assert_refused(self._get(url))
        self._assert_refused(self._get(f"{url}?access_token=wrong-token"))
        self._assert_refused(self._get("/my/liaison/issues/999999999"))
        messages = len(self.issue_b.message_ids)
        self._assert_refused(self._post(f"{url}/confirm"))
        self._assert_refused(self._post(f"{url}/reject", reason="没解决"))
        self._assert_refused(
            self._post(f"{url}/reject", reason="没解决", access_token="wrong-token")
        )
        self._assert_refused(self._post(f"{url}/rate", rate="1"))
        self.env.invalidate_all()
        self.assertTrue(self.issue_b.is_solved)
        self.assertEqual(self.issue_b.reopen_count, 0)
        self.assertFalse(self.issue_b.confirmed_by)
        self.assertEqual(len(self.issue_b.message_ids), messages)

    def test_detail_by_token(self):
        """Without login: no token or a wrong one is refused, the right one works."""
        url = self.issue_a.access_url
        token = self.issue_a.sudo()._portal_ensure_token()
        self._assert_refused(self._get(url))
        self._assert_refused(self._get(f"{url}?access_token={token[:-1]}x"))
        self.assertEqual(self._get(f"{url}?access_token={token}").status_code, 200)

    # ---- confirmation, rejection and rating ----
    def test_confirm_closes_and_requests_rating(self):
        """Confirming the solution closes the issue out and asks for a rating."""
        self.authenticate("zt_portal_a", "zt_portal_a")
        url = self.issue_a.access_url
        # Not solved yet: the confirmation is refused.
        self._post(f"{url}/confirm")
        self.env.invalidate_all()
        self.assertFalse(self.issue_a.is_closed)
        self._solve(self.issue_a)
        self.assertIn("o_liaison_issue_confirm_form", self._get(url).text)
        response = self._post(f"{url}/confirm")
        self.assertEqual(response.status_code, 303)
        self.assertIn("confirm_ok", response.headers["Location"])
        self.env.invalidate_all()
        self.assertTrue(self.issue_a.is_closed)
        self.assertEqual(self.issue_a.confirmation_mode, "enterprise")
        self.assertEqual(self.issue_a.confirmed_by, self.user_a)
        self.assertTrue(self.issue_a.date_closed)
        self.assertEqual(len(self._pending_ratings(self.issue_a)), 1)
        self.assertIn("o_liaison_rating_form", self._get(url).text)

    def test_reject_with_reason(self):
        """'Not solved' needs a reason; with one the issue is handled again."""
        self._solve(self.issue_a)
        self.authenticate("zt_portal_a", "zt_portal_a")
        url = self.issue_a.access_url
        response = self._post(f"{url}/reject", reason="  ")
        self.assertEqual(response.status_code, 400)
        self.assertIn("o_liaison_issue_reject_error", response.text)
        self.env.invalidate_all()
        self.assertTrue(self.issue_a.is_solved)
        response = self._post(f"{url}/reject", reason="施工许可仍未发放")
        self.assertEqual(response.status_code, 303)
        self.env.invalidate_all()
        self.assertTrue(self.issue_a.stage_id.is_in_progress)
        self.assertEqual(self.issue_a.reopen_count, 1)
        self.assertFalse(self.issue_a.date_solved)
        self.assertIn("施工许可仍未发放", self.issue_a.reopen_reason)
        message = self.issue_a.message_ids.filtered(
            lambda m: (
                "施工许可仍未发放" in (m.body or "")
                and m.author_id == self.user_a.partner_id
            )
        )
        self.assertEqual(len(message), 1)

    def test_rating_given_once(self):
        """The close-out is rated once; a second rating is refused."""
        self._solve(self.issue_a)
        self.issue_a.action_confirm()
        rating = self._pending_ratings(self.issue_a)
        self.assertEqual(len(rating), 1)
        self.authenticate("zt_portal_a", "zt_portal_a")
        url = self.issue_a.access_url
        response = self._post(f"{url}/rate", rate="4", feedback="处理及时")
        self.assertIn("rate_ok", response.headers["Location"])
        self.env.invalidate_all()
        self.assertTrue(rating.consumed)
        self.assertEqual(rating.rating, 4)
        self.assertEqual(self.issue_a.satisfaction_level, "4")
        response = self._post(f"{url}/rate", rate="1")
        self.assertIn("rate_invalid", response.headers["Location"])
        self.env.invalidate_all()
        self.assertEqual(rating.rating, 4)
        self.assertFalse(self.issue_a.rectification_ids)
        with self.assertRaises(UserError):
            self.issue_a.rating_apply(1, token=rating.access_token)
        self.assertIn("o_liaison_rating_done", self._get(url).text)

    def test_unsatisfied_rating_opens_rectification(self):
        """An unsatisfied rating opens a rectification."""
        self._solve(self.issue_a)
        self.issue_a.action_confirm()
        self.authenticate("zt_portal_a", "zt_portal_a")
        self._post(f"{self.issue_a.access_url}/rate", rate="2", feedback="仍有问题")
        self.env.invalidate_all()
        rectification = self.issue_a.rectification_ids
        self.assertEqual(len(rectification), 1)
        self.assertEqual(rectification.satisfaction_level, "2")
        self.assertTrue(rectification.deadline)

    # ---- performance ----
    def test_list_query_count(self):
        """The issue list costs the same queries for 10 and 500 issues."""
        enterprise = self._company("丙直通企业")
        self._portal_user("zt_portal_c", enterprise)
        categories = self.env["liaison.issue.category"].create(
            [{"name": f"批量类别{i}"} for i in range(3)]
        )
        stages = self.env["liaison.issue.stage"].search([], limit=3)

        def create_issues(start, stop):
            # Stages set as the superuser, straight in the create.
            self.env["liaison.issue"].create(
                [
                    {
                        "name": f"批量问题{i}",
                        "partner_id": enterprise.id,
                        "region_id": self.region.id,
                        "category_id": categories[i % 3].id,
                        "stage_id": stages[i % len(stages)].id,
                        "source": "direct_channel",
                    }
                    for i in range(start, stop)
                ]
            )

        create_issues(0, 10)
        self.authenticate("zt_portal_c", "zt_portal_c")
        self.assertPageQueriesConstant(
            "/my/liaison/issues", lambda: create_issues(10, 500)
        )

    # ---- tour ----
    def test_issue_tour(self):
        """In a browser: submit an issue, then confirm its solution and rate it."""
        self.start_tour(
            "/my/liaison/issues", "liaison_portal_issue_tour", login="zt_portal_a"
        )
        self.env.invalidate_all()
        issue = self.env["liaison.issue"].search([("name", "=", "浏览器提交的问题")])
        self.assertEqual(len(issue), 1)
        self.assertEqual(issue.partner_id, self.enterprise_a)
        self.assertEqual(issue.source, "direct_channel")
        # The office solves it between the two tours.
        self._solve(issue)
        self.start_tour(
            "/my/liaison/issues", "liaison_portal_issue_close_tour", login="zt_portal_a"
        )
        self.env.invalidate_all()
        self.assertTrue(issue.is_closed)
        self.assertEqual(issue.confirmation_mode, "enterprise")
        self.assertEqual(issue.rating_ids.filtered("consumed").rating, 4)
        self.assertFalse(issue.rectification_ids)
