# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from .test_project_common import ProjectCommon


class IssueCommon(ProjectCommon):
    """Issue types, stages, a portal user of enterprise B and issues."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Issue = cls.env["liaison.issue"]
        cls.Assignment = cls.env["liaison.assignment"]
        cls.WorkingDay = cls.env["liaison.working.day"]
        ref = cls.env.ref
        cls.type_urgent = ref("liaison_service.liaison_issue_type_urgent")
        cls.type_consultation = ref("liaison_service.liaison_issue_type_consultation")
        cls.type_suggestion = ref("liaison_service.liaison_issue_type_suggestion")
        cls.stage_new = ref("liaison_service.liaison_issue_stage_new")
        cls.stage_accepted = ref("liaison_service.liaison_issue_stage_accepted")
        cls.stage_assigned = ref("liaison_service.liaison_issue_stage_assigned")
        cls.stage_in_progress = ref("liaison_service.liaison_issue_stage_in_progress")
        cls.stage_escalated = ref("liaison_service.liaison_issue_stage_escalated")
        cls.stage_solved = ref("liaison_service.liaison_issue_stage_solved")
        cls.stage_closed = ref("liaison_service.liaison_issue_stage_closed")
        cls.stage_rejected = ref("liaison_service.liaison_issue_stage_rejected")
        cls.category = cls.env["liaison.issue.category"].create({"name": "Land"})
        cls.user_portal_b = cls._portal_user(
            "t_portal_b", cls.enterprise_b, "Contact B"
        )
        cls.contact_b = cls.user_portal_b.partner_id
        cls.user_department_a2 = cls._user(
            "t_dept_a2", "group_department", department=cls.dept_a2
        )
        # The office director approves and numbers notices (003 五(五)).
        cls.user_director_a = cls._user(
            "t_director_a", "group_office_director", cls.county_a
        )
        cls.issue_a, cls.issue_a2, cls.issue_b = cls._a_a2_b(
            cls.Issue,
            cls._issue_vals,
            "Issue",
            {"officer_id": cls.officer_a.id, "project_id": cls.project_a.id},
            {"project_id": cls.project_a2.id},
            {"officer_id": cls.officer_b.id},
        )

    @classmethod
    def _issue_vals(cls, **vals):
        return {
            "name": "Issue",
            "partner_id": cls.enterprise_a.id,
            "region_id": cls.county_a.id,
            "type_id": cls.type_consultation.id,
            "category_id": cls.category.id,
            **vals,
        }

    @classmethod
    def _rate(cls, issues, ratings):
        """The enterprises' ratings ((issue, value), ...) of ``issues``, and
        their last rating value recomputed."""
        model = cls.env["ir.model"]._get_id("liaison.issue")
        cls.env["rating.rating"].create(
            [
                {
                    "res_model_id": model,
                    "res_id": issue.id,
                    "rating": value,
                    "consumed": True,
                }
                for issue, value in ratings
            ]
        )
        # The rating mixin reads rating_rating in SQL: store the ratings first.
        cls.env["rating.rating"].flush_model()
        issues._compute_rating_last_value()

    def _accept(self, issue, day):
        """Accept ``issue`` as the county A office as if on ``day``."""
        issue.with_user(self.user_office_a).action_accept()
        issue.sudo().date_accepted = day
        return issue

    def _solve(self, issue, solved_on=None):
        if not issue.date_accepted:
            self._accept(issue, "2025-09-01")
        issue.with_user(self.user_office_a).resolution = "<p>Done.</p>"
        issue.with_user(self.user_office_a).action_solve()
        if solved_on:
            issue.sudo().date_solved = solved_on
        return issue


class SupervisionCommon(IssueCommon):
    """Issue A accepted by the county A office: the ladder's starting point."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Step = cls.env["liaison.supervision.step"]
        cls.env["liaison.issue"].browse(cls.issue_a.id).with_user(
            cls.user_office_a
        ).action_accept()

    def _run(self, day, **kwargs):
        """The daily supervision ladder as if run on ``day``."""
        return self.Assignment._cron_supervision_ladder(today=day, **kwargs)
