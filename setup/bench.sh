#!/usr/bin/env bash
# Benchmarks at province scale (SPEC §4) on a throwaway demo database.
# Not part of the test command: they report figures, they are not timed tests.
#
#   ./setup/bench.sh            all benchmarks under tests/benchmarks/
#   BENCH_ISSUES=20000 ./setup/bench.sh   a smaller data set
export LIAISON_CLUSTER=test # a throwaway database: the test cluster
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
ensure_all
DB="liaison_bench_$$"
trap 'psql_cmd -d postgres -qc "DROP DATABASE IF EXISTS \"$DB\"" >/dev/null 2>&1 || true' EXIT
say "creating the demo database $DB"
odoo_cmd -d "$DB" -i "$ADDONS" --stop-after-init --no-http --log-level=warn \
    || die "could not create $DB"
for bench in tests/benchmarks/bench_*.py; do
    say "running $bench"
    odoo_cmd shell -d "$DB" --no-http --log-level=warn <"$bench"
done
