# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from freezegun import freeze_time

from odoo import Command
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .test_issue_common import IssueCommon


@tagged("post_install", "-at_install")
class TestAssignmentCooperation(IssueCommon):
    """Cooperating departments report to the lead within 3 working days."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.issue_a.sudo().write(
            {"date_accepted": "2025-09-01", "stage_id": cls.stage_accepted.id}
        )
        office = cls.Assignment.with_user(cls.user_office_a)
        cls.assignment = office.create(
            {
                "issue_id": cls.issue_a.id,
                "lead_department_id": cls.dept_a.id,
                "cooperating_department_ids": [Command.set(cls.dept_a2.ids)],
                "instructions": "<p>Find land.</p>",
                "date_assigned": "2025-09-30",
                "deadline": "2025-10-31",
            }
        )
        cls.assignment.with_user(cls.user_director_a).action_approve()
        with freeze_time("2025-09-30"):
            cls.assignment.action_send()

    def _report(self, user, day, **vals):
        with freeze_time(day):
            return (
                self.env["liaison.assignment.cooperation"]
                .with_user(user)
                .create(
                    {
                        "assignment_id": self.assignment.id,
                        "report": "已核实用地",
                        **vals,
                    }
                )
            )

    def test_cooperating_department_reports_on_time(self):
        """The cooperating department reports; the lead reads it; none missing."""
        self.assertEqual(self.assignment.cooperating_report_due, date(2025, 10, 11))
        self.assertEqual(
            self.assignment.missing_cooperation_department_ids, self.dept_a2
        )
        report = self._report(self.user_department_a2, "2025-10-11")
        self.assertEqual(report.department_id, self.dept_a2)
        self.assertFalse(report.is_late)
        self.assertFalse(self.assignment.missing_cooperation_department_ids)
        lead_view = report.with_user(self.user_department_a)
        self.assertEqual(lead_view.report, "已核实用地")
        self.assertIn("已核实用地", self.assignment.message_ids[0].body)

    def test_late_report_flagged(self):
        """A report after the third working day (National Day skipped) is late."""
        report = self._report(self.user_department_a2, "2025-10-13")
        self.assertTrue(report.is_late)

    def test_only_cooperating_departments_report_once(self):
        """The lead cannot file a cooperating report; a second report is refused."""
        with self.assertRaises(ValidationError):
            self._report(self.user_department_a, "2025-10-09")
        self._report(self.user_department_a2, "2025-10-09")
        with self.assertRaises(ValidationError):
            self._report(self.user_department_a2, "2025-10-10")
        self.assertEqual(len(self.assignment.cooperation_report_ids), 1)

    def test_lead_cannot_edit_and_other_county_sees_nothing(self):
        """Only the author edits its report; county B's office sees nothing."""
        report = self._report(self.user_department_a2, "2025-10-09")
        with self.assertRaises(AccessError):
            report.with_user(self.user_department_a).write({"report": "x"})
        with self.assertRaises(UserError):
            report.with_user(self.user_department_a2).write({"department_id": False})
        report.with_user(self.user_department_a2).write({"report": "补充说明"})
        self.assertEqual(report.report, "补充说明")
        Report = self.env["liaison.assignment.cooperation"]
        self.assertFalse(Report.with_user(self.user_office_b).search([]))
        self.assertEqual(Report.with_user(self.user_office_a).search([]), report)

    def test_closed_notice_takes_no_report(self):
        """A draft notice takes no cooperating report."""
        draft = self.Assignment.with_user(self.user_office_a).create(
            {
                "issue_id": self.issue_a.id,
                "lead_department_id": self.dept_a.id,
                "cooperating_department_ids": [Command.set(self.dept_a2.ids)],
                "instructions": "<p>Again.</p>",
            }
        )
        with self.assertRaises(UserError):
            self.env["liaison.assignment.cooperation"].with_user(
                self.user_office_a
            ).create(
                {
                    "assignment_id": draft.id,
                    "department_id": self.dept_a2.id,
                    "report": "x",
                }
            )

    def test_reject_reply_through_reason_wizard(self):
        """The office sends an insufficient reply back with a reason, from the form."""
        with freeze_time("2025-10-09"):
            self.assignment.with_user(self.user_department_a).action_sign()
        lead = self.assignment.with_user(self.user_department_a)
        lead.reply = "<p>已办理</p>"
        lead.action_reply()
        self.assertEqual(self.assignment.state, "replied")
        action = self.assignment.with_user(
            self.user_office_a
        ).action_open_reject_reply()
        wizard = (
            self.env["liaison.reason.wizard"]
            .with_user(self.user_office_a)
            .browse(action["res_id"])
        )
        with self.assertRaises(UserError):
            wizard.action_confirm()
        self.assertEqual(self.assignment.state, "replied")
        wizard.reason = "材料不全"
        wizard.action_confirm()
        self.assertEqual(self.assignment.state, "signed")
        self.assertTrue(self.assignment.reply_rejected)
        self.assertEqual(self.assignment.reply_reject_reason, "材料不全")

    def test_reason_wizard_calls_only_listed_steps(self):
        """The wizard refuses a method that is not a reasoned workflow step."""
        Wizard = self.env["liaison.reason.wizard"].with_user(self.user_office_a)
        with self.assertRaises(UserError):
            Wizard._action_open(self.assignment, "unlink", "x")
        wizard = Wizard.create(
            {
                "res_model": "liaison.assignment",
                "res_ids": self.assignment.ids,
                "method": "action_close",
                "reason": "x",
            }
        )
        with self.assertRaises(UserError):
            wizard.action_confirm()
        self.assertEqual(self.assignment.state, "sent")
