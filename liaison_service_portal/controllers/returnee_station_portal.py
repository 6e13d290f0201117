# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import http
from odoo.exceptions import AccessError, MissingError, UserError, ValidationError
from odoo.http import request

from .portal import LiaisonCustomerPortal, enterprise_form_route
from odoo.addons.portal.controllers.portal import pager as portal_pager

PEOPLE_PER_PAGE = 50


class LiaisonReturneeStationPortal(LiaisonCustomerPortal):
    """A station head's (站长) portal: its station, people, projects, reports.

    Everything is read with the head's own rights (record rules limit a
    head to its station); only the names and status of the station's
    projects, which the rules hide from a portal user, are read with sudo
    after the station's access check.
    """

    def _liaison_home_counters(self, partner):
        return {
            **super()._liaison_home_counters(partner),
            "liaison_station_count": ("liaison.returnee.station", []),
        }

    def _returnee_station(self, station_id):
        """The station if the user may read it, else None."""
        station = request.env["liaison.returnee.station"].browse(station_id)
        try:
            station.check_access("read")
            station.fetch(["name"])
        except (AccessError, MissingError):
            return None
        return station

    @http.route("/my/returnee/stations", type="http", auth="user", website=True)
    def portal_my_returnee_stations(self, **kw):
        Station = request.env["liaison.returnee.station"]
        stations = Station.search([]) if Station.has_access("read") else Station
        if len(stations) == 1:
            return request.redirect(f"/my/returnee/stations/{stations.id}")
        return request.render(
            "liaison_service_portal.portal_my_returnee_stations",
            {"stations": stations, "page_name": "returnee_station"},
        )

    @http.route(
        [
            "/my/returnee/stations/<int:station_id>",
            "/my/returnee/stations/<int:station_id>/page/<int:page>",
        ],
        type="http",
        auth="user",
        website=True,
    )
    def portal_my_returnee_station(self, station_id, page=1, message=None, **kw):
        station = self._returnee_station(station_id)
        if not station:
            return request.redirect("/my")
        return request.render(
            "liaison_service_portal.portal_my_returnee_station",
            self._returnee_station_values(station, page, message),
        )

    def _returnee_station_values(self, station, page, message=None):
        Person = request.env["liaison.returnee.person"]
        domain = [("station_id", "=", station.id)]
        total = Person.search_count(domain)
        pager = portal_pager(
            url=f"/my/returnee/stations/{station.id}",
            total=total,
            page=page,
            step=PEOPLE_PER_PAGE,
        )
        people = Person.search(
            domain, order="name, id", limit=PEOPLE_PER_PAGE, offset=pager["offset"]
        )
        people.fetch(
            [
                "name",
                "current_city",
                "employer",
                "category_id",
                "region_id",
                "intention",
                "intention_stage",
            ]
        )
        people.category_id.fetch(["name"])
        # Region names are public; a portal user has no access to regions.
        township_names = {r.id: r.name for r in people.region_id.sudo()}
        # The rules hide projects from a portal user: names and status only.
        projects = [
            {"name": p.name, "status": p.status, "stage": p.stage_id.name}
            for p in station.sudo().project_ids
        ]
        reports = request.env["liaison.returnee.station.report"].search(
            [("station_id", "=", station.id)]
        )
        # The meetings the station may still report on: the model's rule.
        open_meetings = request.env[
            "liaison.returnee.station.meeting"
        ]._open_for_station(station)
        return {
            "station": station,
            "people": people,
            "people_total": total,
            "township_names": township_names,
            "pager": pager,
            "projects": projects,
            "reports": reports,
            "open_meetings": [{"id": m.id, "name": m.name} for m in open_meetings],
            "report_meeting_names": {r.id: r.sudo().meeting_id.name for r in reports},
            "page_name": "returnee_station",
            "message": message,
        }

    @enterprise_form_route("/my/returnee/stations/<int:station_id>/report")
    def portal_my_returnee_station_report(self, station_id, **post):
        """The head files its report (述职) for a heads' meeting."""
        station = self._returnee_station(station_id)
        if not station:
            return request.redirect("/my")
        url = f"/my/returnee/stations/{station.id}"
        # The model checks the head, the meeting and the texts.
        try:
            request.env["liaison.returnee.station.report"]._portal_submit(
                station, {key: post.get(key) for key in ("meeting_id", "name", "body")}
            )
        except (AccessError, UserError, ValidationError):
            return request.redirect(f"{url}?message=report_invalid")
        return request.redirect(f"{url}?message=report_ok")

    @enterprise_form_route("/my/returnee/reports/<int:report_id>/resubmit")
    def portal_my_returnee_report_resubmit(self, report_id, **post):
        """The head corrects a returned report and submits it again."""
        report = request.env["liaison.returnee.station.report"].browse(report_id)
        try:
            report._portal_resubmit(post.get("body"))
        except (AccessError, MissingError, UserError):
            return request.redirect("/my/returnee/stations")
        return request.redirect(
            f"/my/returnee/stations/{report.station_id.id}?message=report_ok"
        )
