# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Trust boundary sweep: the world and access matrix of the returnee
programme, second half (C5): support policies and their applications,
signing events and signed projects, the venture project library, parks,
returnee enterprises and the township appraisal.  See EXTENSIONS in
test_trust_boundary.py.

The rules, from the models and the seeds (002 二(三) 三 四(三)):

- a policy is the district's, not a county's: every officer (and every
  office, which is made of officers) briefs the enterprises it serves on it;
  the briefing goes to the enterprises the caller can read, nobody else's;
- an application is submitted by the enterprise's officer (or the office
  above it) from the backend; the enterprise applies for itself only through
  its portal route, never by calling the method;
- the issuing department of the policy (dept A issues the world's policy) or
  the office of the application's county decides: approves or rejects it
  with a reason (the reason wizard opens for the same roles only);
- the office of the county disburses (paid);
- the office of the county turns a signed project or a returnee's interest
  into a liaison project (在谈);
- the venture project library is one library managed by the offices (record
  rule "office manages the library", no jurisdiction: public submissions
  have no township): any office accepts, publishes or rejects a submission.
"""

from dateutil.relativedelta import relativedelta

from odoo import fields

from .trust_roles import OFFICE, OFFICER

# Deciders: the issuing department (dept A, the "department" role) or the
# office of the application's county.
DECIDERS = frozenset({"department"}) | OFFICE
# Every officer of any county briefs its own enterprises on a policy.
ANY_OFFICER = frozenset(
    {"officer", "other_officer", "office", "director", "other_office", "leadership"}
)
# The one venture library: every office manages it.
LIBRARY_OFFICE = OFFICE | frozenset({"other_office"})

ACCESS_MATRIX = {
    # ---- Policies: briefings ----
    ("liaison.policy", "action_push_briefing"): ANY_OFFICER,
    # ---- Applications: officer submits, department/office decides, office pays
    ("liaison.policy.application", "action_submit"): OFFICER,
    ("liaison.policy.application", "action_approve"): DECIDERS,
    ("liaison.policy.application", "action_reject_open"): DECIDERS,
    ("liaison.policy.application", "action_reject"): DECIDERS,
    ("liaison.policy.application", "action_pay"): OFFICE,
    # ---- Signed projects and interests become liaison projects ----
    ("liaison.signing.project", "action_create_project"): OFFICE,
    ("liaison.venture.interest", "action_create_project"): OFFICE,
    # ---- Venture library ----
    ("liaison.venture.project", "action_accept"): LIBRARY_OFFICE,
    ("liaison.venture.project", "action_publish"): LIBRARY_OFFICE,
    ("liaison.venture.project", "action_reject"): LIBRARY_OFFICE,
}


def _returnee_enterprise(cls, partner, township, officer, today):
    """The returnee file of ``partner`` (another extension may have made it)."""
    Enterprise = cls.env["liaison.returnee.enterprise"]
    enterprise = Enterprise.search([("partner_id", "=", partner.id)], limit=1)
    if enterprise:
        return enterprise
    return Enterprise.create(
        {
            "partner_id": partner.id,
            "region_id": township.id,
            "officer_id": officer.id,
            "enterprise_kind": "small",
            "licence_date": today - relativedelta(months=18),
            "employees_contracted": 5,
            "social_insurance": True,
            "is_returnee": True,
            "investment": 2_000_000,
        }
    )


def build_world(cls):
    """Records of county A for the sweep, and one of county B per printed form."""
    env = cls.env
    today = fields.Date.context_today(env["liaison.policy"])
    # ---- A policy of dept A on a fund, no condition: every enterprise
    # matches it, so a briefing and an application can go through ----
    fund = env["liaison.policy.fund"].create(
        {"name": "Trust Fund", "budget": 1_000_000}
    )
    policy = env["liaison.policy"].create(
        {
            "name": "Trust Start-up Subsidy",
            "kind": "startup",
            "department_id": cls.dept_a.id,
            "fund_id": fund.id,
            "amount_fixed": 12_000,
        }
    )
    enterprise_a = _returnee_enterprise(
        cls, cls.enterprise_a, cls.township_a, cls.officer_a, today
    )
    enterprise_b = _returnee_enterprise(
        cls, cls.enterprise_b, cls.township_b, cls.officer_b, today
    )
    # ---- Applications of enterprise A: draft, submitted, approved ----
    Application = env["liaison.policy.application"]
    draft, submitted, approved = Application.create(
        [
            {
                "policy_id": policy.id,
                "enterprise_id": enterprise_a.id,
                "amount_requested": 12_000,
                "description": f"申请 {state}",
            }
            for state in ("draft", "submitted", "approved")
        ]
    )
    (submitted | approved).action_submit()
    approved.action_approve()
    application_b = Application.create(
        {"policy_id": policy.id, "enterprise_id": enterprise_b.id}
    )
    application_b.action_submit()
    # ---- Signing events and a signed project not yet a liaison project ----
    Event = env["liaison.signing.event"]
    event_a, event_b = Event.create(
        [
            {"name": "集中签约 A", "region_id": cls.county_a.id},
            {"name": "集中签约 B", "region_id": cls.county_b.id},
        ]
    )
    signed_a, _signed_b = env["liaison.signing.project"].create(
        [
            {
                "name": "签约项目 A",
                "event_id": event_a.id,
                "partner_id": cls.enterprise_a.id,
                "region_id": cls.township_a.id,
                "contracted_investment": 5_000_000,
            },
            {
                "name": "签约项目 B",
                "event_id": event_b.id,
                "partner_id": cls.enterprise_b.id,
                "region_id": cls.township_b.id,
                "contracted_investment": 3_000_000,
            },
        ]
    )
    # ---- Venture library: submitted, accepted, published; an interest ----
    Venture = env["liaison.venture.project"]
    ventures = Venture.create(
        [
            {
                "name": f"创业项目 {state}",
                "source": "department",
                "department_id": cls.dept_a.id,
                "region_id": cls.township_a.id,
                "investment_needed": 500_000,
            }
            for state in ("submitted", "accepted", "published")
        ]
    )
    ventures[1:].action_accept()
    ventures[2].action_publish()
    person = env["liaison.returnee.person"].create(
        {
            "name": "返乡人员 A",
            "region_id": cls.township_a.id,
            "phone": "13800000001",
        }
    )
    interest = env["liaison.venture.interest"].create(
        {
            "venture_id": ventures[2].id,
            "person_id": person.id,
            "partner_id": cls.enterprise_a.id,
        }
    )
    # ---- The appraisal row of county B's township this year ----
    env.flush_all()
    appraisal_b = env["liaison.township.appraisal"].search(
        [("region_id", "=", cls.township_b.id), ("year", "=", today.year)], limit=1
    )
    records = [
        policy,
        draft,
        submitted,
        approved,
        signed_a,
        *ventures,
        interest,
    ]
    county_b = {
        "liaison.policy.application": application_b,
        "liaison.signing.event": event_b,
        "liaison.township.appraisal": appraisal_b,
    }
    return records, county_b
