#!/usr/bin/env bash
# Second command of the README: run every test on throwaway databases.
#
#   ./setup/test.sh
#
# 1. lint: ruff, ruff format --check, pylint-odoo's mandatory checks;
# 2. the three addons' Odoo tests (at_install and post_install, browser tours
#    in headless Chromium) on a new database; a skipped test fails the run;
# 3. the end-to-end tests under tests/ (pytest), which drive setup/setup.sh
#    and a served Odoo like a user would.
# Exits non-zero on any failure.  The last line is "liaison: N passed, M failed".
#
# Everything runs on the test cluster (.local/test/, fsync off for speed),
# never on the durable cluster that setup/setup.sh serves from.
export LIAISON_CLUSTER=test
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

ensure_all

OUT="$ROOT/tests/output"
mkdir -p "$OUT"
PASSED=0
FAILED=0
STATUS=0
fail() { say "FAILED: $*"; STATUS=1; }

# ---- 1. lint ----------------------------------------------------------------
PY_DIRS=(liaison_service liaison_service_reports liaison_service_portal tests)
say "lint: ruff check"
if "$PYTHON" -m ruff check "${PY_DIRS[@]}"; then PASSED=$((PASSED + 1)); else
    FAILED=$((FAILED + 1)); fail "ruff check"; fi
say "lint: ruff format --check"
if "$PYTHON" -m ruff format --check "${PY_DIRS[@]}"; then PASSED=$((PASSED + 1)); else
    FAILED=$((FAILED + 1)); fail "ruff format --check (run: python3 -m ruff format .)"; fi
say "lint: pylint-odoo mandatory checks"
if "$PYTHON" -m pylint --rcfile=.pylintrc-mandatory liaison_service \
    liaison_service_reports liaison_service_portal; then PASSED=$((PASSED + 1)); else
    FAILED=$((FAILED + 1)); fail "pylint-odoo"; fi

# ---- 2. Odoo tests ------------------------------------------------------------
TEST_DB="liaison_test_$$"
HTTP_PORT="$("$PYTHON" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
LOG="$OUT/odoo-tests.log"
say "Odoo tests of the three addons on database $TEST_DB (log: $LOG)"
set +e
odoo_cmd -d "$TEST_DB" -i "$ADDONS" --load-language=zh_CN --test-enable \
    --test-tags "/liaison_service,/liaison_service_reports,/liaison_service_portal" \
    --stop-after-init --http-port="$HTTP_PORT" --log-level=test \
    --max-cron-threads=0 >"$LOG" 2>&1
RC=$?
set -e
psql_cmd -d postgres -qc "DROP DATABASE IF EXISTS \"$TEST_DB\"" >/dev/null 2>&1 || true
set +e
"$PYTHON" - "$LOG" "$RC" <<'PY' >"$OUT/odoo-tests.summary"
import re, sys
log, rc = open(sys.argv[1], encoding="utf-8", errors="replace").read(), int(sys.argv[2])
m = re.findall(r"(\d+) failed, (\d+) error\(s\) of (\d+) tests when loading database", log)
failed = errors = run = 0
for f, e, n in m:
    failed, errors, run = failed + int(f), errors + int(e), run + int(n)
skipped = [
    line for line in log.splitlines()
    if re.search(r" skipped |SkipTest|websocket-client module is not installed"
                 r"|Chrome executable not found|Chrome headless not found", line)
]
problems = [line for line in log.splitlines() if re.search(r" (ERROR|CRITICAL) ", line)]
bad = rc != 0 or not m or failed or errors or skipped or problems or run == 0
for line in skipped:
    print("SKIPPED (counts as a failure):", line)
for line in problems[:50]:
    print("LOGGED:", line)
print(f"odoo: {run - failed - errors} passed, {failed + errors + len(skipped) + (1 if bad and not (failed or errors or skipped) else 0)} failed")
sys.exit(1 if bad else 0)
PY
ODOO_RC=$?
set -e
cat "$OUT/odoo-tests.summary"
grep -E "^.* INFO .*odoo\.modules\.module: .*(Ran|tests)|: [0-9]+ tests " "$LOG" | tail -5 || true
read -r ODOO_PASSED ODOO_FAILED < <(sed -nE 's/^odoo: ([0-9]+) passed, ([0-9]+) failed$/\1 \2/p' "$OUT/odoo-tests.summary") || true
PASSED=$((PASSED + ${ODOO_PASSED:-0}))
FAILED=$((FAILED + ${ODOO_FAILED:-1}))
[ "$ODOO_RC" = 0 ] || fail "Odoo tests (see $LOG)"

# ---- 3. end-to-end tests ------------------------------------------------------
say "end-to-end tests (pytest tests/)"
set +e
"$PYTHON" -m pytest -p no:cacheprovider -q tests --junitxml="$OUT/e2e.xml" 2>&1 | tee "$OUT/e2e.log"
E2E_RC=${PIPESTATUS[0]}
set -e
read -r E2E_PASSED E2E_FAILED < <("$PYTHON" - "$OUT/e2e.xml" <<'PY' || true
import sys, xml.etree.ElementTree as ET
try:
    root = ET.parse(sys.argv[1]).getroot()
except Exception:
    print(0, 1); sys.exit()
suites = [root] if root.tag == "testsuite" else list(root)
n = sum(int(s.get("tests", 0)) for s in suites)
bad = sum(int(s.get(k, 0)) for s in suites for k in ("failures", "errors", "skipped"))
print(n - bad, bad)
PY
) || true
E2E_PASSED=${E2E_PASSED:-0}
E2E_FAILED=${E2E_FAILED:-1}
PASSED=$((PASSED + E2E_PASSED))
FAILED=$((FAILED + E2E_FAILED))
if [ "$E2E_RC" != 0 ] || [ "$E2E_FAILED" != 0 ] || [ "$E2E_PASSED" = 0 ]; then
    fail "end-to-end tests"
fi

echo
[ "$STATUS" = 0 ] && [ "$FAILED" != 0 ] && STATUS=1
echo "liaison: $PASSED passed, $FAILED failed"
exit "$STATUS"
