# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Trust boundary sweep: the world and access matrix of field work (C4).

Work logs (工作日志), weekly and monthly reports (周报/月报), weekly visit
compliance and the key enterprise roster (包联).  See EXTENSIONS in
test_trust_boundary.py.

The rules, from the models and the seeds (003 五(一) 五(三) 六(一)):

- an officer works on its own work log only: it checks a visit in on site and
  turns the problems noted into a ledger issue; the record rules give an
  officer write access to its own entries and the office read access to its
  jurisdiction's, so "whoever may write the log" is its officer;
- an officer submits (and after a return, resubmits) its own report; the
  office of the report's county (its director, the leadership) accepts it or
  returns it with a reason;
- every officer generates the draft of its own current report, nobody else's
  (office staff who are not officers get the list of reports);
- compliance rows are computed, never written by anyone; roster lines are the
  office's to keep (plain ACL and record rules, no workflow).
"""

from datetime import date, timedelta

from odoo import fields

from .trust_roles import BY_RECORD_RULES, OFFICE

# The officers of the world: each generates its own report draft.
ANY_OFFICER = frozenset({"officer", "other_officer"})
# Fixed past days, away from the current period: a draft generated today
# (action_generate_my_report) never meets the world's reports.
LOG_DAY = date(2025, 9, 26)
REPORT_WEEK = date(2025, 9, 29)  # a Monday

ACCESS_MATRIX = {
    # ---- Work log: the officer's own entries (record rules decide whose) ----
    ("liaison.work.log", "action_check_in"): BY_RECORD_RULES,
    ("liaison.work.log", "action_create_issue"): BY_RECORD_RULES,
    # ---- Reports: the officer submits its own, the office reviews ----
    ("liaison.work.report", "action_submit"): BY_RECORD_RULES,
    ("liaison.work.report", "action_accept"): OFFICE,
    ("liaison.work.report", "action_return"): OFFICE,
    ("liaison.work.report", "action_generate_my_report"): ANY_OFFICER,
}


def build_world(cls):
    """Records of county A for the sweep, and one of county B per printed form."""
    env = cls.env
    # ---- Work log: a visit to enterprise A, not checked in, with a problem
    # noted and no ledger issue yet (both actions start from it) ----
    logs = env["liaison.work.log"].create(
        [
            {
                "name": "走访企业",
                "officer_id": cls.officer_a.id,
                "kind": "visit",
                "partner_id": cls.enterprise_a.id,
                "project_id": cls.project_a.id,
                "date": LOG_DAY,
                "content": "了解项目进展",
                "problems": "施工许可办理缓慢\n需协调住建部门",
            },
            {
                "name": "电话回访",
                "officer_id": cls.officer_a.id,
                "kind": "phone",
                "partner_id": cls.enterprise_a.id,
                "date": LOG_DAY,
                "problems": "用地指标待落实",
            },
        ]
    )
    # ---- Reports of officer A: draft and returned (submit), submitted
    # (accept, return) ----
    Report = env["liaison.work.report"]
    vals_list = []
    for weeks, state in ((1, "draft"), (2, "returned"), (3, "submitted")):
        start = REPORT_WEEK - timedelta(weeks=weeks)
        vals = {
            "officer_id": cls.officer_a.id,
            "region_id": cls.county_a.id,
            "period_type": "weekly",
            "date_from": start,
            "date_to": start + timedelta(days=6),
            "due_date": start + timedelta(days=7),
            "content": "<p>本周走访企业</p>",
            "state": state,
        }
        if state in ("returned", "submitted"):
            vals["submitted_on"] = fields.Datetime.now()
        if state == "returned":
            vals["return_reason"] = "请补充问题台账"
        vals_list.append(vals)
    reports = Report.create(vals_list)
    # ---- County B: a key enterprise served by officer B (roster form) ----
    key_b = env["res.partner"].create(
        {
            "name": "Key Enterprise B",
            "is_company": True,
            "liaison_key_enterprise": True,
            "liaison_region_id": cls.county_b.id,
            "liaison_visit_frequency": 1,
        }
    )
    roster_b = env["liaison.key.enterprise.roster"].create(
        {
            "partner_id": key_b.id,
            "officer_id": cls.officer_b.id,
            "role": "chief",
            "region_id": cls.county_b.id,
            "date_from": LOG_DAY,
        }
    )
    return [*logs, *reports], {"liaison.key.enterprise.roster": roster_b}
