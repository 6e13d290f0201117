# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date, timedelta

from freezegun import freeze_time

from odoo import fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .test_field_work_common import FieldWorkCommon

# National Day 2025: 1–8 October off; Sunday 28 September and Saturday
# 11 October are make-up working days (调休).
WEEK_HOLIDAY = date(2025, 9, 29)  # Mon–Tue working, Wed–Sun holiday
WEEK_MAKEUP = date(2025, 10, 6)  # Mon–Wed holiday, Thu–Sat working (Sat make-up)
# Spring Festival 2026: 16–22 February, the whole week off.
WEEK_OFF = date(2026, 2, 16)


@tagged("post_install", "-at_install")
class TestVisitCompliance(FieldWorkCommon):
    """Weekly visit compliance across holidays, make-up days and the cron."""

    def test_holiday_and_makeup_weeks(self):
        """A holiday week owes visits on its two working days; a visit on the
        Saturday make-up day counts; a week entirely off owes nothing."""
        self._visit(self.officer_a, self.ent_a1, date(2025, 9, 30))
        self._visit(self.officer_a, self.ent_a1, date(2025, 10, 11))
        self._visit(self.officer_a, self.ent_a2, date(2025, 10, 12))
        self.Compliance._refresh_weeks([WEEK_HOLIDAY, WEEK_MAKEUP, WEEK_OFF])
        with freeze_time("2026-03-02"):
            self.Compliance._refresh_weeks([WEEK_HOLIDAY, WEEK_MAKEUP, WEEK_OFF])
        holiday = self._rows(WEEK_HOLIDAY, self.officer_a)
        self.assertEqual(holiday[(self.officer_a, self.ent_a1)].working_days, 2)
        self.assertEqual(
            holiday[(self.officer_a, self.ent_a1)].last_working_day, date(2025, 9, 30)
        )
        self.assertEqual(holiday[(self.officer_a, self.ent_a1)].state, "done")
        self.assertEqual(holiday[(self.officer_a, self.ent_a2)].state, "missed")
        self.assertTrue(holiday[(self.officer_a, self.ent_a2)].is_missed)
        makeup = self._rows(WEEK_MAKEUP, self.officer_a)
        row = makeup[(self.officer_a, self.ent_a1)]
        self.assertEqual(row.working_days, 3)
        self.assertEqual(row.last_working_day, date(2025, 10, 11))
        self.assertEqual((row.due, row.done, row.missed, row.state), (1, 1, 0, "done"))
        # A visit on the Sunday after the make-up day still counts for the week.
        self.assertEqual(makeup[(self.officer_a, self.ent_a2)].state, "done")
        self.assertFalse(
            self._rows(WEEK_OFF), "a week without working day owes nothing"
        )

    def test_frequency_and_roster_period(self):
        """Visits due follow the enterprise's frequency; a roster line ended
        before the week owes nothing."""
        self.ent_a1.liaison_visit_frequency = 2
        self.line_a1_staff.date_to = date(2025, 9, 1)
        self._visit(self.officer_a, self.ent_a1, date(2025, 9, 29))
        with freeze_time("2025-10-20"):
            self.Compliance._refresh_weeks([WEEK_HOLIDAY])
        rows = self._rows(WEEK_HOLIDAY)
        row = rows[(self.officer_a, self.ent_a1)]
        self.assertEqual((row.due, row.done, row.missed), (2, 1, 1))
        self.assertNotIn((self.officer_a2, self.ent_a1), rows)

    def test_cron_twice_no_duplicates(self):
        """The cron run twice in the reminder window gives one row and one
        reminder per open row, and flags last week's misses once."""
        this_week = date(2025, 10, 6)
        with freeze_time("2025-10-10 09:00:00"):
            self._visit(self.officer_a, self.ent_a2, date(2025, 10, 9))
            self.Compliance._cron_visit_compliance()
            self.Compliance._cron_visit_compliance()
        rows = self.Compliance.search([("week_start", "=", this_week)])
        keys = [(r.officer_id.id, r.partner_id.id) for r in rows]
        self.assertEqual(len(keys), len(set(keys)))
        self.assertEqual(len(rows), 4)
        open_rows = rows.filtered(lambda r: r.state == "open")
        self.assertEqual(len(open_rows), 3)
        activities = self.env["mail.activity"].search(
            [("res_model", "=", "liaison.visit.compliance"), ("res_id", "in", rows.ids)]
        )
        self.assertEqual(len(activities), 3)
        self.assertEqual(set(activities.mapped("res_id")), set(open_rows.ids))
        self.assertEqual(activities.mapped("date_deadline"), [date(2025, 10, 11)] * 3)
        self.assertIn(self.user_officer_a, activities.user_id)
        last_week = self.Compliance.search([("week_start", "=", WEEK_HOLIDAY)])
        self.assertTrue(last_week)
        self.assertTrue(all(last_week.mapped("is_missed")))
        # Before the reminder window nothing is scheduled.
        with freeze_time("2025-10-09 09:00:00"):
            self.Compliance.search([]).unlink()
            self.env["mail.activity"].search(
                [("res_model", "=", "liaison.visit.compliance")]
            ).unlink()
            self.Compliance._cron_visit_compliance()
        self.assertFalse(
            self.env["mail.activity"].search(
                [("res_model", "=", "liaison.visit.compliance")]
            )
        )


@tagged("post_install", "-at_install")
class TestWorkLog(FieldWorkCommon):
    """Work log entries, check-in, one-step issues and bad input."""

    def test_check_in_and_issue(self):
        """The officer checks in with a position and turns a problem into a
        ledger issue linked both ways."""
        log = self._visit(
            self.officer_a,
            self.ent_a1,
            fields.Date.today(),
            problems="厂区道路未硬化\n影响物流车辆进出",
        ).with_user(self.user_officer_a)
        log.action_check_in(latitude=30.123456, longitude=104.654321, accuracy=12)
        self.assertTrue(log.checkin_time)
        self.assertAlmostEqual(log.checkin_latitude, 30.123456, places=6)
        with self.assertRaisesText(UserError, "already checked in"):
            log.action_check_in()
        with self.assertRaisesText(UserError, "keeps its enterprise"):
            log.write({"partner_id": self.ent_a2.id})
        with self.assertRaisesText(UserError, "cannot be deleted"):
            log.unlink()
        action = log.action_create_issue()
        issue = self.env["liaison.issue"].browse(action["res_id"])
        self.assertEqual(log.issue_id, issue)
        self.assertEqual(issue.work_log_id, log)
        self.assertEqual(issue.source, "officer_visit")
        self.assertEqual(issue.name, "厂区道路未硬化")
        self.assertEqual(issue.partner_id, self.ent_a1)
        self.assertEqual(issue.officer_id, self.officer_a)
        with self.assertRaisesText(UserError, "already has a ledger issue"):
            log.action_create_issue()

    def test_bad_input(self):
        """Future date, visit without enterprise, check-in without enterprise,
        another officer's enterprise, forged check-in: refused."""
        Log = self.Log.with_user(self.user_officer_a)
        tomorrow = fields.Date.today() + timedelta(days=2)  # any time zone
        with self.assertRaisesText(ValidationError, "future"):
            Log.create(
                {
                    "name": "x",
                    "kind": "phone",
                    "date": tomorrow,
                    "region_id": self.county_a.id,
                }
            )
        with self.assertRaisesText(ValidationError, "A visit needs an enterprise"):
            Log.create({"name": "x", "kind": "visit"})
        with self.assertRaisesText(ValidationError, "does not serve"):
            Log.create({"name": "x", "kind": "visit", "partner_id": self.ent_b.id})
        with self.assertRaisesText(AccessError, "your own work log"):
            Log.create(
                {
                    "name": "x",
                    "kind": "visit",
                    "officer_id": self.officer_a2.id,
                    "partner_id": self.ent_a1.id,
                }
            )
        phone = Log.create({"name": "电话", "kind": "phone"})
        with self.assertRaisesText(UserError, "Choose the enterprise"):
            phone.action_check_in(latitude=30, longitude=104)
        self.assertFalse(phone.checkin_time)
        with self.assertRaises(AccessError):
            phone.write({"checkin_time": fields.Datetime.now()})
        with self.assertRaises(AccessError):
            Log.with_context(liaison_workflow=True).create(
                {
                    "name": "x",
                    "kind": "visit",
                    "partner_id": self.ent_a1.id,
                    "checkin_time": fields.Datetime.now(),
                }
            )
        visit = Log.create(
            {"name": "走访", "kind": "visit", "partner_id": self.ent_a1.id}
        )
        with self.assertRaisesText(UserError, "not valid"):
            visit.action_check_in(latitude=300, longitude=104)
        self.assertFalse(visit.checkin_time)
        with self.assertRaises(AccessError):
            visit.with_user(self.user_officer_a2).action_check_in()

    def test_recall_hands_over_roster(self):
        """A recall closes the officer's roster lines and opens the same ones
        for the replacement; the history keeps both."""
        self.officer_a.write(
            {"recall_reason": "工作调动", "replacement_id": self.officer_a2.id}
        )
        self.officer_a.with_user(self.user_leader).action_recall()
        self.assertTrue(self.line_a1.date_to)
        self.assertTrue(self.line_a2.date_to)
        current = self.Roster.search(
            [
                ("partner_id", "in", (self.ent_a1 | self.ent_a2).ids),
                ("date_to", "=", False),
            ]
        )
        self.assertEqual(
            {(line.partner_id, line.officer_id, line.role) for line in current},
            {
                (self.ent_a1, self.officer_a2, "chief"),
                (self.ent_a2, self.officer_a2, "chief"),
            },
        )
        self.assertEqual(self.ent_a2.liaison_chief_officer_id, self.officer_a2)

    def test_term_extends_with_open_issues(self):
        """The one-year term extends while the enterprise has open issues
        (003 四), and the officer's term reminder says so."""
        self.env["liaison.issue"].create(
            {
                "name": "用地指标",
                "partner_id": self.ent_a1.id,
                "region_id": self.county_a.id,
                "officer_id": self.officer_a.id,
            }
        )
        self.assertEqual(self.line_a1.term_end, date(2025, 12, 31))
        with freeze_time("2026-03-01"):
            self.line_a1.invalidate_recordset()
            self.assertTrue(self.line_a1.term_extended)
            self.assertEqual(self.line_a1.open_issue_count, 1)
            self.line_a2.invalidate_recordset()
            self.assertFalse(self.line_a2.term_extended)
            self.officer_a.sudo()._workflow_write(
                {"term_start": date(2025, 3, 10), "term_end": date(2026, 3, 9)}
            )
            self.env["liaison.officer"]._cron_term_reminders()
        activity = self.env["mail.activity"].search(
            [("res_model", "=", "liaison.officer"), ("res_id", "=", self.officer_a.id)]
        )
        self.assertEqual(len(activity), 1)
        self.assertIn("open issues", activity.summary)


@tagged("post_install", "-at_install")
class TestWorkReport(FieldWorkCommon):
    """Weekly and monthly reports: generation, workflow, late, reminders."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.officers = cls.officer_a | cls.officer_a2 | cls.officer_b

    def test_generate_submit_return_accept(self):
        """Drafts count the period's logs; submitted twice and returned
        without a reason are refused; late is flagged."""
        with freeze_time("2025-10-09"):
            self._visit(self.officer_a, self.ent_a1, date(2025, 10, 9), problems="缺电")
            self.Log.create(
                {
                    "name": "电话",
                    "officer_id": self.officer_a.id,
                    "kind": "phone",
                    "date": date(2025, 10, 8),
                    "hours": 0.5,
                }
            )
            reports = self.Report._generate("weekly", date(2025, 10, 9), self.officers)
            again = self.Report._generate("weekly", date(2025, 10, 9), self.officers)
        self.assertFalse(again, "generation is idempotent")
        mine = reports.filtered(lambda r: r.officer_id == self.officer_a)
        self.assertEqual(
            (mine.date_from, mine.date_to), (WEEK_MAKEUP, date(2025, 10, 12))
        )
        self.assertEqual(mine.due_date, date(2025, 10, 13))
        self.assertEqual((mine.visit_count, mine.log_count), (1, 2))
        self.assertIn("2", mine.content)
        report = mine.with_user(self.user_officer_a)
        report.write({"plan": "下周走访恒通机械"})
        with freeze_time("2025-10-14"):
            report.action_submit()
            self.assertTrue(report.is_late)
            with self.assertRaisesText(UserError, "already been submitted"):
                report.action_submit()
        with self.assertRaisesText(UserError, "no longer be edited"):
            report.write({"plan": "改"})
        with self.assertRaises(AccessError):
            report.action_accept()
        with self.assertRaises(AccessError):
            report.write({"state": "accepted"})
        office = mine.with_user(self.user_office_a)
        wizard = self.env["liaison.reason.wizard"].with_user(self.user_office_a)
        action = office.action_open_return_wizard()
        with self.assertRaisesText(UserError, "reason"):
            wizard.browse(action["res_id"]).action_confirm()
        with self.assertRaisesText(UserError, "reason"):
            office.action_return(reason="  ")
        self.assertEqual(mine.state, "submitted")
        wizard.browse(action["res_id"]).write({"reason": "缺少问题办理进展"})
        wizard.browse(action["res_id"]).action_confirm()
        self.assertEqual(
            (mine.state, mine.return_reason), ("returned", "缺少问题办理进展")
        )
        report.action_submit()
        office.action_accept()
        self.assertEqual(mine.state, "accepted")

    def test_monthly_due_and_reminders(self):
        """A monthly report is due on the 5th; the cron reminds once and the
        office finds who has not reported."""
        with freeze_time("2025-11-04"):
            self.Report._generate("monthly", date(2025, 10, 15), self.officers)
            self.Report._cron_work_reports()
            self.Report._cron_work_reports()
        october = self.Report.search(
            [
                ("period_type", "=", "monthly"),
                ("date_from", "=", date(2025, 10, 1)),
                ("officer_id", "in", self.officers.ids),
            ]
        )
        self.assertEqual(len(october), 3)
        self.assertEqual(set(october.mapped("due_date")), {date(2025, 11, 5)})
        activities = self.env["mail.activity"].search(
            [("res_model", "=", "liaison.work.report"), ("res_id", "in", october.ids)]
        )
        self.assertEqual(len(activities), 3)
        with freeze_time("2025-11-06"):
            late = self.Report.with_user(self.user_office_a).search(
                [("is_late", "=", True), ("state", "in", ("draft", "returned"))]
            )
        self.assertEqual(late.officer_id, self.officer_a | self.officer_a2)
