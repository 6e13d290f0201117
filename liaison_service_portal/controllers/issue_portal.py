# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from markupsafe import Markup

from odoo import http
from odoo.exceptions import AccessError, UserError
from odoo.http import request
from odoo.tools import plaintext2html

from .portal import RATING_VALUES, UPLOAD_EXTENSIONS, LiaisonCustomerPortal

# Limits of the issue form (characters).
ISSUE_MAX_LENGTHS = {"name": 200, "description": 5000}
# Length of the subject derived from the description when none is given.
ISSUE_SUBJECT_FROM_DESCRIPTION = 40
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
    def _prepare_home_portal_values(self, counters):
        values = super()._prepare_home_portal_values(counters)
        if "liaison_issue_count" in counters:
            values["liaison_issue_count"] = self._liaison_portal_count(
                "liaison.issue",
                self._prepare_liaison_issues_domain(request.env.user.partner_id),
            )
        return values

    # ------------------------------------------------------------------
    # Issue list
    # ------------------------------------------------------------------
    def _prepare_liaison_issues_domain(self, partner):
        return [("partner_id", "child_of", [partner.commercial_partner_id.id])]

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

    def _liaison_issue_redirect(self, issue_sudo, message):
        return request.redirect(
            issue_sudo.get_portal_url(query_string=f"&message={message}")
        )

    def _liaison_solved_issue(self, issue_id):
        """Return ``(issue_sudo, None)`` for a solved issue of the enterprise,
        or ``(None, redirect)``."""
        # Only the enterprise's own users answer: no access token here.
        issue_sudo, response = self._liaison_check_access("liaison.issue", issue_id)
        if response:
            return None, response
        if not issue_sudo.is_solved:
            return None, self._liaison_issue_redirect(issue_sudo, "confirm_invalid")
        return issue_sudo, None

    @http.route(
        "/my/liaison/issues/<int:issue_id>/confirm",
        type="http",
        auth="user",
        methods=["POST"],
        website=True,
    )
    def portal_my_liaison_issue_confirm(self, issue_id, **kw):
        """The enterprise confirms the solution: the issue is closed out."""
        issue_sudo, response = self._liaison_solved_issue(issue_id)
        if response:
            return response
        try:
            with request.env.cr.savepoint():
                # As the portal user: the model checks it is the enterprise.
                issue_sudo.with_user(request.env.user).action_confirm()
        except (AccessError, UserError):
            return self._liaison_issue_redirect(issue_sudo, "confirm_invalid")
        return self._liaison_issue_redirect(issue_sudo, "confirm_ok")

    @http.route(
        "/my/liaison/issues/<int:issue_id>/reject",
        type="http",
        auth="user",
        methods=["POST"],
        website=True,
    )
    def portal_my_liaison_issue_reject(self, issue_id, reason=None, **kw):
        """The enterprise says the issue is not solved: it is reopened.

        The model has no enterprise-side rejection; reopening is an office
        action, called as the superuser once the access is checked, and the
        enterprise's reason is posted in the chatter under its name.
        """
        issue_sudo, response = self._liaison_solved_issue(issue_id)
        if response:
            return response
        reason = (reason or "").strip()
        error = None
        if not reason:
            error = request.env._("Tell us why the issue is not solved.")
        elif len(reason) > REJECT_REASON_MAX_LENGTH:
            error = request.env._(
                "At most %(limit)s characters.", limit=REJECT_REASON_MAX_LENGTH
            )
        elif "\x00" in reason:
            error = self._liaison_invalid_character_error()
            reason = reason.replace("\x00", "")
        if error:
            values = self._liaison_issue_page_values(
                issue_sudo, None, reject_error=error, reject_reason=reason
            )
            return request.render(
                "liaison_service_portal.portal_my_liaison_issue", values, status=400
            )
        user = request.env.user
        try:
            with request.env.cr.savepoint():
                issue_sudo.action_reopen(
                    reason=request.env._(
                        "Not solved, according to %(name)s: %(reason)s",
                        name=user.name,
                        reason=reason,
                    )
                )
                issue_sudo.message_post(
                    body=Markup("<p>%s</p>%s")
                    % (
                        request.env._("The solution is not accepted."),
                        plaintext2html(reason),
                    ),
                    author_id=user.partner_id.id,
                    message_type="comment",
                    subtype_xmlid="mail.mt_comment",
                )
        except UserError:
            return self._liaison_issue_redirect(issue_sudo, "confirm_invalid")
        return self._liaison_issue_redirect(issue_sudo, "reject_ok")

    @http.route(
        "/my/liaison/issues/<int:issue_id>/rate",
        type="http",
        auth="public",
        methods=["POST"],
        website=True,
    )
    def portal_my_liaison_issue_rate(
        self, issue_id, access_token=None, rate=None, feedback=None, **kw
    ):
        """Five-level rating (SPEC C3) of the close-out, given once.

        An unsatisfied answer opens a rectification (``rating_apply``).
        """
        issue_sudo, response = self._liaison_check_access(
            "liaison.issue", issue_id, access_token
        )
        if response:
            return response
        rating = self._liaison_issue_pending_rating(issue_sudo)
        rate = self._liaison_parse_rate(rate)
        if not rating or rate not in RATING_VALUES:
            return self._liaison_issue_redirect(issue_sudo, "rate_invalid")
        try:
            with request.env.cr.savepoint():
                issue_sudo.rating_apply(
                    rate,
                    token=rating.access_token,
                    feedback=(feedback or "").replace("\x00", "").strip()[:2000]
                    or False,
                )
        except UserError:
            return self._liaison_issue_redirect(issue_sudo, "rate_invalid")
        return self._liaison_issue_redirect(issue_sudo, "rate_ok")

    # ------------------------------------------------------------------
    # Submit an issue
    # ------------------------------------------------------------------
    def _liaison_issue_categories(self):
        # Only the active categories (the default search filter).
        return request.env["liaison.issue.category"].search([])

    def _liaison_issue_latest_project(self, partner):
        """The enterprise's latest project: it gives the region and officer."""
        return (
            request.env["liaison.project"]
            .sudo()
            .search([("partner_id", "child_of", partner.id)], order="id desc", limit=1)
        )

    def _liaison_issue_values(self, post, project):
        """Validate the issue form; return ``(vals, errors)``.

        Only the allow-listed fields are read from the form.
        """
        errors = {}
        vals = {}
        for field, limit in ISSUE_MAX_LENGTHS.items():
            value = (post.get(field) or "").strip()
            if len(value) > limit:
                errors[field] = request.env._(
                    "At most %(limit)s characters.", limit=limit
                )
            elif "\x00" in value:
                errors[field] = self._liaison_invalid_character_error()
                value = value.replace("\x00", "")
            vals[field] = value
        if not vals["description"]:
            errors["description"] = request.env._("Describe the issue.")
        category_id = post.get("category_id") or ""
        category = request.env["liaison.issue.category"]
        if category_id.isdigit():
            category = self._liaison_issue_categories().filtered(
                lambda c: c.id == int(category_id)
            )
        if not category:
            errors["category_id"] = request.env._("Choose the nature of the issue.")
        vals["category_id"] = category.id
        if project:
            vals["region_id"] = project.region_id.id
        else:
            region = request.env["liaison.region"]
            region_id = post.get("region_id") or ""
            if region_id.isdigit():
                region = self._liaison_apply_regions().filtered(
                    lambda r: r.id == int(region_id)
                )
            if not region:
                errors["region_id"] = request.env._("Choose your region.")
            vals["region_id"] = region.id
        return vals, errors

    @http.route(
        "/my/liaison/issues/new",
        type="http",
        auth="user",
        methods=["GET", "POST"],
        website=True,
    )
    def portal_my_liaison_issue_new(self, **post):
        user = request.env.user
        partner = user.partner_id.commercial_partner_id
        project = self._liaison_issue_latest_project(partner)
        values = self._prepare_portal_layout_values()
        values.update(
            {
                "page_name": "liaison_issue",
                "categories": self._liaison_issue_categories(),
                # The region comes from the latest project; the enterprise
                # without a project chooses it.
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
        attachments = []
        files = [
            upload
            for upload in request.httprequest.files.getlist("attachments")
            if upload.filename
        ]
        if files:
            attachments, upload_error = self._liaison_check_uploads(files)
            if upload_error:
                errors["attachments"] = upload_error
        if errors:
            values.update({"errors": errors, "form": vals})
            return request.render(
                "liaison_service_portal.portal_liaison_issue_new", values, status=400
            )
        description = vals["description"]
        vals.update(
            {
                "name": vals["name"]
                or description.splitlines()[0][:ISSUE_SUBJECT_FROM_DESCRIPTION],
                "description": plaintext2html(description),
                "partner_id": partner.id,
                "source": "direct_channel",
                "officer_id": project.main_officer_id.id,
            }
        )
        # Portal users may not create issues: sudo for this create only, with
        # the enterprise forced to the user's company.
        issue = request.env["liaison.issue"].sudo().create(vals)
        issue.message_subscribe(partner_ids=user.partner_id.ids)
        issue.message_post(
            body=vals["description"],
            attachments=attachments,
            author_id=user.partner_id.id,
            message_type="comment",
            subtype_xmlid="mail.mt_comment",
        )
        return self._liaison_issue_redirect(issue, "submit_ok")
