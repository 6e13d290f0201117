"""Numbers that never repeat (issue 10): official numbers are unique per year
and gapless, also when many notices are approved at once; a concurrency
failure is retried, never shown to the user; the database backs the rule."""

import datetime
import json
import re
import threading

from conftest import psql
from opslib import odoo_shell, ops_script
import pytest

NUMBER = re.compile(r"交办〔(\d{4})〕(\d+)号")

# The numbers of official documents (complaint registration numbers are not).
OFFICIAL_CODES = (
    "liaison.agreement",
    "liaison.assignment",
    "liaison.bulletin",
    "liaison.dispatch",
    "liaison.officer.appointment",
    "liaison.officer.card",
    "liaison.opinion.request",
)


def _assert_gapless(odoo):
    names = psql(
        odoo.db, "SELECT name FROM liaison_assignment WHERE name IS NOT NULL"
    ).split()
    per_year = {}
    for name in names:
        match = NUMBER.fullmatch(name)
        assert match, name
        per_year.setdefault(match.group(1), []).append(int(match.group(2)))
    for year, numbers in per_year.items():
        assert len(numbers) == len(set(numbers)), f"duplicates in {year}: {numbers}"
        assert sorted(numbers) == list(range(1, len(numbers) + 1)), (
            f"gap in {year}: {sorted(numbers)}"
        )
    return per_year


def test_official_sequences_gapless_and_constraints(odoo):
    """Every official number sequence is gapless; unique constraints exist."""
    rows = psql(
        odoo.db,
        "SELECT code || '=' || implementation || '/' || use_date_range "
        f"FROM ir_sequence WHERE code IN {OFFICIAL_CODES} ORDER BY code",
    ).split()
    assert len(rows) == len(OFFICIAL_CODES), rows
    assert all(row.endswith("=no_gap/true") for row in rows), rows
    constraints = psql(
        odoo.db,
        "SELECT conrelid::regclass || ':' || pg_get_constraintdef(oid) "
        "FROM pg_constraint WHERE contype = 'u' AND conrelid::regclass::text "
        "IN ('liaison_assignment', 'liaison_agreement', 'liaison_dispatch', "
        "'liaison_opinion_request', 'liaison_officer') ORDER BY 1",
    ).splitlines()
    assert {
        "liaison_agreement:UNIQUE (name)",
        "liaison_assignment:UNIQUE (name)",
        "liaison_dispatch:UNIQUE (name)",
        "liaison_officer:UNIQUE (appointment_number)",
        "liaison_officer:UNIQUE (card_number)",
        "liaison_opinion_request:UNIQUE (name)",
    } <= set(constraints), constraints


def test_concurrent_approvals_in_parallel_transactions(odoo):
    """8 threads with their own cursors approve 64 notices at once: every one
    is approved, numbers have no duplicate and no gap, conflicts were retried."""
    out = odoo_shell(odoo.db, ops_script("ops_concurrent_approve.py"))
    result = json.loads(out.strip().splitlines()[-1])
    print(
        "parallel transactions:",
        {k: v for k, v in result.items() if "numbers" not in k},
    )
    assert result["failures"] == []
    assert result["approved"] == result["approvals"] == 64
    assert len(set(result["new_numbers"])) == 64
    assert result["attempts"] == 64 + result["retries"]
    _assert_gapless(odoo)


def test_concurrent_approvals_over_http_show_no_error(odoo):
    """Office users approving at the same time over JSON-RPC never see a
    concurrency error: the server retries, each gets the next free number."""
    office = odoo.session("office")
    issue = odoo.call(
        office,
        "liaison.issue",
        "search",
        [
            ("date_accepted", "!=", False),
            ("stage_id.is_closed", "=", False),
            ("stage_id.is_rejected", "=", False),
        ],
        limit=1,
    )
    department = odoo.call(office, "liaison.department", "search", [], limit=1)
    deadline = (datetime.date.today() + datetime.timedelta(days=30)).isoformat()
    ids = odoo.call(
        office,
        "liaison.assignment",
        "create",
        [
            {
                "issue_id": issue[0],
                "lead_department_id": department[0],
                "deadline": deadline,
            }
            for _ in range(24)
        ],
    )
    sessions = [odoo.session("office") for _ in range(6)]
    barrier = threading.Barrier(len(sessions))
    errors = []

    def approve(session, chunk):
        barrier.wait()
        for assignment_id in chunk:
            try:
                assert odoo.call(
                    session, "liaison.assignment", "action_approve", [assignment_id]
                )
            except Exception as error:  # noqa: BLE001 (the test fails on it)
                errors.append(repr(error))

    threads = [
        threading.Thread(target=approve, args=(s, ids[i :: len(sessions)]))
        for i, s in enumerate(sessions)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    records = odoo.call(office, "liaison.assignment", "read", ids, ["state", "name"])
    assert {r["state"] for r in records} == {"approved"}
    assert len({r["name"] for r in records}) == 24
    _assert_gapless(odoo)


def test_duplicate_number_refused_by_database(odoo):
    """Even a direct SQL write of a used number is refused by PostgreSQL."""
    name = psql(
        odoo.db, "SELECT name FROM liaison_assignment WHERE name IS NOT NULL LIMIT 1"
    )
    with pytest.raises(Exception) as error:
        psql(
            odoo.db,
            "UPDATE liaison_assignment SET name = '"
            + name
            + "' WHERE id = (SELECT max(id) FROM liaison_assignment WHERE name <> '"
            + name
            + "')",
        )
    assert "liaison_assignment_name_uniq" in str(error.value.stderr)
