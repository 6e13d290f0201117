# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from .test_project_common import ProjectCommon


class ChecklistCommon(ProjectCommon):
    """Approval items with guides, a project type and its checklist template."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Item = cls.env["liaison.approval.item"]
        cls.item_register = Item.create(
            {
                "name": "Company registration",
                "department_id": cls.dept_a.id,
                "phase": "startup",
                "time_limit_days": 3,
                "promised_days": 1,
            }
        )
        cls.item_land = Item.create(
            {
                "name": "Land use planning permit",
                "department_id": cls.dept_a.id,
                "phase": "project_approval",
                "time_limit_days": 20,
                "material_ids": [(0, 0, {"name": "Application form"})],
            }
        )
        cls.item_fire = Item.create(
            {
                "name": "Fire design review",
                "department_id": cls.dept_a2.id,
                "phase": "construction_permit",
                "time_limit_days": 15,
            }
        )
        cls.item_b = Item.create(
            {
                "name": "County B land permit",
                "department_id": cls.dept_b.id,
                "phase": "project_approval",
                "time_limit_days": 10,
            }
        )
        Guide = cls.env["liaison.department.guide"]
        cls.guide_land = Guide.create(
            {
                "item_id": cls.item_land.id,
                "user_id": cls.user_department_a.id,
                "phone": "0839-5550001",
            }
        )
        cls.guide_b = Guide.create(
            {"item_id": cls.item_b.id, "name": "Guide B", "phone": "0839-5550002"}
        )
        cls.ptype = cls.env["liaison.project.type"].create({"name": "Test type"})
        Template = cls.env["liaison.checklist.template"]
        cls.template = Template.create(
            {"name": "Test checklist", "project_type_id": cls.ptype.id}
        )
        TLine = cls.env["liaison.checklist.template.line"]
        cls.tline_register = TLine.create(
            {
                "template_id": cls.template.id,
                "sequence": 10,
                "approval_item_id": cls.item_register.id,
                "offset_days": 0,
            }
        )
        cls.tline_land = TLine.create(
            {
                "template_id": cls.template.id,
                "sequence": 20,
                "approval_item_id": cls.item_land.id,
                "offset_days": 2,
                "depends_on_ids": [(6, 0, cls.tline_register.ids)],
            }
        )
        cls.tline_fire = TLine.create(
            {
                "template_id": cls.template.id,
                "sequence": 30,
                "approval_item_id": cls.item_fire.id,
                "offset_days": 5,
                "depends_on_ids": [(6, 0, cls.tline_land.ids)],
            }
        )
        cls.project_a.project_type_id = cls.ptype
        cls.project_b.project_type_id = cls.ptype
        # The projects were registered before the 2025 National Day holiday.
        cls._backdate(cls.project_a | cls.project_b)

    @classmethod
    def _backdate(cls, projects, when="2025-09-01 08:00:00"):
        cls.env.cr.execute(
            "UPDATE liaison_project SET create_date = %s WHERE id = ANY(%s)",
            [when, projects.ids],
        )
        projects.invalidate_recordset(["create_date"])

    def _lines_by_item(self, project):
        return {line.approval_item_id: line for line in project.checklist_line_ids}
