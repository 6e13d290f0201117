"""Upgrades that keep data (issue 10): install the addons of the previous
release (LIAISON_UPGRADE_FROM, a git commit or tag, default the last released
commit), create a realistic data set, upgrade to the working tree with -u,
and check that every record, signature, number and attachment is still there
and still passes its constraints."""

import json
import os
import re
import shutil
import subprocess
import tempfile

from conftest import psql
from opslib import ROOT, file_sha, filestore, lib, ops_script
import pytest

PREVIOUS_RELEASE = os.environ.get("LIAISON_UPGRADE_FROM", "bf58e0a")
ADDON_DIRS = ["liaison_service", "liaison_service_reports", "liaison_service_portal"]

SNAPSHOT = {
    # Every row of every liaison table, by id.
    "tables": """
        SELECT string_agg(t.table_name || ':' || (c.column_name IS NOT NULL), ' '
                          ORDER BY t.table_name)
        FROM information_schema.tables t
        LEFT JOIN information_schema.columns c ON c.table_schema = 'public'
             AND c.table_name = t.table_name AND c.column_name = 'id'
        WHERE t.table_schema = 'public' AND t.table_name LIKE 'liaison%'
          AND t.table_type = 'BASE TABLE'""",
    "numbers": """
        SELECT md5(x) FROM (
            SELECT 'a' || id || name AS x FROM liaison_assignment WHERE name IS NOT NULL
            UNION ALL SELECT 'g' || id || name FROM liaison_agreement
                WHERE name IS NOT NULL
            UNION ALL SELECT 'd' || id || name FROM liaison_dispatch
                WHERE name IS NOT NULL
            UNION ALL SELECT 'o' || id || name FROM liaison_opinion_request
            UNION ALL SELECT 'p' || id || appointment_number || card_number
                FROM liaison_officer WHERE appointment_number IS NOT NULL
        ) numbers""",
    "signatures": """
        SELECT md5(a.id || ':' || a.state || ':' || a.signed_by || ':'
                   || a.signed_pdf_sha256 || ':' || s.checksum)
        FROM liaison_agreement a
        JOIN ir_attachment s ON s.res_model = 'liaison.agreement'
             AND s.res_id = a.id AND s.res_field = 'signature'
        WHERE a.state = 'signed'""",
    "attachments": """
        SELECT md5(id || ':' || coalesce(res_model, '') || ':'
                   || coalesce(res_id, 0) || ':' || checksum)
        FROM ir_attachment WHERE res_model LIKE 'liaison%'""",
    "messages": """
        SELECT md5(id || ':' || model || ':' || res_id)
        FROM mail_message WHERE model LIKE 'liaison%'""",
}


def _snapshot(db):
    # Each key: the set of its rows' digests.  An upgrade may add rows (the
    # new demo records of a demo database), never lose or change one.
    shot = {key: frozenset(psql(db, sql).split()) for key, sql in SNAPSHOT.items()}
    for item in shot.pop("tables"):
        table, has_id = item.split(":")
        # Rows by id; relation tables (no id) by their whole row.
        key = "id::text" if has_id == "true" else "t::text"
        shot[table] = frozenset(
            psql(
                db,
                f'SELECT md5(x) FROM (SELECT {key} AS x FROM "{table}" t) rows',
            ).split()
        )
    return shot


def _odoo(addons_dir, db, args):
    """Odoo with the addons of ``addons_dir`` in place of the working tree."""
    return lib(
        'path="$(addons_path)"; path="${path%"$ROOT"}$ADDONS_DIR"; '
        '"$PYTHON" -m odoo --addons-path="$path" "${DB_ARGS[@]}" -d "$DB" $ARGS',
        ADDONS_DIR=addons_dir,
        DB=db,
        ARGS=args,
    )


def _shell(addons_dir, db, code):
    script = (
        f'source "{ROOT}/setup/lib.sh" && ensure_postgres && '
        'path="$(addons_path)"; path="${path%"$ROOT"}$ADDONS_DIR"; '
        '"$PYTHON" -m odoo shell --addons-path="$path" "${DB_ARGS[@]}" -d "$DB" '
        "--no-http --log-level=warn"
    )
    result = subprocess.run(
        ["bash", "-c", script],
        input=code,
        env=dict(os.environ, ADDONS_DIR=addons_dir, DB=db),
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def previous_release():
    folder = tempfile.mkdtemp(prefix="liaison-previous-")
    archive = subprocess.run(
        ["git", "-C", ROOT, "archive", PREVIOUS_RELEASE, *ADDON_DIRS],
        capture_output=True,
        check=False,
    )
    assert archive.returncode == 0, (
        f"cannot read the previous release {PREVIOUS_RELEASE} from git "
        f"(set LIAISON_UPGRADE_FROM to a commit or tag): {archive.stderr.decode()}"
    )
    subprocess.run(["tar", "-x", "-C", folder], input=archive.stdout, check=True)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_upgrade_from_previous_release_keeps_everything(previous_release):
    db = f"liaison_upgrade_{os.getpid()}"
    try:
        _odoo(
            previous_release,
            db,
            "-i liaison_service,liaison_service_reports,liaison_service_portal "
            "--load-language=zh_CN --stop-after-init --no-http --log-level=warn",
        )
        out = _shell(previous_release, db, ops_script("ops_upgrade_data.py"))
        assert re.search(r"^DATA \d+ [1-9]\d* [1-9]\d*$", out, re.MULTILINE), out
        before = _snapshot(db)
        assert before["signatures"], "no signed agreement in the data set"
        old_versions = psql(
            db,
            "SELECT string_agg(latest_version, ',') FROM ir_module_module "
            "WHERE name LIKE 'liaison%'",
        )

        upgrade = _odoo(
            ROOT,
            db,
            "-u liaison_service,liaison_service_reports,liaison_service_portal "
            "--stop-after-init --no-http --log-level=info",
        )
        log = upgrade.stdout + upgrade.stderr
        bad = [
            line
            for line in log.splitlines()
            if re.search(r" (ERROR|CRITICAL) |unable to add constraint", line)
        ]
        assert not bad, "\n".join(bad)
        new_versions = psql(
            db,
            "SELECT string_agg(DISTINCT latest_version, ',') FROM ir_module_module "
            "WHERE name LIKE 'liaison%'",
        )
        print(
            f"upgraded {PREVIOUS_RELEASE}: {old_versions} -> {new_versions}; "
            f"{len(before) - 4} liaison tables, "
            f"numbers {len(before['numbers'])}, "
            f"attachments {len(before['attachments'])}, "
            f"messages {len(before['messages'])} compared"
        )

        after = _snapshot(db)
        lost = {
            key: len(rows - after.get(key, frozenset()))
            for key, rows in before.items()
            if not rows <= after.get(key, frozenset())
        }
        assert not lost, f"rows lost or changed by the upgrade: {lost}"
        # Every attachment's bytes are still in the filestore.
        store = filestore(db)
        rows = psql(
            db,
            "SELECT checksum || ' ' || store_fname FROM ir_attachment "
            "WHERE store_fname IS NOT NULL AND res_model LIKE 'liaison%'",
        ).splitlines()
        assert rows
        for row in rows:
            checksum, fname = row.split()
            assert file_sha(os.path.join(store, fname)) == checksum, fname
        # Constraints still hold; numbering continues without repeating.
        out = _shell(ROOT, db, ops_script("ops_upgrade_check.py"))
        check = json.loads(out.split("CHECK ", 1)[1].splitlines()[0])
        assert check["problems"] == [] and check["checked"] > 100, check
        year = re.fullmatch(r"交办〔(\d{4})〕(\d+)号", check["next"])
        assert year, check
        used = psql(
            db,
            "SELECT count(*) FROM liaison_assignment "
            f"WHERE name LIKE '交办〔{year.group(1)}〕%'",
        )
        assert int(year.group(2)) == int(used) + 1
        assert (
            psql(
                db,
                "SELECT count(*) FROM ir_sequence WHERE code LIKE 'liaison.%' "
                "AND implementation = 'no_gap'",
            )
            == "7"  # the six official numbers and the bulletins'
        )
    finally:
        psql("postgres", f'DROP DATABASE IF EXISTS "{db}"')
        shutil.rmtree(filestore(db), ignore_errors=True)
