#!/usr/bin/env bash
# Restore an archive of setup/backup.sh into a new database.
#
#   ./setup/restore.sh ARCHIVE [DB]
#
# DB defaults to <backed-up database>_restored_YYYYmmdd_HHMMSS; it must not
# exist (an existing database is never overwritten).  The dump is restored
# with pg_restore and the attachments are copied into DB's filestore.  Serve
# the result with LIAISON_DB=DB ./setup/setup.sh.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ARCHIVE="${1:-}"
[ -n "$ARCHIVE" ] || die "usage: ./setup/restore.sh ARCHIVE [DB]"
[ -f "$ARCHIVE" ] || die "no archive $ARCHIVE"
ensure_postgres

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
tar -xf "$ARCHIVE" -C "$WORK" || die "$ARCHIVE is not a readable tar archive"
[ -f "$WORK/dump.pgcustom" ] && [ -f "$WORK/manifest.txt" ] \
    || die "$ARCHIVE is not an archive of setup/backup.sh (no dump.pgcustom or manifest.txt)"
SOURCE_DB="$(sed -n 's/^database=//p' "$WORK/manifest.txt")"
DB="${2:-${SOURCE_DB}_restored_$(date +%Y%m%d_%H%M%S)}"
[[ "$DB" =~ ^[a-zA-Z0-9][a-zA-Z0-9_.-]*$ ]] || die "invalid database name $DB"
db_exists "$DB" && die "database $DB exists: restore into a new name (./setup/restore.sh $ARCHIVE NEW_NAME)"

FILESTORE="$(filestore_dir "$DB")"
[ -e "$FILESTORE" ] && die "the filestore $FILESTORE exists already: remove it or choose another name"
say "restoring $ARCHIVE (database $SOURCE_DB) into $DB"
pg_tool createdb --template=template0 --encoding=UTF8 "$DB" || die "could not create database $DB"
if ! pg_tool pg_restore --no-owner --no-acl --exit-on-error -d "$DB" "$WORK/dump.pgcustom"; then
    pg_tool dropdb "$DB" >/dev/null 2>&1 || true
    die "pg_restore into $DB failed; $DB was dropped"
fi
mkdir -p "$FILESTORE"
cp -a "$WORK/filestore/." "$FILESTORE/" || die "copying the attachments to $FILESTORE failed"
say "restored into database $DB (attachments in $FILESTORE); serve it with: LIAISON_DB=$DB ./setup/setup.sh"
