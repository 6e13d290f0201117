# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from odoo import fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .test_checklist_common import ChecklistCommon

# Friday before the 2025 National Day holiday: Sunday Sep 28 is worked,
# Oct 1–8 are off, Saturday Oct 11 is a make-up working day.
START = date(2025, 9, 26)


@tagged("post_install", "-at_install")
class TestChecklist(ChecklistCommon):
    """Checklist templates, working-day deadlines, dependencies, progress."""

    def _apply(self, project=None):
        project = project or self.project_a
        project.action_apply_checklist_template(start_date=START)
        return self._lines_by_item(project)

    def test_template_deadlines_across_national_day(self):
        """Planned starts and deadlines skip the holiday, count make-up days."""
        lines = self._apply()
        register = lines[self.item_register]
        land = lines[self.item_land]
        fire = lines[self.item_fire]
        self.assertEqual(register.planned_start, START)
        self.assertEqual(register.time_limit_days, 3)
        # Sun Sep 28 (worked), Mon 29, Tue 30.
        self.assertEqual(register.deadline, date(2025, 9, 30))
        # 2 working days after Fri Sep 26: Sun 28, Mon 29.
        self.assertEqual(land.planned_start, date(2025, 9, 29))
        self.assertEqual(land.deadline, date(2025, 11, 3))
        # 5 working days: Sep 28, 29, 30, Oct 9, Oct 10.
        self.assertEqual(fire.planned_start, date(2025, 10, 10))
        # 15 working days from Oct 10, Saturday Oct 11 counted first.
        self.assertEqual(fire.deadline, date(2025, 10, 30))
        self.assertEqual(land.depends_on_ids, register)
        self.assertEqual(fire.depends_on_ids, land)
        self.assertEqual(land.department_id, self.dept_a)
        self.assertEqual(land.guide_id, self.guide_land)
        self.assertEqual(land.phase, "project_approval")
        self.assertEqual(land.user_id, self.user_officer_a)

    def test_make_up_saturday_is_a_working_day(self):
        """A line starting on the make-up Saturday Oct 11 counts it as worked."""
        line = self.env["liaison.checklist.line"].create(
            {
                "project_id": self.project_a.id,
                "approval_item_id": self.item_register.id,
                "planned_start": date(2025, 10, 10),
            }
        )
        # Sat Oct 11 (worked), Mon 13, Tue 14.
        self.assertEqual(line.deadline, date(2025, 10, 14))
        line.planned_start = date(2025, 10, 3)
        # Oct 4–8 off: Thu 9, Fri 10, Sat 11.
        self.assertEqual(line.deadline, date(2025, 10, 11))

    def test_guide_kept_at_instantiation(self):
        """The line keeps the guide it was planned with when the guide changes."""
        land = self._apply()[self.item_land]
        new_guide = self.env["liaison.department.guide"].create(
            {"item_id": self.item_land.id, "name": "New guide", "phone": "1"}
        )
        self.assertEqual(self.item_land.guide_id, new_guide)
        self.assertEqual(land.guide_id, self.guide_land)

    def test_green_channel_shortened_limits(self):
        """Green channel: promised limit, else half the statutory limit rounded up."""
        self.project_a.green_channel = True
        lines = self._apply()
        self.assertEqual(lines[self.item_register].time_limit_days, 1)
        self.assertEqual(lines[self.item_land].time_limit_days, 10)
        self.assertEqual(lines[self.item_fire].time_limit_days, 8)
        self.assertEqual(lines[self.item_land].deadline, date(2025, 10, 20))
        self.assertEqual(lines[self.item_fire].deadline, date(2025, 10, 21))
        self.project_a.green_channel = False
        self.assertEqual(lines[self.item_fire].time_limit_days, 15)
        self.assertEqual(lines[self.item_fire].deadline, date(2025, 10, 30))

    def test_apply_twice_and_without_template(self):
        """Applying again adds nothing; a project without template is refused."""
        self._apply()
        self._apply()
        self.assertEqual(len(self.project_a.checklist_line_ids), 3)
        self.project_a2.project_type_id = False
        with self.assertRaisesText(UserError, "No checklist template"):
            self.project_a2.action_apply_checklist_template()
        self.assertFalse(self.project_a2.checklist_line_ids)

    def test_dependency_blocks_start(self):
        """A line starts only once its dependencies are approved or not needed."""
        lines = self._apply()
        register, land, fire = (
            lines[self.item_register],
            lines[self.item_land],
            lines[self.item_fire],
        )
        with self.assertRaisesText(UserError, "cannot start before"):
            land.action_start()
        self.assertEqual(land.state, "todo")
        with self.assertRaisesText(UserError, "cannot start before"):
            land.write({"state": "approved"})
        register.action_start()
        register.action_submit()
        self.assertEqual(register.date_submitted, fields.Date.context_today(register))
        with self.assertRaisesText(UserError, "cannot start before"):
            land.action_start()
        register.action_approve()
        self.assertEqual(register.date_approved, fields.Date.context_today(register))
        land.action_start()
        self.assertEqual(land.state, "in_progress")
        land.action_not_needed()
        fire.action_start()
        self.assertEqual(fire.state, "in_progress")

    def test_dependency_cycle_refused(self):
        """Cycles between lines, and between template lines, are refused."""
        lines = self._apply()
        with self.assertRaisesText(ValidationError, "cycle"):
            lines[self.item_register].depends_on_ids = lines[self.item_fire]
        with self.assertRaisesText(ValidationError, "cycle"):
            self.tline_register.depends_on_ids = self.tline_fire

    def test_dependency_on_other_project_refused(self):
        """A line cannot depend on a line of another project."""
        lines_a = self._apply()
        lines_b = self._apply(self.project_b)
        with self.assertRaisesText(ValidationError, "its own project"):
            lines_a[self.item_land].depends_on_ids = lines_b[self.item_register]

    def test_bad_dates_refused(self):
        """Deadline before start and a start years back are refused."""
        line = self._apply()[self.item_land]
        with self.assertRaisesText(ValidationError, "cannot be before"):
            line.deadline = date(2025, 9, 1)
        self.assertEqual(line.deadline, date(2025, 11, 3))
        with self.assertRaisesText(ValidationError, "more than a year"):
            line.planned_start = date(2024, 1, 1)
        with self.assertRaisesText(ValidationError, "cannot be negative"):
            line.time_limit_days = -2

    def test_progress_and_chatter(self):
        """Progress counts approved and not needed; state changes are posted."""
        lines = self._apply()
        self.assertEqual(self.project_a.checklist_progress, 0)
        lines[self.item_register].action_not_needed()
        self.assertAlmostEqual(self.project_a.checklist_progress, 100 / 3, 2)
        lines[self.item_land].action_start()
        lines[self.item_land].action_submit()
        lines[self.item_land].action_approve()
        self.assertAlmostEqual(self.project_a.checklist_progress, 200 / 3, 2)
        self.assertEqual(self.project_b.checklist_progress, 0)
        bodies = self.project_a.message_ids.mapped("body")
        self.assertTrue(
            any("Land use planning permit" in b and "Approved" in b for b in bodies)
        )
        self.assertTrue(any(self.env.user.name in b for b in bodies))
        with self.assertRaisesText(UserError, "Only checklist items still to do"):
            lines[self.item_land].unlink()

    def test_overdue(self):
        """Open lines past their deadline are overdue, done ones are not."""
        lines = self._apply()
        Line = self.env["liaison.checklist.line"]
        self.assertTrue(lines[self.item_land].is_overdue)
        lines[self.item_register].action_not_needed()
        self.assertFalse(lines[self.item_register].is_overdue)
        overdue = Line.search(
            [("is_overdue", "=", True), ("project_id", "=", self.project_a.id)]
        )
        self.assertEqual(overdue, lines[self.item_land] | lines[self.item_fire])
        not_overdue = Line.search(
            [("is_overdue", "=", False), ("project_id", "=", self.project_a.id)]
        )
        self.assertEqual(not_overdue, lines[self.item_register])

    def test_access(self):
        """Officers edit their projects' lines; departments and portal only read."""
        lines_a = self._apply()
        self._apply(self.project_b)
        Line = self.env["liaison.checklist.line"]
        officer_lines = Line.with_user(self.user_officer_a).search([])
        self.assertEqual(officer_lines, self.project_a.checklist_line_ids)
        lines_a[self.item_register].with_user(self.user_officer_a).action_start()
        office_b_lines = Line.with_user(self.user_office_b).search([])
        self.assertEqual(office_b_lines, self.project_b.checklist_line_ids)
        dept_lines = Line.with_user(self.user_department_a).search([])
        self.assertEqual(dept_lines.department_id, self.dept_a)
        self.assertEqual(len(dept_lines), 4)
        with self.assertRaises(AccessError):
            lines_a[self.item_land].with_user(self.user_department_a).write(
                {"note": "x"}
            )
        portal_lines = Line.with_user(self.user_portal_a).search([])
        self.assertEqual(portal_lines, self.project_a.checklist_line_ids)
        self.assertTrue(portal_lines.read(["name", "deadline", "state"]))
        with self.assertRaises(AccessError):
            portal_lines[:1].write({"note": "x"})
        self.assertFalse(Line.with_user(self.user_portal).search([]))
