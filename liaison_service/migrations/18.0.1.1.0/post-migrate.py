# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""18.0.1.1.0: official number sequences become gapless (no_gap).

The sequences are noupdate data, so an upgrade does not rewrite them: switch
their implementation here.  A standard sequence keeps its position in a
PostgreSQL sequence, which the switch drops: the next number of the sequence
and of each yearly date range is read first and written back after, so
numbering continues where it stopped.
"""

from odoo import SUPERUSER_ID, api

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
