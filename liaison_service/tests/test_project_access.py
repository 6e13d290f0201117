# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import AccessError
from odoo.tests import tagged

from .test_project_common import ProjectCommon


class TestProjectAccess(ProjectCommon):
    def _visible(self, user):
        return self.Project.with_user(user).search([]) & (
            self.project_a | self.project_a2 | self.project_b
        )

    def test_office_sees_its_jurisdiction(self):
        """County A's office sees county A's projects, nothing of county B."""
        self.assertCountyJurisdiction(
            self._visible, self.project_a | self.project_a2, self.project_b
        )

    def test_leadership_sees_the_city(self):
        """The city's leadership sees the projects of both counties."""
        self.assertEqual(
            self._visible(self.user_leader),
            self.project_a | self.project_a2 | self.project_b,
        )

    def test_officer_sees_only_served_projects(self):
        """An officer sees the projects it serves, as main or as assistant."""
        self.assertEqual(self._visible(self.user_officer_a), self.project_a)
        self.assertEqual(self._visible(self.user_officer_a2), self.project_a2)
        with self.assertRaises(AccessError):
            self.project_a.with_user(self.user_officer_a2).read(["name"])
        with self.assertRaises(AccessError):
            self.Project.with_user(self.user_officer_a).create(self._project_vals())

    def test_department_and_internal_see_nothing(self):
        """Department users and plain internal users have no access to projects."""
        for user in (self.user_department_a, self.user_internal):
            self.assertFalse(self.Project.with_user(user).has_access("read"))

    def test_portal_sees_own_company(self):
        """A portal user reads its own company's projects only, read-only."""
        project = self.project_a.with_user(self.user_portal_a)
        self.assertEqual(
            self._visible(self.user_portal_a), self.project_a | self.project_a2
        )
        self.assertEqual(project.stage_id.name, "Consultation")
        with self.assertRaises(AccessError):
            self.project_b.with_user(self.user_portal_a).read(["name"])
        with self.assertRaises(AccessError):
            project.name = "Changed by the enterprise"
        self.assertFalse(self._visible(self.user_portal))


@tagged("post_install", "-at_install")
class TestProjectQueryCount(ProjectCommon):
    def _kanban_spec(self):
        arch = self.Project.get_views([(False, "kanban")])["views"]["kanban"]["arch"]
        self.assertIn('t-name="card"', arch)
        return {
            "name": {},
            "partner_id": {"fields": {"display_name": {}}},
            "region_id": {"fields": {"display_name": {}}},
            "stage_id": {"fields": {"display_name": {}}},
            "main_officer_id": {"fields": {"display_name": {}}},
            "currency_id": {"fields": {}},
            "investment_amount": {},
            "status": {},
            "green_channel": {},
            "is_eligible": {},
            "service_pattern": {},
            "priority": {},
            "color": {},
            "activity_state": {},
            "activity_ids": {"fields": {}},
        }

    def _make_projects(self, count):
        officers = self.officer_a | self.officer_a2 | self.officer_a3
        return self.Project.create(
            [
                self._project_vals(
                    name=f"QC {i}",
                    main_officer_id=officers[i % 3].id,
                    assistant_officer_ids=[officers[(i + 1) % 3].id],
                    investment_amount=1000 * i,
                )
                for i in range(count)
            ]
        )

    def _read_kanban(self, projects):
        self.env.invalidate_all()
        return self.Project.with_user(self.user_office_a).web_search_read(
            [("id", "in", projects.ids)], self._kanban_spec(), limit=len(projects)
        )

    def test_kanban_query_count(self):
        """Reading the kanban costs the same queries for 10 and 200 projects."""
        few, many = self._make_projects(10), self._make_projects(200)
        self._read_kanban(self._make_projects(3))  # warm the caches
        self._read_kanban(few)
        self.env.invalidate_all()
        queries, result = self.count_queries(self._read_kanban, few)
        self.assertEqual(result["length"], 10)
        self.assertLess(queries, 20)
        with self.assertQueryCount(queries):
            result = self._read_kanban(many)
        self.assertEqual(result["length"], 200)
        self.assertEqual(result["records"][0]["service_pattern"], "1+1")
