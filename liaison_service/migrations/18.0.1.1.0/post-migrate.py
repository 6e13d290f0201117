# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""18.0.1.1.0: official number sequences become gapless (no_gap); record
rules whose domain changed are rewritten from their file.

The sequences are noupdate data, so an upgrade does not rewrite them: switch
their implementation here.  A standard sequence keeps its position in a
PostgreSQL sequence, which the switch drops: the next number of the sequence
and of each yearly date range is read first and written back after, so
numbering continues where it stopped.
"""

from lxml import etree

from odoo import SUPERUSER_ID, api
from odoo.tools.misc import file_path

OFFICIAL_SEQUENCES = (
    "liaison_service.ir_sequence_liaison_officer_appointment",
    "liaison_service.ir_sequence_liaison_officer_card",
    "liaison_service.ir_sequence_liaison_assignment",
    "liaison_service.ir_sequence_liaison_opinion_request",
    "liaison_service.ir_sequence_liaison_agreement",
    "liaison_service.ir_sequence_liaison_dispatch",
)


def migrate(cr, version):
    if not version:
        return
    env = api.Environment(cr, SUPERUSER_ID, {})
    for xmlid in OFFICIAL_SEQUENCES:
        sequence = env.ref(xmlid, raise_if_not_found=False)
        if not sequence or sequence.implementation == "no_gap":
            continue
        ranges = {r: r.number_next_actual for r in sequence.date_range_ids}
        number_next = sequence.number_next_actual
        sequence.implementation = "no_gap"
        sequence.number_next = number_next
        for date_range, next_actual in ranges.items():
            date_range.number_next = next_actual
    update_rules(env)
    grant_directors(env)


# Record rules of noupdate data whose domain changed in this version: an
# upgrade does not rewrite them, so their domain is read from the file.
CHANGED_RULES = (
    "liaison_department_rule_department",
    "liaison_issue_rule_department",
    "liaison_issue_rule_officer",
)


def update_rules(env):
    path = file_path("liaison_service/security/liaison_service_security.xml")
    root = etree.parse(path).getroot()
    for name in CHANGED_RULES:
        node = root.find(f".//record[@id='{name}']/field[@name='domain_force']")
        rule = env.ref(f"liaison_service.{name}", raise_if_not_found=False)
        if node is not None and rule:
            rule.domain_force = " ".join(node.text.split())


def grant_directors(env):
    """Notices are now approved by the office director (003 五(五)).  The
    office users who approved them before keep that right after the upgrade;
    the administrator then takes it from those who are not directors."""
    office = env.ref("liaison_service.group_office", raise_if_not_found=False)
    director = env.ref(
        "liaison_service.group_office_director", raise_if_not_found=False
    )
    if not office or not director:
        return
    users = (
        env["res.users"]
        .with_context(active_test=False)
        .search(
            [("groups_id", "in", office.ids), ("groups_id", "not in", director.ids)]
        )
    )
    users.write({"groups_id": [(4, director.id)]})
