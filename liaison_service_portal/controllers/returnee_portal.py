# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import time

from odoo import http
from odoo.exceptions import UserError, ValidationError
from odoo.http import request

from .portal import LiaisonCustomerPortal, enterprise_form_route

VENTURE_MAX_LENGTHS = {
    "name": 200,
    "description": 5000,
    "sector": 100,
    "submitter_name": 100,
    "submitter_phone": 32,
}
# Public form: the hidden field robots fill in, and the session limit.
VENTURE_HONEYPOT = "website_url"
VENTURE_SESSION_KEY = "liaison_venture_submissions"
VENTURE_SESSION_LIMIT = 3
VENTURE_SESSION_WINDOW = 3600


class LiaisonReturneePortal(LiaisonCustomerPortal):
    """Returnee support on the portal: the policies the enterprise qualifies
    for, its applications, and the public venture project library."""

    # ------------------------------------------------------------------
    # Home
    # ------------------------------------------------------------------
    def _liaison_home_counters(self, partner):
        return {
            **super()._liaison_home_counters(partner),
            "liaison_policy_application_count": (
                "liaison.policy.application",
                self._liaison_enterprise_domain(partner),
            ),
        }

    # ------------------------------------------------------------------
    # Policies and applications
    # ------------------------------------------------------------------
    def _liaison_my_enterprise(self):
        """The returnee enterprise file of the user's company (its rules)."""
        partner = request.env.user.partner_id.commercial_partner_id
        return request.env["liaison.returnee.enterprise"].search(
            [("partner_id", "=", partner.id)], limit=1
        )

    def _liaison_policies_values(self, **extra):
        enterprise = self._liaison_my_enterprise()
        policies = request.env["liaison.policy"]
        applications = request.env["liaison.policy.application"]
        if enterprise:
            policies = enterprise.matching_policy_ids
            applications = applications.search(
                [("enterprise_id", "=", enterprise.id)], order="id desc"
            )
            applications.fetch(["name", "state", "amount_approved", "date_submitted"])
            applications.policy_id.fetch(["name"])
        values = self._prepare_portal_layout_values()
        values.update(
            {
                "page_name": "liaison_policies",
                "enterprise": enterprise,
                "policies": policies,
                "applications": applications,
                "upload_hint": self._liaison_upload_hint(),
                **extra,
            }
        )
        return values

    @http.route("/my/liaison/policies", type="http", auth="user", website=True)
    def portal_my_liaison_policies(self, **kw):
        return request.render(
            "liaison_service_portal.portal_my_liaison_policies",
            self._liaison_policies_values(),
        )

    @enterprise_form_route("/my/liaison/policies/<int:policy_id>/apply")
    def portal_my_liaison_policy_apply(self, policy_id, **post):
        files = request.httprequest.files.getlist("attachments")
        attachments, error = self._liaison_check_uploads(files)
        if error:
            return self._liaison_policies_error(error)
        # The model checks the enterprise, the policy and the values, and
        # submits; nothing is kept on an error.
        try:
            application = request.env["liaison.policy.application"]._portal_submit(
                policy_id,
                {
                    key: post.get(key)
                    for key in ("amount_requested", "jobs_claimed", "description")
                },
                attachments,
            )
        except (UserError, ValidationError) as exc:
            return self._liaison_policies_error(exc.args[0])
        return request.redirect(
            f"/my/liaison/applications/{application.id}?message=apply_ok"
        )

    def _liaison_policies_error(self, error):
        return request.render(
            "liaison_service_portal.portal_my_liaison_policies",
            self._liaison_policies_values(apply_error=error),
            status=400,
        )

    @http.route(
        "/my/liaison/applications/<int:application_id>",
        type="http",
        auth="user",
        website=True,
    )
    def portal_my_liaison_application(self, application_id, message=None, **kw):
        application_sudo, response = self._liaison_check_access(
            "liaison.policy.application", application_id
        )
        if response:
            return response
        values = self._prepare_portal_layout_values()
        values.update(
            {
                "page_name": "liaison_policies",
                "application": application_sudo,
                "message": message,
            }
        )
        return request.render(
            "liaison_service_portal.portal_my_liaison_application", values
        )

    # ------------------------------------------------------------------
    # Venture project library (public, no login)
    # ------------------------------------------------------------------
    @http.route("/liaison/ventures", type="http", auth="public", website=True)
    def liaison_ventures(self, **kw):
        ventures = (
            request.env["liaison.venture.project"]
            .sudo()
            .search([("state", "=", "published")], order="score desc, id desc")
        )
        ventures.fetch(["name", "sector", "description", "investment_needed"])
        return request.render(
            "liaison_service_portal.liaison_ventures",
            {"ventures": ventures, "message": kw.get("message")},
        )

    @http.route("/liaison/ventures/submit", type="http", auth="public", website=True)
    def liaison_venture_submit(self, **post):
        if request.httprequest.method != "POST":
            return request.render(
                "liaison_service_portal.liaison_venture_submit", {"values": {}}
            )
        values = {
            key: (post.get(key) or "").strip()[:limit]
            for key, limit in VENTURE_MAX_LENGTHS.items()
        }
        if post.get(VENTURE_HONEYPOT):
            # A robot filled the hidden field: say nothing, store nothing.
            return request.redirect("/liaison/ventures?message=submitted")
        error, status = None, 400
        too_many = request.env._("Too many submissions; please try again later.")
        if not values["name"] or not values["submitter_phone"]:
            error = request.env._("Give the project name and a contact phone.")
        elif not (
            self._liaison_venture_session_allows()
            and request.env["liaison.venture.project"]._public_submit(
                values, request.httprequest.remote_addr or ""
            )
        ):
            error, status = too_many, 429
        if error:
            return request.render(
                "liaison_service_portal.liaison_venture_submit",
                {"values": values, "error": error},
                status=status,
            )
        self._liaison_venture_session_count()
        return request.redirect("/liaison/ventures?message=submitted")

    def _liaison_venture_session_stamps(self, now):
        """This session's submissions within the window before ``now``."""
        return [
            t
            for t in request.session.get(VENTURE_SESSION_KEY, [])
            if now - t < VENTURE_SESSION_WINDOW
        ]

    def _liaison_venture_session_allows(self):
        stamps = self._liaison_venture_session_stamps(time.time())
        return len(stamps) < VENTURE_SESSION_LIMIT

    def _liaison_venture_session_count(self):
        now = time.time()
        stamps = self._liaison_venture_session_stamps(now)
        request.session[VENTURE_SESSION_KEY] = stamps + [now]
