# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import binascii
import os

from odoo import http
from odoo.exceptions import AccessError, MissingError, UserError, ValidationError
from odoo.http import request
from odoo.tools.mimetypes import guess_mimetype

from odoo.addons.portal.controllers.portal import CustomerPortal, pager as portal_pager

# Requested materials the enterprise may upload on its project page.
UPLOAD_EXTENSIONS = frozenset(
    {"pdf", "jpg", "jpeg", "png", "doc", "docx", "xls", "xlsx", "zip"}
)
# What the content of a file with each extension must be (magic bytes, read
# by odoo.tools.mimetypes.guess_mimetype): a renamed executable is refused.
_OLE = ("application/msword", "application/vnd.ms-excel", "application/x-ole-storage")
_ZIP = ("application/zip", "application/vnd.openxmlformats-officedocument.")
UPLOAD_CONTENT_TYPES = {
    "pdf": ("application/pdf",),
    "jpg": ("image/jpeg",),
    "jpeg": ("image/jpeg",),
    "png": ("image/png",),
    "doc": _OLE,
    "xls": _OLE,
    "docx": _ZIP,
    "xlsx": _ZIP,
    "zip": _ZIP,
}
UPLOAD_MAX_MB_PARAM = "liaison_service_portal.upload_max_mb"
UPLOAD_MAX_MB_DEFAULT = 10
# Five levels of satisfaction (SPEC C3) on the core rating values 1-5.
RATING_VALUES = (5, 4, 3, 2, 1)
FEEDBACK_MAX_LENGTH = 2000


def enterprise_form_route(route, auth="user", page=False):
    """Route of a form posted on the portal website, by the logged-in user
    unless ``auth`` says otherwise; with ``page``, the form's page is shown
    (GET) at the same URL."""
    methods = ["GET", "POST"] if page else ["POST"]
    return http.route(route, type="http", auth=auth, methods=methods, website=True)


class LiaisonCustomerPortal(CustomerPortal):
    """Enterprise self-service portal: the enterprise's own records only."""

    # ------------------------------------------------------------------
    # Home
    # ------------------------------------------------------------------
    def _prepare_home_portal_values(self, counters):
        values = super()._prepare_home_portal_values(counters)
        tiles = self._liaison_home_counters(request.env.user.partner_id)
        for counter, (model, domain) in tiles.items():
            if counter in counters:
                values[counter] = self._liaison_portal_count(model, domain)
        return values

    def _liaison_home_counters(self, partner):
        """The home page tiles, ``{counter: (model, domain)}``: each portal
        controller adds its own to its parent's."""
        return {
            "liaison_project_count": (
                "liaison.project",
                self._prepare_liaison_projects_domain(partner),
            )
        }

    def _liaison_enterprise_domain(self, partner):
        """The records of ``partner``'s enterprise."""
        return [("partner_id", "child_of", [partner.commercial_partner_id.id])]

    def _liaison_portal_count(self, model, domain):
        """The number of ``model`` records in ``domain``, 0 without read access."""
        Model = request.env[model]
        return Model.search_count(domain) if Model.has_access("read") else 0

    # ------------------------------------------------------------------
    # Project list
    # ------------------------------------------------------------------
    def _prepare_liaison_projects_domain(self, partner):
        return self._liaison_enterprise_domain(partner)

    def _get_liaison_projects_searchbar_sortings(self):
        return {
            "date": {
                "label": request.env._("Newest"),
                "order": "create_date desc, id desc",
            },
            "name": {"label": request.env._("Name"), "order": "name, id"},
            "stage": {"label": request.env._("Stage"), "order": "stage_id, id desc"},
            "progress": {
                "label": request.env._("Checklist Progress"),
                "order": "checklist_progress desc, id desc",
            },
        }

    def _liaison_list_values(
        self, model, domain, url, searchbar_sortings, history, page, sortby
    ):
        """Layout, pager and sorting values of a portal list page.

        Returns ``(values, records)``: the records of the page, in the sort
        order chosen, are kept in the session key ``history`` for the
        previous/next buttons of the record pages.
        """
        Model = request.env[model]
        values = self._prepare_portal_layout_values()
        if sortby not in searchbar_sortings:
            sortby = "date"
        pager_values = portal_pager(
            url=url,
            url_args={"sortby": sortby},
            total=Model.search_count(domain),
            page=page,
            step=self._items_per_page,
        )
        records = Model.search(
            domain,
            order=searchbar_sortings[sortby]["order"],
            limit=self._items_per_page,
            offset=pager_values["offset"],
        )
        request.session[history] = records.ids[:100]
        values.update(
            {
                "pager": pager_values,
                "default_url": url,
                "searchbar_sortings": searchbar_sortings,
                "sortby": sortby,
            }
        )
        return values, records

    def _prepare_liaison_projects_portal_rendering_values(
        self, page=1, sortby=None, **kwargs
    ):
        values, projects = self._liaison_list_values(
            "liaison.project",
            self._prepare_liaison_projects_domain(request.env.user.partner_id),
            "/my/liaison/projects",
            self._get_liaison_projects_searchbar_sortings(),
            "my_liaison_projects_history",
            page,
            sortby,
        )
        # The officers are not readable by portal users: read their names in
        # one batch, as the superuser, for the projects listed only.
        projects_sudo = projects.sudo()
        projects_sudo.main_officer_id.fetch(["name"])
        values.update({"projects": projects_sudo, "page_name": "liaison_project"})
        return values

    @http.route(
        ["/my/liaison/projects", "/my/liaison/projects/page/<int:page>"],
        type="http",
        auth="user",
        website=True,
    )
    def portal_my_liaison_projects(self, page=1, sortby=None, **kw):
        values = self._prepare_liaison_projects_portal_rendering_values(
            page=page, sortby=sortby
        )
        return request.render(
            "liaison_service_portal.portal_my_liaison_projects", values
        )

    # ------------------------------------------------------------------
    # Project detail, materials upload and rating
    # ------------------------------------------------------------------
    def _liaison_check_access(self, model, record_id, access_token=None):
        """Return ``(record_sudo, None)``, or ``(None, refusal page)`` when
        the record is missing (404) or not accessible (403)."""
        try:
            record_sudo = self._document_check_access(
                model, record_id, access_token=access_token
            )
        except MissingError:
            return None, self._liaison_refused(404)
        except AccessError:
            return None, self._liaison_refused(403)
        return record_sudo, None

    def _liaison_refused(self, status=403):
        """The page of a refused or missing record, in the reader's language."""
        return request.render(
            "liaison_service_portal.portal_liaison_refused",
            {"status": status, "page_name": "liaison_refused"},
            status=status,
        )

    def _liaison_redirect(self, record_sudo, message):
        """Back to the record's page, which shows ``message``."""
        return request.redirect(
            record_sudo.get_portal_url(query_string=f"&message={message}")
        )

    def _liaison_portal_report(self, model):
        """xml id of the form the portal prints for ``model`` records."""
        return request.env["liaison.project.form.report"]._get_portal_report_xmlid(
            model
        )

    def _liaison_pending_rating(self, record_sudo):
        """The rating request of the record still waiting for an answer."""
        return record_sudo.rating_ids.filtered(
            lambda r: not r.consumed and r.access_token
        ).sorted("id", reverse=True)[:1]

    @http.route(
        "/my/liaison/projects/<int:project_id>",
        type="http",
        auth="public",
        website=True,
    )
    def portal_my_liaison_project(
        self, project_id, access_token=None, message=None, **kw
    ):
        project_sudo, response = self._liaison_check_access(
            "liaison.project", project_id, access_token
        )
        if response:
            return response
        values = self._liaison_project_page_values(
            project_sudo, access_token, message=message
        )
        return request.render(
            "liaison_service_portal.portal_my_liaison_project", values
        )

    def _liaison_project_page_values(self, project_sudo, access_token, **extra):
        values = {
            "project": project_sudo,
            "page_name": "liaison_project",
            "agreements": project_sudo.agreement_ids.filtered(
                lambda a: a.state != "draft"
            ),
            "deliveries": project_sudo.delivery_ids.filtered(
                lambda d: d.state != "draft"
            ),
            "pending_rating": self._liaison_pending_rating(project_sudo),
            "rating_values": RATING_VALUES,
            "upload_extensions": sorted(UPLOAD_EXTENSIONS),
            "upload_hint": self._liaison_upload_hint(),
            **extra,
        }
        return self._get_page_view_values(
            project_sudo, access_token, values, "my_liaison_projects_history", False
        )

    def _liaison_upload_hint(self):
        # Formatted outside the translation call: term extraction (babel)
        # evaluates the f-strings it finds among the call's arguments.
        size = f"{self._liaison_upload_max_mb():g}"
        return request.env._(
            "Accepted: %(types)s; at most %(size)s MB per file.",
            types=", ".join(sorted(UPLOAD_EXTENSIONS)),
            size=size,
        )

    def _liaison_upload_max_mb(self):
        param = request.env["ir.config_parameter"].sudo().get_param(UPLOAD_MAX_MB_PARAM)
        try:
            max_mb = float(param) if param else UPLOAD_MAX_MB_DEFAULT
        except ValueError:
            max_mb = UPLOAD_MAX_MB_DEFAULT
        return max_mb if max_mb > 0 else UPLOAD_MAX_MB_DEFAULT

    def _liaison_check_uploads(self, files):
        """Read the uploaded files; return ``(attachments, error)``.

        Every file is checked before anything is stored: one refused file
        refuses the whole upload.
        """
        max_mb = self._liaison_upload_max_mb()
        max_bytes = int(max_mb * 1024 * 1024)
        size_label = f"{max_mb:g}"
        types = ", ".join(sorted(UPLOAD_EXTENSIONS))
        attachments = []
        for upload in files:
            filename = os.path.basename(upload.filename or "").strip()
            if not filename:
                continue
            extension = os.path.splitext(filename)[1].lower().lstrip(".")
            if extension not in UPLOAD_EXTENSIONS:
                return [], request.env._(
                    "File %(name)s is refused: only %(types)s files are accepted.",
                    name=filename,
                    types=types,
                )
            content = upload.read(max_bytes + 1)
            if len(content) > max_bytes:
                return [], request.env._(
                    "File %(name)s is refused: files may not exceed %(size)s MB.",
                    name=filename,
                    size=size_label,
                )
            mimetype = guess_mimetype(content, default="")
            if not mimetype.startswith(UPLOAD_CONTENT_TYPES[extension]):
                return [], request.env._(
                    "File %(name)s is refused: its content is not a %(type)s file.",
                    name=filename,
                    type=extension.upper(),
                )
            attachments.append((filename, content))
        if not attachments:
            return [], request.env._("Choose at least one file to upload.")
        return attachments, None

    @enterprise_form_route("/my/liaison/projects/<int:project_id>/upload")
    def portal_my_liaison_project_upload(self, project_id, **kw):
        # Only the enterprise's own users upload: no access token here.
        project_sudo, response = self._liaison_check_access(
            "liaison.project", project_id
        )
        if response:
            return response
        files = request.httprequest.files.getlist("attachments")
        attachments, error = self._liaison_check_uploads(files)
        if error:
            values = self._liaison_project_page_values(
                project_sudo, None, upload_error=error
            )
            return request.render(
                "liaison_service_portal.portal_my_liaison_project",
                values,
                status=400,
            )
        # Posted by the portal user (author) on its own project.
        project_sudo.message_post(
            body=request.env._("Materials uploaded by the enterprise."),
            attachments=attachments,
            author_id=request.env.user.partner_id.id,
            message_type="comment",
            subtype_xmlid="mail.mt_comment",
        )
        return self._liaison_redirect(project_sudo, "upload_ok")

    def _liaison_parse_rate(self, rate):
        """The posted rate as an integer, 0 when it is not a number."""
        try:
            return int(rate)
        except (TypeError, ValueError):
            return 0

    @enterprise_form_route("/my/liaison/projects/<int:project_id>/rate", auth="public")
    def portal_my_liaison_project_rate(
        self, project_id, access_token=None, rate=None, feedback=None, **kw
    ):
        """Five-level rating (SPEC C3) of a pending core rating request."""
        return self._liaison_rate(
            "liaison.project",
            project_id,
            access_token,
            rate,
            feedback,
            self._liaison_pending_rating,
        )

    def _liaison_rate(self, model, record_id, access_token, rate, feedback, pending):
        """Apply the five-level rating ``rate`` to the request ``pending(record)``
        of ``model`` ``record_id``, once; back to the record's page.

        The core ``/rate/<token>/<rate>`` pages accept 1, 3 and 5 only; the
        five levels are applied through the same ``rating_apply``.
        """
        record_sudo, response = self._liaison_check_access(
            model, record_id, access_token
        )
        if response:
            return response
        rating = pending(record_sudo)
        rate = self._liaison_parse_rate(rate)
        if not rating or rate not in RATING_VALUES:
            return self._liaison_redirect(record_sudo, "rate_invalid")
        feedback = (feedback or "").replace("\x00", "").strip()[:FEEDBACK_MAX_LENGTH]
        try:
            with request.env.cr.savepoint():
                record_sudo.rating_apply(
                    rate, token=rating.access_token, feedback=feedback or False
                )
        except UserError:
            return self._liaison_redirect(record_sudo, "rate_invalid")
        return self._liaison_redirect(record_sudo, "rate_ok")

    # ------------------------------------------------------------------
    # Apply for service
    # ------------------------------------------------------------------
    def _liaison_apply_regions(self):
        return request.env["liaison.region"].sudo().search([])

    def _liaison_invalid_character_error(self):
        # A NUL character cannot be stored: a form error, not an HTTP 500.
        return request.env._("This text contains an invalid character.")

    def _liaison_text(self, value, limit):
        """A posted text, stripped; return ``(text, error)``.

        Over ``limit`` characters or with a NUL character (which cannot be
        stored) it is an error, not an HTTP 500.
        """
        value = (value or "").strip()
        if len(value) > limit:
            return value, request.env._("At most %(limit)s characters.", limit=limit)
        if "\x00" in value:
            return value.replace("\x00", ""), self._liaison_invalid_character_error()
        return value, None

    def _liaison_form_values(self, post, limits):
        """The allow-listed texts of a form, ``{field: limit}``; return
        ``(vals, errors)``: nothing else is read from ``post``."""
        vals, errors = {}, {}
        for field, limit in limits.items():
            vals[field], error = self._liaison_text(post.get(field), limit)
            if error:
                errors[field] = error
        return vals, errors

    def _liaison_choice(self, options, value):
        """The record of ``options`` whose id is the posted ``value``, if any."""
        value = value or ""
        if not value.isdigit():
            return options.browse()
        return options.filtered(lambda r: r.id == int(value))

    def _liaison_apply_values(self, post):
        """Validate the application form; return ``(vals, errors)``.

        Only the allow-listed fields are read from the form; the model
        (``liaison.consultation._portal_submit``) fills in the rest.
        """
        vals, errors = self._liaison_form_values(
            post, request.env["liaison.consultation"]._portal_max_lengths
        )
        if not vals["question"]:
            errors["question"] = request.env._("Describe what you need.")
        region = self._liaison_choice(
            self._liaison_apply_regions(), post.get("region_id")
        )
        if not region:
            errors["region_id"] = request.env._("Choose the region of the project.")
        vals["region_id"] = region.id
        return vals, errors

    def _liaison_model_submit(self, submit, errors):
        """Call ``submit()``, a model's portal action that checks the caller
        and the values, in a savepoint; return ``(record, response)``: a
        refused caller gets the 403 page, refused values leave their message
        in ``errors["form"]`` and nothing stored."""
        try:
            with request.env.cr.savepoint():
                return submit(), None
        except AccessError:
            return None, self._liaison_refused(403)
        except UserError as error:
            errors["form"] = error.args[0]
            return None, None

    def _liaison_form_uploads(self, errors):
        """The files posted as ``attachments``, checked; a refused upload is
        set in ``errors``."""
        files = [
            upload
            for upload in request.httprequest.files.getlist("attachments")
            if upload.filename
        ]
        if not files:
            return []
        attachments, error = self._liaison_check_uploads(files)
        if error:
            errors["attachments"] = error
        return attachments

    @enterprise_form_route("/my/liaison/apply", page=True)
    def portal_my_liaison_apply(self, **post):
        user = request.env.user
        values = self._prepare_portal_layout_values()
        values.update(
            {
                "page_name": "liaison_apply",
                "regions": self._liaison_apply_regions(),
                "errors": {},
                "form": {"applicant_name": user.name, "applicant_phone": user.phone},
            }
        )
        if request.httprequest.method != "POST":
            return request.render("liaison_service_portal.portal_liaison_apply", values)
        vals, errors = self._liaison_apply_values(post)
        attachments = self._liaison_form_uploads(errors)
        if not errors:
            Consultation = request.env["liaison.consultation"]
            values["consultation"], response = self._liaison_model_submit(
                lambda: Consultation._portal_submit(vals, attachments), errors
            )
            if response:
                return response
        if errors:
            values.update({"errors": errors, "form": vals})
            return request.render(
                "liaison_service_portal.portal_liaison_apply", values, status=400
            )
        return request.render(
            "liaison_service_portal.portal_liaison_apply_done", values
        )

    # ------------------------------------------------------------------
    # Agreements and deliveries: pages and online signing
    # ------------------------------------------------------------------
    def _liaison_document_page(self, model, record_id, access_token, kw, name):
        """The page of an agreement or delivery sent to the enterprise (its
        template ``portal_my_liaison_<name>``), or its printed form."""
        record_sudo, response = self._liaison_check_access(
            model, record_id, access_token
        )
        if response:
            return response
        if record_sudo.state == "draft":
            return self._liaison_refused(404)
        report_type = kw.get("report_type")
        if report_type in ("html", "pdf", "text"):
            return self._show_report(
                model=record_sudo,
                report_type=report_type,
                report_ref=self._liaison_portal_report(model),
                download=kw.get("download"),
            )
        values = {
            "page_name": "liaison_project",
            "project": record_sudo.project_id,
            "message": kw.get("message"),
            name: record_sudo,
        }
        values = self._get_page_view_values(
            record_sudo, access_token, values, "my_liaison_projects_history", False
        )
        return request.render(
            f"liaison_service_portal.portal_my_liaison_{name}", values
        )

    @http.route(
        "/my/liaison/agreements/<int:agreement_id>",
        type="http",
        auth="public",
        website=True,
    )
    def portal_my_liaison_agreement(self, agreement_id, access_token=None, **kw):
        return self._liaison_document_page(
            "liaison.agreement", agreement_id, access_token, kw, "agreement"
        )

    @http.route(
        "/my/liaison/deliveries/<int:delivery_id>",
        type="http",
        auth="public",
        website=True,
    )
    def portal_my_liaison_delivery(self, delivery_id, access_token=None, **kw):
        return self._liaison_document_page(
            "liaison.delivery", delivery_id, access_token, kw, "delivery"
        )

    def _liaison_render_pdf(self, record_sudo):
        """The PDF of ``record_sudo`` as the portal prints it."""
        return (
            request.env["ir.actions.report"]
            .sudo()
            ._render_qweb_pdf(
                self._liaison_portal_report(record_sudo._name), record_sudo.ids
            )[0]
        )

    def _liaison_not_signable_error(self, record_sudo):
        if record_sudo.state == "terminated":
            return request.env._("A terminated agreement cannot be signed.")
        if record_sudo.state in ("signed", "received"):
            return request.env._("This document is already signed.")
        return request.env._("This document is not waiting for your signature.")

    def _liaison_sign(
        self,
        model,
        record_id,
        access_token,
        name,
        signature,
        sign,
        invalid_error,
        with_pdf=False,
    ):
        """Sign ``model`` ``record_id`` online with its method ``sign``.

        ``invalid_error`` is the answer when the record is not accessible.
        With ``with_pdf``, the PDF of the record as presented for signature
        is passed to ``sign`` as ``pdf_bytes``: its SHA-256 is kept with the
        signature.
        """
        access_token = access_token or request.httprequest.args.get("access_token")
        try:
            record_sudo = self._document_check_access(
                model, record_id, access_token=access_token
            )
        except (AccessError, MissingError):
            return {"error": invalid_error}
        if not record_sudo._has_to_be_signed():
            return {"error": self._liaison_not_signable_error(record_sudo)}
        if not signature:
            return {"error": request.env._("The signature is missing.")}
        if "\x00" in (name or "") or "\x00" in signature:
            return {"error": self._liaison_invalid_character_error()}
        try:
            kwargs = {}
            if with_pdf:
                kwargs["pdf_bytes"] = self._liaison_render_pdf(record_sudo)
            # Signed as the enterprise's user (or the public user of the share
            # link), with sudo after the access check above: the model
            # refuses any other signer.
            signer = record_sudo.with_user(request.env.user).sudo()
            with request.env.cr.savepoint():
                getattr(signer, sign)(signature, name, **kwargs)
        except (UserError, ValidationError) as error:
            return {"error": str(error)}
        except (TypeError, ValueError, binascii.Error):
            return {"error": request.env._("Invalid signature data.")}
        return {
            "force_refresh": True,
            "redirect_url": record_sudo.get_portal_url(query_string="&message=sign_ok"),
        }

    @http.route(
        "/my/liaison/agreements/<int:agreement_id>/sign",
        type="json",
        auth="public",
        website=True,
    )
    def portal_my_liaison_agreement_sign(
        self, agreement_id, access_token=None, name=None, signature=None
    ):
        return self._liaison_sign(
            "liaison.agreement",
            agreement_id,
            access_token,
            name,
            signature,
            "action_sign",
            request.env._("Invalid agreement."),
            with_pdf=True,
        )

    @http.route(
        "/my/liaison/deliveries/<int:delivery_id>/sign",
        type="json",
        auth="public",
        website=True,
    )
    def portal_my_liaison_delivery_sign(
        self, delivery_id, access_token=None, name=None, signature=None
    ):
        return self._liaison_sign(
            "liaison.delivery",
            delivery_id,
            access_token,
            name,
            signature,
            "action_confirm_receipt",
            request.env._("Invalid delivery."),
        )
