# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import http
from odoo.exceptions import AccessError, UserError
from odoo.http import request

from .portal import (
    RATING_VALUES,
    UPLOAD_EXTENSIONS,
    LiaisonCustomerPortal,
    enterprise_form_route,
)

# Limits of the issue form (characters).
ISSUE_MAX_LENGTHS = {"name": 200, "description": 5000}
REJECT_REASON_MAX_LENGTH = 2000


class LiaisonIssuePortal(LiaisonCustomerPortal):
    """The direct channel (直通车): the enterprise's issues on the portal.

    It extends the project portal to reuse its upload checks and its
    five-level rating; Odoo chains it with the other CustomerPortal
    subclasses.
    """

    # ------------------------------------------------------------------
    # Home
    # ------------------------------------------------------------------
    def _liaison_home_counters(self, partner):
        return {
            **super()._liaison_home_counters(partner),
            "liaison_issue_count": (
                "liaison.issue",
                self._prepare_liaison_issues_domain(partner),
            ),
        }

    # ------------------------------------------------------------------
    # Issue list
    # ------------------------------------------------------------------
    def _prepare_liaison_issues_domain(self, partner):
        return self._liaison_enterprise_domain(partner)

    def _get_liaison_issues_searchbar_sortings(self):
        return {
            "date": {
                "label": request.env._("Newest"),
                "order": "create_date desc, id desc",
            },
            "name": {"label": request.env._("Subject"), "order": "name, id"},
            "stage": {"label": request.env._("Stage"), "order": "stage_id, id desc"},
        }

    def _prepare_liaison_issues_portal_rendering_values(
        self, page=1, sortby=None, **kwargs
    ):
        values, issues = self._liaison_list_values(
            "liaison.issue",
            self._prepare_liaison_issues_domain(request.env.user.partner_id),
            "/my/liaison/issues",
            self._get_liaison_issues_searchbar_sortings(),
            "my_liaison_issues_history",
            page,
            sortby,
        )
        # Read the page's stages and categories in one batch each.
        issues.fetch(["name", "create_date", "resolution_deadline"])
        issues.stage_id.fetch(["name"])
        issues.category_id.fetch(["complete_name"])
        values.update({"issues": issues, "page_name": "liaison_issue"})
        return values

    @http.route(
        ["/my/liaison/issues", "/my/liaison/issues/page/<int:page>"],
        type="http",
        auth="user",
        website=True,
    )
    def portal_my_liaison_issues(self, page=1, sortby=None, **kw):
        values = self._prepare_liaison_issues_portal_rendering_values(
            page=page, sortby=sortby
        )
        return request.render("liaison_service_portal.portal_my_liaison_issues", values)

    # ------------------------------------------------------------------
    # Issue detail: confirm or reject the solution, rate the close-out
    # ------------------------------------------------------------------
    @http.route(
        "/my/liaison/issues/<int:issue_id>",
        type="http",
        auth="public",
        website=True,
    )
    def portal_my_liaison_issue(self, issue_id, access_token=None, message=None, **kw):
        issue_sudo, response = self._liaison_check_access(
            "liaison.issue", issue_id, access_token
        )
        if response:
            return response
        values = self._liaison_issue_page_values(
            issue_sudo, access_token, message=message
        )
        return request.render("liaison_service_portal.portal_my_liaison_issue", values)

    def _liaison_issue_page_values(self, issue_sudo, access_token, **extra):
        values = {
            "issue": issue_sudo,
            "page_name": "liaison_issue",
            "pending_rating": self._liaison_issue_pending_rating(issue_sudo),
            "rating_values": RATING_VALUES,
            **extra,
        }
        return self._get_page_view_values(
            issue_sudo, access_token, values, "my_liaison_issues_history", False
        )

    def _liaison_issue_pending_rating(self, issue_sudo):
        """The close-out rating still waiting for an answer, once closed."""
        if not issue_sudo.is_closed:
            return request.env["rating.rating"]
        return self._liaison_pending_rating(issue_sudo)

    def _liaison_solved_issue(self, issue_id):
        """Return ``(issue_sudo, None)`` for a solved issue of the enterprise,
        or ``(None, redirect)``."""
        # Only the enterprise's own users answer: no access token here.
        issue_sudo, response = self._liaison_check_access("liaison.issue", issue_id)
        if response:
            return None, response
        if not issue_sudo.is_solved:
            return None, self._liaison_redirect(issue_sudo, "confirm_invalid")
        return issue_sudo, None

    @enterprise_form_route("/my/liaison/issues/<int:issue_id>/confirm")
    def portal_my_liaison_issue_confirm(self, issue_id, **kw):
        """The enterprise confirms the solution: the issue is closed out."""
        issue_sudo, response = self._liaison_solved_issue(issue_id)
        if response:
            return response
        return self._liaison_issue_answer(issue_sudo, "confirm_ok", "action_confirm")

    @enterprise_form_route("/my/liaison/issues/<int:issue_id>/reject")
    def portal_my_liaison_issue_reject(self, issue_id, reason=None, **kw):
        """The enterprise says the issue is not solved: it is reopened
        (``liaison.issue.action_reject_solution``) with its reason."""
        issue_sudo, response = self._liaison_solved_issue(issue_id)
        if response:
            return response
        reason, error = self._liaison_text(reason, REJECT_REASON_MAX_LENGTH)
        if not reason and not error:
            error = request.env._("Tell us why the issue is not solved.")
        if error:
            values = self._liaison_issue_page_values(
                issue_sudo, None, reject_error=error, reject_reason=reason
            )
            return request.render(
                "liaison_service_portal.portal_my_liaison_issue", values, status=400
            )
        return self._liaison_issue_answer(
            issue_sudo, "reject_ok", "action_reject_solution", reason
        )

    def _liaison_issue_answer(self, issue_sudo, message, method, *args):
        """The enterprise's answer to the solution: ``method`` of the issue
        run as the portal user (the model checks it is the enterprise); back
        to the issue's page with ``message``."""
        try:
            with request.env.cr.savepoint():
                getattr(issue_sudo.with_user(request.env.user), method)(*args)
        except (AccessError, UserError):
            return self._liaison_redirect(issue_sudo, "confirm_invalid")
        return self._liaison_redirect(issue_sudo, message)

    @enterprise_form_route("/my/liaison/issues/<int:issue_id>/rate", auth="public")
    def portal_my_liaison_issue_rate(
        self, issue_id, access_token=None, rate=None, feedback=None, **kw
    ):
        """Five-level rating (SPEC C3) of the close-out, given once.

        An unsatisfied answer opens a rectification (``rating_apply``).
        """
        return self._liaison_rate(
            "liaison.issue",
            issue_id,
            access_token,
            rate,
            feedback,
            self._liaison_issue_pending_rating,
        )

    # ------------------------------------------------------------------
    # Submit an issue
    # ------------------------------------------------------------------
    def _liaison_issue_categories(self):
        # Only the active categories (the default search filter).
        return request.env["liaison.issue.category"].search([])

    def _liaison_issue_values(self, post, project):
        """Validate the issue form; return ``(vals, errors)``.

        Only the allow-listed fields are read from the form; the model
        (``liaison.issue._portal_submit``) fills in the rest.
        """
        vals, errors = self._liaison_form_values(post, ISSUE_MAX_LENGTHS)
        if not vals["description"]:
            errors["description"] = request.env._("Describe the issue.")
        category = self._liaison_choice(
            self._liaison_issue_categories(), post.get("category_id")
        )
        if not category:
            errors["category_id"] = request.env._("Choose the nature of the issue.")
        vals["category_id"] = category.id
        if not project:
            # The region comes from the latest project; the enterprise
            # without a project chooses it.
            region = self._liaison_choice(
                self._liaison_apply_regions(), post.get("region_id")
            )
            if not region:
                errors["region_id"] = request.env._("Choose your region.")
            vals["region_id"] = region.id
        return vals, errors

    @enterprise_form_route("/my/liaison/issues/new", page=True)
    def portal_my_liaison_issue_new(self, **post):
        Issue = request.env["liaison.issue"]
        project = Issue._portal_latest_project()
        values = self._prepare_portal_layout_values()
        values.update(
            {
                "page_name": "liaison_issue",
                "categories": self._liaison_issue_categories(),
                "regions": self._liaison_apply_regions() if not project else [],
                "errors": {},
                "form": {},
                "upload_extensions": sorted(UPLOAD_EXTENSIONS),
                "upload_hint": self._liaison_upload_hint(),
            }
        )
        if request.httprequest.method != "POST":
            return request.render(
                "liaison_service_portal.portal_liaison_issue_new", values
            )
        vals, errors = self._liaison_issue_values(post, project)
        attachments = self._liaison_form_uploads(errors)
        if not errors:
            issue, refused = self._liaison_model_submit(
                lambda: Issue._portal_submit(vals, attachments), errors
            )
            if refused:
                return refused
        if errors:
            values.update({"errors": errors, "form": vals})
            return request.render(
                "liaison_service_portal.portal_liaison_issue_new", values, status=400
            )
        return self._liaison_redirect(issue, "submit_ok")
