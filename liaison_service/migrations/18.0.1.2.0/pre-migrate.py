# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""18.0.1.2.0: the project form and list hold their own checklist, opinion
request and service-flow parts; the extension views that added them are
gone.  They are dropped before the views load, so the updated form is never
validated with its old extensions on top of it."""

FOLDED_VIEWS = (
    "liaison_project_view_form_checklist",
    "liaison_project_view_list_checklist",
    "liaison_project_view_form_service",
)


def migrate(cr, version):
    if not version:
        return
    cr.execute(
        """
        DELETE FROM ir_ui_view
         WHERE id IN (SELECT res_id FROM ir_model_data
                       WHERE module = 'liaison_service' AND model = 'ir.ui.view'
                         AND name IN %s)
        """,
        (FOLDED_VIEWS,),
    )
    cr.execute(
        """
        DELETE FROM ir_model_data
         WHERE module = 'liaison_service' AND model = 'ir.ui.view'
           AND name IN %s
        """,
        (FOLDED_VIEWS,),
    )
