# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import tagged

from .test_checklist_common import ChecklistCommon

PROJECT_LIST_SPEC = {
    "name": {},
    "partner_id": {"fields": {"display_name": {}}},
    "region_id": {"fields": {"display_name": {}}},
    "stage_id": {"fields": {"display_name": {}}},
    "checklist_progress": {},
}


@tagged("post_install", "-at_install")
class TestChecklistQueries(ChecklistCommon):
    """Reading checklist progress costs the same for 10 or 200 projects."""

    def _make_projects(self, count, prefix):
        projects = self.Project.create(
            [
                self._project_vals(
                    name=f"{prefix} {i}",
                    project_type_id=self.ptype.id,
                    region_id=self.township_a.id,
                )
                for i in range(count)
            ]
        )
        self._backdate(projects)
        projects.action_apply_checklist_template(start_date="2025-09-26")
        projects.checklist_line_ids.filtered(
            lambda line: line.approval_item_id == self.item_register
        ).action_not_needed()
        return projects

    def _queries(self, projects):
        Project = self.Project.with_user(self.user_office_a)
        self.env.invalidate_all()
        count, result = self.count_queries(
            Project.web_search_read,
            [("id", "in", projects.ids)],
            PROJECT_LIST_SPEC,
            limit=500,
        )
        self.assertEqual(result["length"], len(projects))
        return count, result["records"]

    def test_progress_list_queries_do_not_grow(self):
        """The project list with checklist progress: 10 or 200 rows, same queries."""
        small = self._make_projects(10, "S")
        big = self._make_projects(200, "B")
        self.env.flush_all()
        self._queries(small)  # warm the caches of rules and views
        count_small, records = self._queries(small)
        count_big, records_big = self._queries(big)
        self.assertEqual(count_small, count_big)
        self.assertAlmostEqual(records[0]["checklist_progress"], 100 / 3, 2)
        self.assertAlmostEqual(records_big[-1]["checklist_progress"], 100 / 3, 2)

    def test_progress_recompute_is_set_based(self):
        """Recomputing the progress of 10 or 200 projects costs the same."""
        small = self._make_projects(10, "S")
        big = self._make_projects(200, "B")
        self.env.flush_all()
        counts = []
        for projects in (small, big):
            self.env.invalidate_all()
            counts.append(self.count_queries(projects._compute_checklist_progress)[0])
        self.assertEqual(counts[0], counts[1])
