# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""18.0.1.1.0: official numbers become unique (SQL constraints name_uniq).

The rectification's extension of the issue form hung its buttons on the issue
form's former reopen button: the old extension is dropped before the views
load, and comes back from its file.

Before the constraints are added, any number used twice (possible with the
former non-gapless sequences only if a sequence was reset by hand) is made
unique by suffixing the later records' numbers with their id, so that the
upgrade never fails and no record is lost.  Each change is logged.
"""

import logging

_logger = logging.getLogger(__name__)

NUMBERED_TABLES = (
    "liaison_assignment",
    "liaison_agreement",
    "liaison_dispatch",
    "liaison_opinion_request",
)


def migrate(cr, version):
    if not version:
        return
    drop_stale_views(cr)
    for table in NUMBERED_TABLES:
        cr.execute("SELECT to_regclass(%s)", (table,))
        if not cr.fetchone()[0]:
            continue
        # Table names come from the constant above, never from input.
        cr.execute(
            f"""
            SELECT id, name FROM (
                SELECT id, name,
                       row_number() OVER (PARTITION BY name ORDER BY id) AS n
                  FROM {table}
                 WHERE name IS NOT NULL
            ) numbered
            WHERE n > 1
            """
        )
        for record_id, name in cr.fetchall():
            new_name = f"{name}-{record_id}"
            _logger.warning(
                "%s %s: duplicate number %s renamed %s",
                table,
                record_id,
                name,
                new_name,
            )
            cr.execute(
                f"UPDATE {table} SET name = %s WHERE id = %s",
                (new_name, record_id),
            )


def drop_stale_views(cr):
    """Drop the old extension views that point at buttons which are gone."""
    cr.execute(
        """
        DELETE FROM ir_ui_view
         WHERE id IN (SELECT res_id FROM ir_model_data
                       WHERE module = 'liaison_service' AND model = 'ir.ui.view'
                         AND name = 'liaison_issue_view_form_rectification')
        """
    )
    cr.execute(
        """
        DELETE FROM ir_model_data
         WHERE module = 'liaison_service' AND model = 'ir.ui.view'
           AND name = 'liaison_issue_view_form_rectification'
        """
    )
