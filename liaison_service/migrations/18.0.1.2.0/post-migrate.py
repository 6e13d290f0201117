# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""18.0.1.2.0: project stages say what they mean (is_intake, is_dispatched,
is_delivered, is_completed, is_terminated); the service flow finds its
stages by these flags instead of their xml ids and sequences.

The stages are noupdate data, so an upgrade adds the columns but does not set
the flags: they are set here on the shipped stages, found by their xml ids.
A flag already set on some stage (by an administrator) is left as it is.
"""

import logging

_logger = logging.getLogger(__name__)

# Flag: the xml ids of the shipped stages that carry it.
STAGE_FLAGS = {
    "is_intake": ("liaison_project_stage_consult", "liaison_project_stage_accepted"),
    "is_dispatched": ("liaison_project_stage_dispatched",),
    "is_delivered": ("liaison_project_stage_delivered",),
    "is_completed": ("liaison_project_stage_completed",),
    "is_terminated": ("liaison_project_stage_terminated",),
}


def migrate(cr, version):
    if not version:
        return
    for flag, names in STAGE_FLAGS.items():
        # Column names come from the constant above, never from input.
        cr.execute(f"SELECT 1 FROM liaison_project_stage WHERE {flag} LIMIT 1")
        if cr.fetchone():
            continue
        cr.execute(
            f"""
            UPDATE liaison_project_stage s
               SET {flag} = TRUE
              FROM ir_model_data d
             WHERE d.module = 'liaison_service'
               AND d.model = 'liaison.project.stage'
               AND d.name IN %s AND d.res_id = s.id
         RETURNING s.id, s.is_closed
            """,
            (names,),
        )
        rows = cr.fetchall()
        if not rows:
            _logger.warning(
                "No project stage flagged %s: its shipped stage is gone; "
                "set the flag on a stage (Configuration > Project Stages).",
                flag,
            )
        closing = flag in ("is_completed", "is_terminated")
        for stage_id, is_closed in rows:
            if closing and not is_closed:
                _logger.warning(
                    "Project stage %s is flagged %s but is not a closing stage.",
                    stage_id,
                    flag,
                )
