# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .test_field_work_common import FieldWorkCommon
from .test_issue_common import IssueCommon


class AppraisalCommon(IssueCommon):
    """A hand-made quarter (Q4 2025) in a county of its own, County Q.

    Issues (officer, accepted, resolution deadline, solved, rating):
      i1  oQ1  10-09  10-20  10-15  5      i2  oQ1  10-10  10-20  10-25  2
      i3  oQ2  11-03  11-10  11-07  4      i4  oQ2  11-04  11-20  open   -
    Notices (issue, lead, deadline, replied, state):
      a1  i1  dQ1  10-20  10-18  replied     a2  i2  dQ1  10-22  10-25  replied
      a3  i3  dQ2  11-10  -      signed      a4  i4  dQ3  11-20  11-19  replied
      a5  i4  dQ3  12-05  12-05  replied     a6  i1  dQ2  10-20  -      returned
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Region, Department = cls.env["liaison.region"], cls.env["liaison.department"]
        cls.county_q = Region.create(
            {
                "name": "County Q",
                "code": "Q",
                "level": "county",
                "parent_id": cls.city.id,
            }
        )
        cls.dq1, cls.dq2, cls.dq3 = Department.create(
            [
                {
                    "name": f"Q Bureau {n}",
                    "code": f"Q-{n}",
                    "region_id": cls.county_q.id,
                }
                for n in (1, 2, 3)
            ]
        )
        cls.user_office_q = cls._user("t_office_q", "group_office", cls.county_q)
        cls.user_officer_q = cls._user("t_officer_q", "group_officer", cls.county_q)
        cls.user_dept_q2 = cls._user(
            "t_dept_q2", "group_department", department=cls.dq2
        )
        cls.oq1 = cls._officer("Officer Q1", cls.user_officer_q, cls.county_q)
        cls.oq2 = cls._officer("Officer Q2", None, cls.county_q)
        issues = cls.Issue.create(
            [
                cls._issue_vals(name=f"Q{n}", region_id=cls.county_q.id)
                for n in range(1, 5)
            ]
        )
        cls.q_issues = issues
        i1, i2, i3, i4 = issues
        closed, progress = cls.stage_closed, cls.stage_in_progress
        rows = [
            (i1, cls.oq1, "2025-10-09", "2025-10-20", "2025-10-15", closed),
            (i2, cls.oq1, "2025-10-10", "2025-10-20", "2025-10-25", closed),
            (i3, cls.oq2, "2025-11-03", "2025-11-10", "2025-11-07", closed),
            (i4, cls.oq2, "2025-11-04", "2025-11-20", False, progress),
        ]
        for issue, officer, accepted, resolution, solved, stage in rows:
            issue.sudo().write(
                {
                    "officer_id": officer.id,
                    "date_accepted": accepted,
                    "stage_id": stage.id,
                }
            )
            issue.sudo().write(
                {
                    "resolution_deadline": resolution,
                    "date_solved": solved,
                    "date_closed": solved,
                }
            )
        i4.sudo().category_id = False
        Assignment = cls.Assignment.sudo()
        for issue, dept, assigned, deadline, replied, state in (
            (i1, cls.dq1, "2025-10-13", "2025-10-20", "2025-10-18", "replied"),
            (i2, cls.dq1, "2025-10-13", "2025-10-22", "2025-10-25", "replied"),
            (i3, cls.dq2, "2025-11-04", "2025-11-10", False, "signed"),
            (i4, cls.dq3, "2025-11-05", "2025-11-20", "2025-11-19", "replied"),
            (i4, cls.dq3, "2025-11-20", "2025-12-05", "2025-12-05", "replied"),
            (i1, cls.dq2, "2025-10-09", "2025-10-20", False, "returned"),
        ):
            Assignment.create(
                {
                    "issue_id": issue.id,
                    "lead_department_id": dept.id,
                    "date_assigned": assigned,
                    "deadline": deadline,
                    "sent_on": assigned,
                    "replied_on": replied,
                    "returned_on": assigned if state == "returned" else False,
                    "state": state,
                }
            )
        cls._rate(issues, ((i1, 5), (i2, 2), (i3, 4)))
        # Last and in SQL, so that no recomputation from the type undoes them.
        cls.env.flush_all()
        for issue, _officer, _accepted, resolution, _solved, _stage in rows:
            cls.env.cr.execute(
                "UPDATE liaison_issue SET resolution_deadline = %s WHERE id = %s",
                (resolution, issue.id),
            )
        issues.invalidate_recordset(["resolution_deadline"])
        # Field work of Officer Q1: one weekly visit missed out of two, one
        # weekly report submitted two days late.
        cls.env["liaison.visit.compliance"].sudo().create(
            [
                {
                    "officer_id": cls.oq1.id,
                    "partner_id": cls.enterprise_a.id,
                    "region_id": cls.county_q.id,
                    "week_start": start,
                    "week_end": end,
                    "due": 1,
                    "done": 1 - missed,
                    "missed": missed,
                    "state": "missed" if missed else "done",
                    "is_missed": bool(missed),
                }
                for start, end, missed in (
                    ("2025-10-06", "2025-10-12", 1),
                    ("2025-10-13", "2025-10-19", 0),
                )
            ]
        )
        cls.env["liaison.work.report"].sudo().create(
            {
                "officer_id": cls.oq1.id,
                "region_id": cls.county_q.id,
                "period_type": "weekly",
                "date_from": "2025-10-06",
                "date_to": "2025-10-12",
                "due_date": "2025-10-13",
                "state": "accepted",
                "submitted_on": "2025-10-15 09:00:00",
            }
        )
        cls.project_q = cls.Project.create(
            cls._project_vals(name="Project Q", region_id=cls.county_q.id)
        )
        cls.env.flush_all()


@tagged("post_install", "-at_install")
class TestBulletin(AppraisalCommon):
    """The quarter's bulletin against figures computed by hand."""

    def _bulletin(self):
        return (
            self.env["liaison.bulletin"]
            .with_user(self.user_office_q)
            .create(
                {
                    "title": "Q4",
                    "region_id": self.county_q.id,
                    "date_from": "2025-10-01",
                    "date_to": "2025-12-31",
                }
            )
        )

    def _lines(self, bulletin, section):
        return {
            (line.department_id or line.officer_id or line.gap): (
                line.count,
                line.total,
                line.days_late,
                line.rate,
            )
            for line in bulletin.sudo().line_ids
            if line.section == section
        }

    def test_figures_by_hand(self):
        """Late departments, satisfaction, gaps, praise and criticism."""
        bulletin = self._bulletin()
        bulletin.action_generate()
        self.assertEqual(
            self._lines(bulletin, "department_late"),
            {self.dq1: (1, 2, 3, 0.0), self.dq2: (1, 1, 51, 0.0)},
        )
        self.assertEqual(
            self._lines(bulletin, "department_satisfaction"),
            {self.dq1: (1, 2, 0, 50.0), self.dq2: (1, 1, 0, 100.0)},
        )
        self.assertEqual(
            self._lines(bulletin, "officer_satisfaction"),
            {self.oq1: (1, 2, 0, 50.0), self.oq2: (1, 1, 0, 100.0)},
        )
        gaps = {
            label: (count, total)
            for label, (count, total, _d, _r) in self._lines(
                bulletin, "completeness"
            ).items()
        }
        self.assertEqual(
            gaps,
            {"issue_category": (1, 4), "project_checklist": (1, 1)},
        )
        self.assertEqual(self._lines(bulletin, "praise"), {self.dq3: (2, 0, 0, 0.0)})
        # Officer Q1: one visit missed of two, one report late of one.
        self.assertEqual(
            self._lines(bulletin, "officer_late"), {self.oq1: (2, 3, 0, 0.0)}
        )
        criticism = bulletin.sudo().line_ids.filtered(
            lambda l: l.section == "criticism"
        )
        self.assertEqual(criticism.department_id.ids, [self.dq2.id, self.dq1.id])

    def test_sign_off_publish_and_freeze(self):
        """Leadership signs off, the office publishes; then nothing changes."""
        bulletin = self._bulletin()
        bulletin.action_generate()
        with self.assertRaises(AccessError):
            bulletin.with_user(self.user_office_q).action_sign_off()
        bulletin.with_user(self.user_leader).action_sign_off()
        bulletin.with_user(self.user_office_q).action_publish()
        self.assertEqual(bulletin.state, "published")
        self.assertRegex(bulletin.name, r"^督查通报〔\d{4}〕\d+号$")
        lines_before = bulletin.sudo().line_ids.read(["count", "days_late", "rate"])
        with self.assertRaisesText(UserError, "cannot be regenerated"):
            bulletin.with_user(self.user_office_q).action_generate()
        with self.assertRaises(UserError):
            bulletin.with_user(self.user_office_q).summary = "changed"
        self.assertEqual(
            bulletin.sudo().line_ids.read(["count", "days_late", "rate"]), lines_before
        )
        # The department named reads it; the one not named does not.
        self.assertTrue(bulletin.with_user(self.user_dept_q2).read(["name"]))
        with self.assertRaises(AccessError):
            bulletin.with_user(self.user_department_a).read(["name"])
        # The officer named reads it.
        self.assertTrue(bulletin.with_user(self.user_officer_q).read(["name"]))

    def test_callers_cannot_forge_figures(self):
        """Lines, state and number are never the caller's, whatever context."""
        bulletin = self._bulletin()
        office = bulletin.with_user(self.user_office_q)
        for vals in (
            {"state": "published"},
            {"name": "督查通报〔2025〕99号"},
            {"line_ids": [(0, 0, {"section": "praise", "count": 9})]},
        ):
            with self.assertRaises(AccessError):
                office.with_context(liaison_bulletin_action=True).write(vals)
        with self.assertRaises(AccessError):
            self.env["liaison.bulletin.line"].with_user(self.user_office_q).create(
                {"bulletin_id": bulletin.id, "section": "praise"}
            )
        with self.assertRaises(AccessError):
            bulletin.with_user(self.user_dept_q2).action_generate()
        self.assertEqual(bulletin.state, "draft")
        self.assertFalse(bulletin.line_ids)

    def test_bad_period(self):
        with self.assertRaises(ValidationError):
            self.env["liaison.bulletin"].with_user(self.user_office_q).create(
                {
                    "title": "Bad",
                    "region_id": self.county_q.id,
                    "date_from": "2025-12-31",
                    "date_to": "2025-10-01",
                }
            )


@tagged("post_install", "-at_install")
class TestAppraisal(AppraisalCommon):
    """A year's appraisal against scores and grades computed by hand."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.scheme = cls._appraisal_scheme(
            "2025 scheme",
            2025,
            [
                ("Issues", "issues", 40),
                ("Sat", "satisfaction", 30),
                ("Office", "office_mark", 30),
            ],
        )

    def _appraisal(self):
        appraisal = (
            self.env["liaison.appraisal"]
            .with_user(self.user_office_q)
            .create(
                {
                    "name": "2025",
                    "scheme_id": self.scheme.id,
                    "region_id": self.county_q.id,
                }
            )
        )
        appraisal.action_compute()
        return appraisal

    def test_scores_and_grades_by_hand(self):
        appraisal = self._appraisal()
        officers = {
            line.officer_id: (
                line.score_issues,
                line.score_satisfaction,
                line.total,
                line.grade,
                line.rank,
            )
            for line in appraisal.line_ids
        }
        self.assertEqual(
            officers,
            {
                self.oq1: (50.0, 50.0, 65.0, "basic", 2),
                self.oq2: (50.0, 100.0, 80.0, "competent", 1),
            },
        )
        line_q1 = appraisal.line_ids.filtered(lambda l: l.officer_id == self.oq1)
        self.assertEqual((line_q1.score_visits, line_q1.score_reports), (50.0, 0.0))
        departments = {
            line.department_id: (
                line.notices_due,
                line.notices_on_time,
                line.sendback_count,
                line.total,
                line.grade,
            )
            for line in appraisal.department_line_ids
        }
        self.assertEqual(
            departments,
            {
                self.dq1: (2, 1, 0, 60.0, "basic"),
                self.dq2: (1, 0, 1, 48.0, "incompetent"),
                self.dq3: (2, 2, 0, 100.0, "excellent"),
            },
        )
        # The office's own mark weighs in at once.
        line_q1 = appraisal.line_ids.filtered(lambda l: l.officer_id == self.oq1)
        line_q1.with_user(self.user_office_q).score_office_mark = 50
        self.assertEqual((line_q1.total, line_q1.grade), (50.0, "incompetent"))
        # Recomputing keeps it.
        appraisal.action_compute()
        line_q1 = appraisal.line_ids.filtered(lambda l: l.officer_id == self.oq1)
        self.assertEqual((line_q1.score_office_mark, line_q1.total), (50.0, 50.0))

    def test_approval_locks(self):
        appraisal = self._appraisal()
        with self.assertRaises(AccessError):
            appraisal.with_user(self.user_office_q).action_approve()
        appraisal.action_review()
        appraisal.with_user(self.user_leader).action_approve()
        self.assertEqual(appraisal.state, "approved")
        with self.assertRaisesText(UserError, "not awaiting approval"):
            appraisal.with_user(self.user_leader).action_approve()
        line = appraisal.line_ids[:1].with_user(self.user_office_q)
        with self.assertRaises(UserError):
            line.score_office_mark = 10
        with self.assertRaises(UserError):
            appraisal.with_user(self.user_office_q).action_compute()
        with self.assertRaises(UserError):
            appraisal.with_user(self.user_office_q).name = "changed"

    def test_computed_scores_cannot_be_forged(self):
        appraisal = self._appraisal()
        line = appraisal.line_ids[:1].with_user(self.user_office_q)
        for vals in ({"total": 100}, {"grade": "excellent"}, {"score_issues": 100}):
            with self.assertRaises(AccessError):
                line.with_context(liaison_appraisal_action=True).write(vals)
        with self.assertRaises(AccessError):
            appraisal.with_user(self.user_office_q).write({"state": "approved"})
        with self.assertRaisesText(UserError, "graded excellent"):
            line.excellent_recommended = True
        with self.assertRaises(AccessError):
            appraisal.with_user(self.user_officer_q).action_compute()

    def test_recall_proposal_reaches_the_recall(self):
        """The office proposes with the home unit; the leadership decides."""
        Consequence = self.env["liaison.appraisal.consequence"]
        with self.assertRaises(ValidationError):
            Consequence.with_user(self.user_office_q).create(
                {
                    "kind": "recall_proposal",
                    "officer_id": self.oq1.id,
                    "region_id": self.county_q.id,
                    "reason": "Unsatisfied enterprises",
                }
            )
        proposal = Consequence.with_user(self.user_office_q).create(
            {
                "kind": "recall_proposal",
                "officer_id": self.oq1.id,
                "region_id": self.county_q.id,
                "reason": "Unsatisfied enterprises",
                "consulted_unit": "County Q Organisation Department",
                "replacement_id": self.oq2.id,
            }
        )
        with self.assertRaises(AccessError):
            proposal.with_user(self.user_office_q).action_approve()
        self.assertEqual(self.oq1.state, "active")
        proposal.with_user(self.user_leader).action_approve()
        self.assertEqual(proposal.state, "approved")
        self.assertEqual(self.oq1.state, "recalled")
        self.assertEqual(proposal.decided_by, self.user_leader)
        with self.assertRaises(UserError):
            proposal.with_user(self.user_leader).action_approve()

    def test_bad_schemes(self):
        Scheme = self.env["liaison.appraisal.scheme"].with_user(self.user_office_q)
        with self.assertRaisesText(ValidationError, "not 100"):
            Scheme.create(
                {
                    "name": "Bad",
                    "criterion_ids": [
                        (0, 0, {"name": "A", "source": "issues", "weight": 60}),
                        (0, 0, {"name": "B", "source": "satisfaction", "weight": 30}),
                    ],
                }
            )
        with self.assertRaises(ValidationError):
            Scheme.create(
                {"name": "Bad", "threshold_excellent": 70, "threshold_competent": 80}
            )
        with self.assertRaises(ValidationError):
            Scheme.create({"name": "Bad", "dept_weight_on_time": 90})


@tagged("post_install", "-at_install")
class TestComplaints(AppraisalCommon):
    """Complaints routed by nature; integrity cases for the discipline group only."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.user_discipline = cls._user("t_discipline", "group_discipline")

    def _intake(self, user, nature, **vals):
        return (
            self.env["liaison.complaint"]
            .with_user(user)
            ._intake(
                {
                    "nature": nature,
                    "subject": "Subject",
                    "description": "What happened",
                    "region_id": self.county_q.id,
                    "officer_id": self.oq1.id,
                    **vals,
                },
                "portal" if user.share else "hotline",
            )
        )

    def test_integrity_isolation(self):
        """Office, officer, department, leadership and the complainant: nothing."""
        complaint = self._intake(
            self.user_portal_a,
            "integrity",
            partner_id=self.enterprise_a.id,
            anonymous=True,
        )
        self.assertFalse(complaint.partner_id, "anonymous: the enterprise is not kept")
        Complaint = self.env["liaison.complaint"]
        for user in (
            self.user_office_q,
            self.user_officer_q,
            self.user_dept_q2,
            self.user_leader,
            self.user_portal_a,
            self.env.ref("base.user_admin"),
        ):
            with self.subTest(user=user.login):
                if user.share:
                    with self.assertRaises(AccessError):
                        Complaint.with_user(user).search([])
                else:
                    self.assertFalse(Complaint.with_user(user).search([]) & complaint)
                with self.assertRaises(AccessError):
                    complaint.with_user(user).read(["subject"])
                with self.assertRaises(AccessError):
                    complaint.with_user(user).write({"findings": "seen"})
        handler = complaint.with_user(self.user_discipline)
        self.assertEqual(handler.subject, "Subject")
        handler.write(
            {"findings": "Confirmed", "outcome": "Warned", "violation_found": True}
        )
        handler.action_conclude()
        record = complaint.sudo().discipline_record_id
        self.assertEqual((record.officer_id, record.kind), (self.oq1, "violation"))
        # The office sees the case and, once released, its outcome only.
        register = self.env["liaison.complaint.register"].with_user(self.user_office_q)
        row = register.search([("id", "=", complaint.id)])
        self.assertEqual(
            (row.nature, row.state, row.outcome), ("integrity", "concluded", False)
        )
        with self.assertRaises(AccessError):
            complaint.with_user(self.user_office_q).action_release_outcome()
        handler.action_release_outcome()
        register.invalidate_model()
        self.assertEqual(register.search([("id", "=", complaint.id)]).outcome, "Warned")
        # The discipline record reaches the office and the appraisal.
        self.assertTrue(record.with_user(self.user_office_q).read(["description"]))

    def test_business_complaint_route(self):
        complaint = self._intake(
            self.user_office_q, "business", department_id=self.dq2.id
        )
        self.assertTrue(complaint.with_user(self.user_dept_q2).read(["subject"]))
        self.assertTrue(complaint.with_user(self.user_office_q).read(["subject"]))
        with self.assertRaises(AccessError):
            complaint.with_user(self.user_discipline).read(["subject"])
        with self.assertRaises(AccessError):
            complaint.with_user(self.user_office_q).write({"nature": "integrity"})
        with self.assertRaises(AccessError):
            complaint.with_user(self.user_dept_q2).action_conclude()
        complaint.with_user(self.user_office_q).write(
            {"findings": "Bureau trained", "outcome": "Explained"}
        )
        complaint.with_user(self.user_office_q).action_conclude()
        self.assertTrue(complaint.outcome_released)

    def test_bad_complaints(self):
        with self.assertRaisesText(UserError, "business or integrity"):
            self._intake(self.user_office_q, False)
        with self.assertRaises(UserError):
            self._intake(self.user_office_q, "business", subject="   ")
        with self.assertRaises(AccessError):
            self.env["liaison.complaint"].with_user(self.user_office_q).create(
                {
                    "subject": "x",
                    "description": "y",
                    "nature": "business",
                    "channel": "backend",
                    "region_id": self.county_q.id,
                }
            )


@tagged("post_install", "-at_install")
class TestGiftRefused(FieldWorkCommon):
    """A gift refused on a visit reaches the officer's discipline record."""

    def test_gift_refused_on_a_visit(self):
        log = self._visit(
            self.officer_a,
            self.ent_a1,
            fields.Date.today(),
            gift_refused=True,
            gift_description="购物卡一张",
        )
        record = self.env["liaison.discipline.record"].search(
            [("work_log_id", "=", log.id)]
        )
        self.assertEqual(
            (record.officer_id, record.kind, record.description),
            (self.officer_a, "gift_refused", "购物卡一张"),
        )
        office = self.user_office_a
        self.assertEqual(
            record.with_user(office).read(["kind"])[0]["kind"], "gift_refused"
        )
        with self.assertRaises(AccessError):
            record.with_user(self.user_officer_a).read(["kind"])
        # Saving the visit again records nothing twice.
        log.write({"gift_refused": True})
        self.assertEqual(
            self.env["liaison.discipline.record"].search_count(
                [("work_log_id", "=", log.id)]
            ),
            1,
        )
