# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from markupsafe import Markup

from odoo import http
from odoo.exceptions import AccessError, MissingError, UserError
from odoo.http import request
from odoo.tools import plaintext2html

from .portal import RATING_VALUES, UPLOAD_EXTENSIONS, LiaisonCustomerPortal
from odoo.addons.portal.controllers.portal import pager as portal_pager

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
            Issue = request.env["liaison.issue"]
            values["liaison_issue_count"] = (
                Issue.search_count(
                    self._prepare_liaison_issues_domain(request.env.user.partner_id)
                )
                if Issue.has_access("read")
                else 0
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
        Issue = request.env["liaison.issue"]
        values = self._prepare_portal_layout_values()
        domain = self._prepare_liaison_issues_domain(request.env.user.partner_id)
        searchbar_sortings = self._get_liaison_issues_searchbar_sortings()
        if sortby not in searchbar_sortings:
            sortby = "date"
        pager_values = portal_pager(
            url="/my/liaison/issues",
            url_args={"sortby": sortby},
            total=Issue.search_count(domain),
            page=page,
            step=self._items_per_page,
        )
        issues = Issue.search(
            domain,
            order=searchbar_sortings[sortby]["order"],
            limit=self._items_per_page,
            offset=pager_values["offset"],
        )
        request.session["my_liaison_issues_history"] = issues.ids[:100]
        # Read the page's stages and categories in one batch each.
        issues.fetch(["name", "create_date", "resolution_deadline"])
        issues.stage_id.fetch(["name"])
        issues.category_id.fetch(["complete_name"])
        values.update(
            {
                "issues": issues,
                "page_name": "liaison_issue",
                "pager": pager_values,
                "default_url": "/my/liaison/issues",
                "searchbar_sortings": searchbar_sortings,
                "sortby": sortby,
            }
        )
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
        try:
            issue_sudo = self._document_check_access(
                "liaison.issue", issue_id, access_token=access_token
            )
        except (AccessError, MissingError):
            return request.redirect("/my")
        values = self._liaison_issue_page_values(
            issue_sudo, access_token, message=message
        )
        return request.render("liaison_service_portal.portal_my_liaison_issue", values)

    def _liaison_issue_page_values(self, issue_sudo, access_token, **extra):
        values = {
            "issue": issue_sudo,
            "page_name": "liaison_issue",
            "pending_rating": (
                self._liaison_pending_rating(issue_sudo)
                if issue_sudo.is_closed
                else request.env["rating.rating"]
            ),
            "rating_values": RATING_VALUES,
            **extra,
        }
        return self._get_page_view_values(
            issue_sudo, access_token, values, "my_liaison_issues_history", False
        )

    def _liaison_issue_redirect(self, issue_sudo, message):
        return request.redirect(
            issue_sudo.get_portal_url(query_string=f"&message={message}")
        )

    @http.route(
        "/my/liaison/issues/<int:issue_id>/confirm",
        type="http",
        auth="user",
        methods=["POST"],
        website=True,
    )
    def portal_my_liaison_issue_confirm(self, issue_id, **kw):
        """The enterprise confirms the solution: the issue is closed out."""
        # Only the enterprise's own users answer: no access token here.
        try:
            issue_sudo = self._document_check_access("liaison.issue", issue_id)
        except (AccessError, MissingError):
            return request.redirect("/my")
        if not issue_sudo.is_solved:
            return self._liaison_issue_redirect(issue_sudo, "confirm_invalid")
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
        try:
            issue_sudo = self._document_check_access("liaison.issue", issue_id)
        except (AccessError, MissingError):
            return request.redirect("/my")
        if not issue_sudo.is_solved:
            return self._liaison_issue_redirect(issue_sudo, "confirm_invalid")
        reason = (reason or "").strip()
        error = None
        if not reason:
            error = request.env._("Tell us why the issue is not solved.")
        elif len(reason) > REJECT_REASON_MAX_LENGTH:
            error = request.env._(
                "At most %(limit)s characters.", limit=REJECT_REASON_MAX_LENGTH
            )
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
        try:
            issue_sudo = self._document_check_access(
                "liaison.issue", issue_id, access_token=access_token
            )
        except (AccessError, MissingError):
            return request.redirect("/my")
        rating = (
            self._liaison_pending_rating(issue_sudo)
            if issue_sudo.is_closed
            else request.env["rating.rating"]
        )
        try:
            rate = int(rate)
        except (TypeError, ValueError):
            rate = 0
        if not rating or rate not in RATING_VALUES:
            return self._liaison_issue_redirect(issue_sudo, "rate_invalid")
        try:
            with request.env.cr.savepoint():
                issue_sudo.rating_apply(
                    rate,
                    token=rating.access_token,
                    feedback=(feedback or "").strip()[:2000] or False,
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
        types = ", ".join(sorted(UPLOAD_EXTENSIONS))
        size = f"{self._liaison_upload_max_mb():g}"
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
                "upload_hint": request.env._(
                    "Accepted: %(types)s; at most %(size)s MB per file.",
                    types=types,
                    size=size,
                ),
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
