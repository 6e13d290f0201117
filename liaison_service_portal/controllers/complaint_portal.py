# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import UserError
from odoo.http import request

from .portal import LiaisonCustomerPortal, enterprise_form_route

# Limits of the complaint form (characters).
COMPLAINT_MAX_LENGTHS = {
    "subject": 200,
    "description": 5000,
    "concerned": 200,
    "complainant_phone": 30,
}


class LiaisonComplaintPortal(LiaisonCustomerPortal):
    """Complaints about the service from the enterprise (001 第二十五条).

    The enterprise chooses the nature; the model routes the complaint (an
    integrity complaint only to the discipline-inspection group) and, when
    asked, keeps no trace of who sent it.  The enterprise gets the number.
    """

    @enterprise_form_route("/my/liaison/complaints/new", page=True)
    def portal_my_liaison_complaint_new(self, **post):
        values = self._prepare_portal_layout_values()
        values.update(
            {
                "page_name": "liaison_complaint",
                "regions": self._liaison_apply_regions(),
                "errors": {},
                "form": {},
            }
        )
        if request.httprequest.method != "POST":
            return request.render(
                "liaison_service_portal.portal_liaison_complaint_new", values
            )
        vals, errors = self._liaison_complaint_values(post)
        if not errors:
            try:
                complaint = request.env["liaison.complaint"]._intake(vals, "portal")
            except UserError as error:
                errors["form"] = error.args[0]
        if errors:
            values.update({"errors": errors, "form": post})
            return request.render(
                "liaison_service_portal.portal_liaison_complaint_new",
                values,
                status=400,
            )
        values["complaint_number"] = complaint.name
        return request.render(
            "liaison_service_portal.portal_liaison_complaint_done", values
        )

    def _liaison_complaint_values(self, post):
        """Validate the complaint form; return ``(vals, errors)``."""
        env = request.env
        errors = {}
        text = {}
        for field, limit in COMPLAINT_MAX_LENGTHS.items():
            value = (post.get(field) or "").strip()
            if "\x00" in value:
                errors[field] = env._("This field contains an invalid character.")
            elif len(value) > limit:
                errors[field] = env._("At most %(limit)s characters.", limit=limit)
            text[field] = value
        nature = post.get("nature")
        if nature not in ("business", "integrity"):
            errors["nature"] = env._(
                "Say whether the complaint is about business or integrity."
            )
        if not text["subject"]:
            errors["subject"] = env._("Give the complaint a subject.")
        if not text["description"]:
            errors["description"] = env._("Describe what happened.")
        region = env["liaison.region"]
        region_id = post.get("region_id") or ""
        if region_id.isdigit():
            region = self._liaison_apply_regions().filtered(
                lambda r: r.id == int(region_id)
            )
        if not region:
            errors["region_id"] = env._("Choose the region the complaint concerns.")
        anonymous = bool(post.get("anonymous"))
        description = text["description"]
        if text["concerned"]:
            description = env._(
                "Concerned: %(who)s\n%(what)s", who=text["concerned"], what=description
            )
        # The complainant's enterprise and name are the caller's: the model
        # sets them on the portal channel.
        vals = {
            "nature": nature,
            "subject": text["subject"],
            "description": description,
            "region_id": region.id,
            "anonymous": anonymous,
            "complainant_phone": text["complainant_phone"],
        }
        return vals, errors
