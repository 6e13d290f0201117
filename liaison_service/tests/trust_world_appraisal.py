# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Trust boundary sweep: supervision bulletins, appraisals, consequences and
complaints (C4, second half).

See EXTENSIONS in test_trust_boundary.py.
"""

from .trust_roles import BY_RECORD_RULES, LEADERSHIP, NOBODY, OFFICE

ACCESS_MATRIX = {
    # ---- Supervision bulletins: the office drafts and publishes, the
    # leadership signs off (003 五(四)) ----
    ("liaison.bulletin", "action_generate"): OFFICE,
    ("liaison.bulletin", "action_sign_off"): LEADERSHIP,
    ("liaison.bulletin", "action_publish"): OFFICE,
    # ---- Annual appraisal: the office computes and reviews, the leadership
    # approves (003 保障措施(四)) ----
    ("liaison.appraisal", "action_compute"): OFFICE,
    ("liaison.appraisal", "action_review"): OFFICE,
    ("liaison.appraisal", "action_back_to_draft"): OFFICE,
    ("liaison.appraisal", "action_approve"): LEADERSHIP,
    # ---- Consequences: proposed by the office, decided by the leadership ----
    ("liaison.appraisal.consequence", "action_approve"): LEADERSHIP,
    ("liaison.appraisal.consequence", "action_reject"): LEADERSHIP,
    # ---- Complaints: whoever handles the record concludes it: the office of
    # the region for a business complaint; for an integrity complaint the
    # discipline-inspection group, which no role of the sweep belongs to
    # (nobody of them may even read it) ----
    ("liaison.complaint", "action_conclude"): BY_RECORD_RULES,
    ("liaison.complaint", "action_release_outcome"): NOBODY,
}


def build_world(cls):
    """Bulletins, appraisals, consequences and complaints of county A in the
    states their actions start from; a bulletin and an appraisal of county B."""
    env = cls.env
    scheme = cls._appraisal_scheme(
        "Trust scheme", 2026, [("Issues", "issues", 60), ("Office", "office_mark", 40)]
    )
    Bulletin = env["liaison.bulletin"]

    def bulletin(region, title):
        return Bulletin.create(
            {
                "title": title,
                "region_id": region.id,
                "date_from": "2026-07-01",
                "date_to": "2026-09-30",
            }
        )

    bulletin_draft = bulletin(cls.county_a, "Draft bulletin")
    bulletin_generated = bulletin(cls.county_a, "Generated bulletin")
    bulletin_signed = bulletin(cls.county_a, "Signed bulletin")
    bulletin_b = bulletin(cls.county_b, "Bulletin B")
    (bulletin_generated | bulletin_signed | bulletin_b).action_generate()
    bulletin_signed.action_sign_off()
    Appraisal = env["liaison.appraisal"]

    def appraisal(region, name):
        record = Appraisal.create(
            {"name": name, "scheme_id": scheme.id, "region_id": region.id}
        )
        record.action_compute()
        return record

    appraisal_draft = appraisal(cls.county_a, "Draft appraisal")
    appraisal_reviewed = appraisal(cls.county_a, "Reviewed appraisal")
    appraisal_reviewed.action_review()
    appraisal_b = appraisal(cls.county_b, "Appraisal B")
    Consequence = env["liaison.appraisal.consequence"]
    consequences = Consequence.create(
        [
            {
                "kind": "commendation",
                "officer_id": cls.officer_a.id,
                "region_id": cls.county_a.id,
                "reason": "Visits every week",
                "appraisal_id": appraisal_draft.id,
            },
            {
                "kind": "recall_proposal",
                "officer_id": cls.officer_a2.id,
                "region_id": cls.county_a.id,
                "reason": "Enterprises unsatisfied",
                "consulted_unit": "County A Organisation Department",
                "replacement_id": cls.officer_a.id,
            },
        ]
    )
    Complaint = env["liaison.complaint"]
    vals = {
        "subject": "Slow answer",
        "description": "Asked twice",
        "region_id": cls.county_a.id,
        "officer_id": cls.officer_a.id,
        "department_id": cls.dept_a.id,
    }
    business = Complaint._intake({**vals, "nature": "business"}, "hotline")
    integrity = Complaint._intake({**vals, "nature": "integrity"}, "portal")
    concluded = Complaint._intake({**vals, "nature": "integrity"}, "hotline")
    concluded.write({"findings": "Confirmed", "outcome": "Warned"})
    concluded.action_conclude()
    for record in (business, integrity, concluded):
        record.write({"findings": "Checked", "outcome": "Answered"})
    records = [
        bulletin_draft,
        bulletin_generated,
        bulletin_signed,
        appraisal_draft,
        appraisal_reviewed,
        *consequences,
        business,
        integrity,
        concluded,
    ]
    county_b = {
        "liaison.bulletin": bulletin_b,
        "liaison.appraisal": appraisal_b,
        "liaison.appraisal.line": appraisal_b.line_ids[:1]
        or appraisal_b.department_line_ids[:1],
    }
    return records, county_b
