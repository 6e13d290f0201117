# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Trust boundary sweep: the returnee programme, part I (people, stations,
heads' reports, yearly appraisals, reporting obligations, submissions and
their periods, circulars, activities).

See EXTENSIONS in test_trust_boundary.py.  The parks and the enterprises of
the programme have their own module.

Who acts (002; security/liaison_returnee_security.xml):

- the returnee office is the office role of its district: it converts an
  investment intention into a consultation or a project, files or returns a
  head's report, accepts or returns a material, ranks the stations;
- a station head (a portal user of the station, not an enterprise) or the
  office submits the head's report: the enterprises' portal users are no
  heads, so they are refused;
- a reporting body (the department user of a member unit or of a township
  government) or the office submits the body's material; another unit never;
- an activity's status is updated by whoever may write it: the office of the
  district, or a lead unit (record rules).
"""

from odoo import Command
from odoo.tests import new_test_user

from .trust_roles import BY_RECORD_RULES, OFFICE

# The reporting body of the world's obligation is the lead department (dept A).
REPORTING_BODY = OFFICE | {"department"}

ACCESS_MATRIX = {
    # ---- People working elsewhere: only the office converts an intention ----
    ("liaison.returnee.person", "action_create_consultation"): OFFICE,
    ("liaison.returnee.person", "action_create_project"): OFFICE,
    # ---- Heads' reports: the head (a portal user, no role of the sweep) or
    # the office for it submits; the office files or returns ----
    ("liaison.returnee.station.report", "action_submit"): OFFICE,
    ("liaison.returnee.station.report", "action_file"): OFFICE,
    ("liaison.returnee.station.report", "action_return"): OFFICE,
    # ---- Yearly appraisal of the stations: the office ----
    ("liaison.returnee.station.appraisal", "action_rank"): OFFICE,
    ("liaison.returnee.station.appraisal", "action_fill_from_records"): OFFICE,
    # ---- Materials: the reporting body (or the office for it) submits, the
    # office accepts or returns ----
    ("liaison.returnee.submission", "action_submit"): REPORTING_BODY,
    ("liaison.returnee.submission", "action_accept"): OFFICE,
    ("liaison.returnee.submission", "action_return"): OFFICE,
    # ---- Activities: the office of the district or a lead unit ----
    ("liaison.returnee.activity", "action_start"): BY_RECORD_RULES,
    ("liaison.returnee.activity", "action_done"): BY_RECORD_RULES,
    ("liaison.returnee.activity", "action_cancel"): BY_RECORD_RULES,
}


def build_world(cls):
    """Records of county A in the states their actions start from, and a
    circular of county B for its printed form."""
    env = cls.env
    county_a = cls.county_a
    # ---- A person intending to invest at home (township A1) ----
    person = env["liaison.returnee.person"].create(
        {
            "name": "Trust Returnee",
            "phone": "13800009901",
            "birth_year": 1985,
            "region_id": cls.township_a.id,
            "current_city": "Shanghai",
            "intention": "invest",
            "intention_note": "开办农产品加工厂",
        }
    )
    # ---- Stations run by a portal head, a heads' meeting, the reports ----
    head = new_test_user(env, login="t_trust_ret_head", groups="base.group_portal")
    stations = env["liaison.returnee.station"].create(
        [
            {
                "name": f"Trust Station {index}",
                "city": city,
                "region_id": county_a.id,
                "head_user_id": head.id,
                "project_ids": [Command.set(cls.project_a.ids)] if index == 1 else [],
            }
            for index, city in enumerate(("Shanghai", "Suzhou", "Hangzhou"), start=1)
        ]
    )
    meeting = env["liaison.returnee.station.meeting"].create(
        {"name": "站长会议", "year": 2026, "half": "1", "region_id": county_a.id}
    )
    reports = env["liaison.returnee.station.report"].create(
        [
            {
                "name": f"述职 {station.name}",
                "meeting_id": meeting.id,
                "station_id": station.id,
                "body": "上半年引回项目两个",
            }
            for station in stations
        ]
    )
    report_draft, report_submitted, report_returned = reports
    report_submitted.write({"state": "submitted", "submitted_by": head.id})
    report_returned.write({"state": "returned", "return_reason": "补充数据"})
    # ---- Yearly appraisals of the stations ----
    appraisals = env["liaison.returnee.station.appraisal"].create(
        [
            {
                "station_id": station.id,
                "year": 2026,
                "project_count": index,
                "investment": 100.0 * index,
                "returnee_count": index,
            }
            for index, station in enumerate(stations, start=1)
        ]
    )
    # ---- The lead department reports to county A's returnee office ----
    obligation = env["liaison.returnee.obligation"].create(
        {"department_id": cls.dept_a.id, "region_id": county_a.id, "body_type": "unit"}
    )
    status = env["liaison.returnee.reporting.status"].create(
        {
            "obligation_id": obligation.id,
            "period_start": "2026-09-01",
            "period_end": "2026-10-31",
            "quota": 1,
        }
    )
    submissions = env["liaison.returnee.submission"].create(
        [
            {
                "obligation_id": obligation.id,
                "name": f"材料 {state}",
                "body": "<p>本月回引情况</p>",
                "period_date": "2026-09-15",
            }
            for state in ("draft", "submitted", "returned")
        ]
    )
    submissions[1].write({"state": "submitted"})
    submissions[2].write({"state": "returned", "return_reason": "数据不全"})
    # ---- Activities led by dept A, dept A2 cooperating ----
    activities = env["liaison.returnee.activity"].create(
        [
            {
                "name": f"服务归雁行 {status_}",
                "activity_type": "onsite",
                "region_id": county_a.id,
                "date_start": "2026-09-01",
                "date_end": "2026-12-31",
                "lead_department_ids": [Command.set(cls.dept_a.ids)],
                "cooperating_department_ids": [Command.set(cls.dept_a2.ids)],
            }
            for status_ in ("planned", "in_progress")
        ]
    )
    activities[1].status = "in_progress"
    # ---- County B: a circular for its printed form ----
    circular_b = env["liaison.returnee.circular"].create(
        {"name": "通报 B", "region_id": cls.county_b.id, "period_start": "2026-09-01"}
    )
    records = [
        person,
        report_draft,
        report_submitted,
        report_returned,
        *appraisals,
        status,
        *submissions,
        *activities,
    ]
    return records, {"liaison.returnee.circular": circular_b}
