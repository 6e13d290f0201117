# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged

from .test_issue_common import IssueCommon

FIRST_LINE = "厂区道路需要协调施工许可" * 4


@tagged("post_install", "-at_install")
class TestIssuePortalActions(IssueCommon):
    """The enterprise's steps the portal calls (liaison.issue, portal block):
    reporting an issue and rejecting a solution, checked in the model."""

    def _portal_issues(self):
        return self.Issue.search([("source", "=", "direct_channel")])

    def test_submit_as_the_enterprise(self):
        """The enterprise, source, region and officer are the model's, whatever
        the caller sends; the reporter follows the issue and authors its
        description."""
        latest = self.Issue.with_user(self.user_portal_a)._portal_latest_project()
        self.assertEqual(latest, self.project_a2)
        issue = self.Issue.with_user(self.user_portal_a)._portal_submit(
            {
                "name": "",
                "description": f"{FIRST_LINE}\n第二行",
                "category_id": self.category.id,
                "region_id": self.county_b.id,
                "partner_id": self.enterprise_b.id,
                "stage_id": self.stage_closed.id,
                "source": "hotline",
            },
            [("现场照片.txt", b"photo")],
        )
        self.assertEqual(issue.partner_id, self.enterprise_a)
        self.assertEqual(issue.source, "direct_channel")
        self.assertEqual(issue.region_id, self.project_a2.region_id)
        self.assertEqual(issue.officer_id, self.project_a2.main_officer_id)
        self.assertEqual(issue.stage_id, self.stage_new)
        self.assertFalse(issue.project_id)
        # No subject: the description's first line, cut to 40 characters.
        self.assertEqual(issue.name, FIRST_LINE[:40])
        self.assertIn("第二行", issue.description)
        self.assertIn(self.user_portal_a.partner_id, issue.message_partner_ids)
        message = issue.message_ids.filtered("attachment_ids")
        self.assertEqual(message.author_id, self.user_portal_a.partner_id)

    def test_submit_refused(self):
        """An internal user, a missing description, an archived nature or (for
        an enterprise without a project) a missing region: nothing created."""
        before = self._portal_issues()
        vals = {"description": "用地指标不足", "category_id": self.category.id}
        with self.assertRaises(AccessError):
            self.Issue.with_user(self.user_office_a)._portal_submit(vals)
        archived = self.env["liaison.issue.category"].create(
            {"name": "停用类别", "active": False}
        )
        Issue = self.Issue.with_user(self.user_portal_a)
        for bad in (
            {"description": "  "},
            {"category_id": archived.id},
            {"category_id": False},
        ):
            with self.assertRaises(UserError):
                Issue._portal_submit({**vals, **bad})
        newcomer = self.env["res.partner"].create(
            {"name": "新落户企业", "is_company": True}
        )
        contact = self.env["res.partner"].create(
            {"name": "新落户企业联系人", "parent_id": newcomer.id}
        )
        user = new_test_user(
            self.env,
            login="t_portal_new",
            groups="base.group_portal",
            partner_id=contact.id,
        )
        with self.assertRaises(UserError):
            self.Issue.with_user(user)._portal_submit(vals)
        self.assertEqual(self._portal_issues(), before)
        issue = self.Issue.with_user(user)._portal_submit(
            {**vals, "region_id": self.county_b.id}
        )
        self.assertEqual(issue.partner_id, newcomer)
        self.assertEqual(issue.region_id, self.county_b)
        self.assertFalse(issue.officer_id)

    def test_reject_solution(self):
        """Only the enterprise's own portal user rejects a solution, with a
        reason: the issue is reopened and the reason posted under its name."""
        self._solve(self.issue_a)
        for user in (self.user_portal_b, self.user_officer_a, self.user_office_a):
            with self.assertRaises(AccessError):
                self.issue_a.with_user(user).action_reject_solution("没解决")
        with self.assertRaises(UserError):
            self.issue_a.with_user(self.user_portal_a).action_reject_solution("  ")
        self.assertTrue(self.issue_a.stage_id.is_solved)
        self.assertEqual(self.issue_a.reopen_count, 0)
        self.issue_a.with_user(self.user_portal_a).action_reject_solution("许可未发放")
        self.assertTrue(self.issue_a.stage_id.is_in_progress)
        self.assertEqual(self.issue_a.reopen_count, 1)
        self.assertFalse(self.issue_a.date_solved)
        self.assertIn("许可未发放", self.issue_a.reopen_reason)
        message = self.issue_a.message_ids.filtered(
            lambda m: (
                "许可未发放" in (m.body or "")
                and m.author_id == self.user_portal_a.partner_id
            )
        )
        self.assertEqual(len(message), 1)
        # Reopened, it no longer awaits an answer.
        with self.assertRaises(UserError):
            self.issue_a.with_user(self.user_portal_a).action_reject_solution("再次")
