# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""What the benchmarks share: look-ups, timing and the generated issues.

Not a benchmark itself (setup/bench.sh runs bench_*.py only).  A benchmark
runs in ``odoo shell`` from the repository's root and imports it with::

    import sys

    sys.path.insert(0, "tests/benchmarks")  # odoo shell runs from the root
    from benchlib import ids, timed
"""

import time

ISSUE_BATCH = 50000


# ---- Look-ups ----
def ids(env, model, domain=None):
    """Every id of ``model`` (archived ones too) matching ``domain``."""
    return env[model].sudo().with_context(active_test=False).search(domain or []).ids


# ---- Timing ----
def timed(env, label, function, repeat=3):
    """Best of ``repeat`` cold-cache runs of ``function`` (after a warm one)."""
    function()  # warm the caches
    times = []
    result = None
    for _i in range(repeat):
        env.invalidate_all()
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    print(f"{label:<68} best {min(times) * 1000:9.1f} ms")
    return result


def once(label, function):
    """One run of ``function``, timed."""
    start = time.perf_counter()
    result = function()
    print(f"{label:<68} once {(time.perf_counter() - start) * 1000:9.1f} ms")
    return result


def counted(env, function):
    """``(seconds, queries, result)`` of one cold-cache run of ``function``."""
    env.invalidate_all()
    queries = env.cr.sql_log_count
    start = time.perf_counter()
    result = function()
    seconds = time.perf_counter() - start
    return seconds, env.cr.sql_log_count - queries, result


# ---- Generated issues ----
def issue_params(env):
    """The demo records generated issues are spread over."""
    return {
        "regions": ids(env, "liaison.region"),
        "departments": ids(env, "liaison.department"),
        "categories": ids(env, "liaison.issue.category"),
        "types": ids(env, "liaison.issue.type"),
        "stages": ids(env, "liaison.issue.stage"),
        "partners": ids(env, "res.partner", [("is_company", "=", True)]),
        "officers": ids(env, "liaison.officer") or [None],
        "uid": env.uid,
    }


def generate_issues(env, count, params):
    """Insert ``count`` issues in SQL (no ORM, no mail tracking), accepted over
    eleven months of 2025, resolution deadlines 3 to 13 days later, one issue
    in seven of each stage, solved and closed as their stage says.  Returns
    the highest issue id before them."""
    print(
        f"Generating {count} issues over {len(params['regions'])} regions, "
        f"{len(params['departments'])} departments, {len(params['categories'])} "
        f"categories, {len(params['types'])} types, {len(params['stages'])} stages"
    )
    cr = env.cr
    cr.execute("SELECT COALESCE(MAX(id), 0) FROM liaison_issue")
    first_id = cr.fetchone()[0]
    for offset in range(0, count, ISSUE_BATCH):
        cr.execute(
            """
            INSERT INTO liaison_issue (
                name, partner_id, region_id, category_id, type_id, officer_id,
                stage_id, source, escalation_level, priority, active,
                date_accepted, response_deadline, resolution_deadline,
                rating_last_value, create_date, write_date, create_uid, write_uid)
            SELECT 'Bench issue ' || g,
                   (%(partners)s::int[])[1 + g %% cardinality(%(partners)s::int[])],
                   (%(regions)s::int[])[1 + g %% cardinality(%(regions)s::int[])],
                   (%(categories)s::int[])
                       [1 + g %% cardinality(%(categories)s::int[])],
                   (%(types)s::int[])[1 + g %% cardinality(%(types)s::int[])],
                   (%(officers)s::int[])[1 + g %% cardinality(%(officers)s::int[])],
                   (%(stages)s::int[])
                       [1 + (g / 7) %% cardinality(%(stages)s::int[])],
                   'officer_visit', 'officer', '0', TRUE,
                   DATE '2025-01-01' + (g %% 330),
                   DATE '2025-01-01' + (g %% 330) + 1,
                   DATE '2025-01-01' + (g %% 330) + 3 + g %% 11,
                   CASE WHEN g %% 3 = 0 THEN 1 + g %% 5 ELSE 0 END,
                   NOW(), NOW(), %(uid)s, %(uid)s
              FROM generate_series(%(start)s, %(stop)s) g
            """,
            {**params, "start": offset + 1, "stop": min(offset + ISSUE_BATCH, count)},
        )
    cr.execute(
        """
        UPDATE liaison_issue i
           SET is_closed = COALESCE(s.is_closed, FALSE),
               date_solved = CASE WHEN s.is_closed OR s.is_solved
                                  THEN i.resolution_deadline - 1 + i.id %% 3 END,
               date_closed = CASE WHEN s.is_closed
                                  THEN i.resolution_deadline + i.id %% 4 END
          FROM liaison_issue_stage s
         WHERE s.id = i.stage_id AND i.id > %s
        """,
        [first_id],
    )
    return first_id


def generate_sent_assignments(env, first_id, params):
    """One generated issue in two (after ``first_id``) gets an assignment sent
    with a 10-day deadline to one of the departments."""
    env.cr.execute(
        """
        INSERT INTO liaison_assignment (
            issue_id, lead_department_id, region_id, date_assigned, deadline,
            state, sent_on, create_date, write_date, create_uid, write_uid)
        SELECT i.id,
               (%(departments)s::int[])
                   [1 + i.id %% cardinality(%(departments)s::int[])],
               i.region_id, i.date_accepted, i.date_accepted + 10,
               'sent', i.date_accepted + i.id %% 3, NOW(), NOW(), %(uid)s, %(uid)s
          FROM liaison_issue i
         WHERE i.id > %(first)s AND i.id %% 2 = 0
        """,
        {**params, "first": first_id},
    )


def generate_issue_backlog(env, count):
    """``count`` generated issues, one in two with a sent assignment, the
    tables analysed; prints how long it took.  Returns the highest issue id
    before them."""
    start = time.perf_counter()
    params = issue_params(env)
    first_id = generate_issues(env, count, params)
    generate_sent_assignments(env, first_id, params)
    analyze(env, "liaison_issue", "liaison_assignment")
    print(f"Generated in {time.perf_counter() - start:.1f} s")
    env.cr.execute("SELECT COUNT(*) FROM liaison_issue")
    print(f"Issues in the database: {env.cr.fetchone()[0]}")
    return first_id


def analyze(env, *tables):
    for table in tables:
        env.cr.execute(f"ANALYZE {table}")
