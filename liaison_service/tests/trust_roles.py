# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""The roles of the trust boundary sweep and the sets of them its access
matrices name (test_trust_boundary.py and the trust_world_*.py extensions)."""

ROLES = (
    "portal_a",
    "portal_b",
    "department",
    "cooperating_department",
    "officer",
    "other_officer",
    "office",
    "director",
    "other_office",
    "leadership",
)
OFFICE = frozenset({"office", "director", "leadership"})
OFFICER = frozenset({"officer", "office", "director", "leadership"})
# Notices are approved and numbered by the office director (003 五(五)).
DIRECTOR = frozenset({"director", "leadership"})
LEAD_DEPARTMENT = frozenset({"department"})
LEADERSHIP = frozenset({"leadership"})
NOBODY = frozenset()
# Callable rule: the record rules decide (who may write the record).
BY_RECORD_RULES = "record rules"
