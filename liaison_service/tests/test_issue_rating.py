# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import UserError
from odoo.tests import tagged

from .test_issue_common import IssueCommon


@tagged("post_install", "-at_install")
class TestIssueRating(IssueCommon):
    """Rating of the close-out by the enterprise, on five levels."""

    def _requests(self, issue):
        template = self.env.ref("liaison_service.liaison_issue_mail_template_rating")
        # The survey is written in the enterprise's language, whichever it is.
        subjects = {
            template.with_context(lang=lang)._render_field("subject", issue.ids)[
                issue.id
            ]
            for lang, _name in self.env["res.lang"].get_installed()
        }
        return self.env["mail.message"].search_count(
            [
                ("model", "=", "liaison.issue"),
                ("res_id", "=", issue.id),
                ("subject", "in", list(subjects)),
            ]
        )

    def _close(self, issue):
        self._solve(issue)
        issue.with_user(self.user_portal_a).action_confirm()
        return issue

    def _pending(self, issue):
        return issue.rating_ids.filtered(lambda r: not r.consumed)

    def test_close_out_sends_one_request(self):
        """Entering the close-out stage sends one request to the enterprise."""
        self.assertEqual(
            self.stage_closed.rating_template_id,
            self.env.ref("liaison_service.liaison_issue_mail_template_rating"),
        )
        issue = self._close(self.issue_a)
        self.assertEqual(self._requests(issue), 1)
        self.assertEqual(issue.rating_request_cycle, 1)
        rating = self._pending(issue)
        self.assertEqual(len(rating), 1)
        self.assertEqual(rating.partner_id, self.enterprise_a)
        # Entering the stage again for the same close-out sends nothing more.
        issue._send_stage_rating_request()
        self.assertEqual(self._requests(issue), 1)

    def test_reopen_and_close_again_asks_again(self):
        """A reopened issue closed out again gets a new request."""
        issue = self._close(self.issue_a)
        issue.with_user(self.user_office_a).action_reopen(reason="Quota withdrawn.")
        self.assertEqual(self._requests(issue), 1)
        issue.with_user(self.user_office_a).action_solve()
        issue.with_user(self.user_portal_a).action_confirm()
        self.assertEqual(self._requests(issue), 2)
        self.assertEqual(issue.rating_request_cycle, 2)

    def test_five_levels(self):
        """Rating values 5..1 are the five satisfaction levels."""
        labels = dict(self.Issue._fields["satisfaction_level"].selection)
        self.assertEqual(
            [labels[str(v)] for v in (5, 4, 3, 2, 1)],
            [
                "Very Satisfied",
                "Satisfied",
                "Fairly Satisfied",
                "Unsatisfied",
                "Very Unsatisfied",
            ],
        )
        issue = self._close(self.issue_a)
        self.assertFalse(issue.satisfaction_level)
        issue.sudo().rating_apply(4, token=self._pending(issue).access_token)
        self.assertEqual(issue.satisfaction_level, "4")
        self.assertFalse(issue.rectification_ids)

    def test_second_rating_refused(self):
        """A request answered once cannot be answered again, even satisfied."""
        issue = self._close(self.issue_a)
        token = self._pending(issue).access_token
        issue.sudo().rating_apply(5, token=token, feedback="Good.")
        with self.assertRaisesText(UserError, "already been rated"):
            issue.sudo().rating_apply(1, token=token, feedback="Changed my mind.")
        self.assertEqual(issue.rating_last_value, 5)
        self.assertFalse(issue.rectification_ids)

    def test_foreign_token_refused(self):
        """The token of one issue cannot rate another one."""
        issue = self._close(self.issue_a)
        token = self._pending(issue).access_token
        with self.assertRaisesText(UserError, "does not belong"):
            self.issue_a2.sudo().rating_apply(1, token=token)
