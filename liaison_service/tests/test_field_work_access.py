# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from odoo import fields
from odoo.exceptions import AccessError
from odoo.tests import tagged

from .test_field_work_common import FieldWorkCommon

MODELS = (
    "liaison.key.enterprise.roster",
    "liaison.work.log",
    "liaison.visit.compliance",
    "liaison.work.report",
)


@tagged("post_install", "-at_install")
class TestFieldWorkAccess(FieldWorkCommon):
    """Officers see their own field work; office and leadership their
    jurisdiction; departments and enterprises nothing."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        day = date(2025, 10, 9)
        cls.log_a = cls._visit(cls.officer_a, cls.ent_a1, day)
        cls.log_a2 = cls._visit(cls.officer_a2, cls.ent_a1, day)
        cls.log_b = cls._visit(cls.officer_b, cls.ent_b, day)
        cls.env["liaison.visit.compliance"]._refresh_weeks([day])
        cls.reports = cls.env["liaison.work.report"]._generate(
            "weekly", day, cls.officer_a | cls.officer_a2 | cls.officer_b
        )

    def _officers_seen(self, user, model):
        records = (
            self.env[model]
            .with_user(user)
            .search(
                [
                    (
                        "officer_id",
                        "in",
                        (self.officer_a | self.officer_a2 | self.officer_b).ids,
                    )
                ]
            )
        )
        return records.sudo().mapped("officer_id")

    def test_officer_sees_own(self):
        """An officer reads only its own lines, logs, weeks and reports."""
        for model in MODELS:
            self.assertEqual(
                self._officers_seen(self.user_officer_a, model), self.officer_a, model
            )
        with self.assertRaises(AccessError):
            self.log_a2.with_user(self.user_officer_a).read(["name"])
        with self.assertRaises(AccessError):
            self.log_a2.with_user(self.user_officer_a).write({"content": "改"})
        self.assertFalse(self.log_a2.content)
        report_a2 = self.reports.filtered(lambda r: r.officer_id == self.officer_a2)
        with self.assertRaises(AccessError):
            report_a2.with_user(self.user_officer_a).action_submit()
        self.assertEqual(report_a2.state, "draft")

    def test_office_and_leadership_by_jurisdiction(self):
        """Office users read their county's field work, leadership the city's."""
        for model in MODELS:
            self.assertEqual(
                self._officers_seen(self.user_office_a, model),
                self.officer_a | self.officer_a2,
                model,
            )
            self.assertEqual(
                self._officers_seen(self.user_office_b, model), self.officer_b, model
            )
            self.assertEqual(
                self._officers_seen(self.user_leader, model),
                self.officer_a | self.officer_a2 | self.officer_b,
                model,
            )
        report_b = self.reports.filtered(lambda r: r.officer_id == self.officer_b)
        with self.assertRaises(AccessError):
            report_b.with_user(self.user_office_a).action_accept()
        with self.assertRaises(AccessError):
            self.log_b.with_user(self.user_office_a).read(["name"])

    def test_department_and_portal_see_nothing(self):
        """Departments, portal and plain internal users have no access at all."""
        for user in (self.user_department_a, self.user_portal, self.user_internal):
            for model in MODELS:
                with self.assertRaises(AccessError, msg=f"{user.login} {model}"):
                    self.env[model].with_user(user).search([])

    def test_guarded_fields_any_context(self):
        """State, check-in and roster lines cannot be forged with any context."""
        report = self.reports.filtered(lambda r: r.officer_id == self.officer_a)
        for ctx in ({}, {"liaison_workflow": True}, {"install_mode": True}):
            with self.assertRaises(AccessError):
                report.with_user(self.user_officer_a).with_context(**ctx).write(
                    {"state": "accepted"}
                )
            with self.assertRaises(AccessError):
                self.log_a.with_user(self.user_officer_a).with_context(**ctx).write(
                    {"checkin_time": fields.Datetime.now()}
                )
        with self.assertRaises(AccessError):
            self.Roster.with_user(self.user_officer_a).create(
                {
                    "partner_id": self.ent_b.id,
                    "officer_id": self.officer_a.id,
                    "region_id": self.county_b.id,
                }
            )
        with self.assertRaises(AccessError):
            self.Roster.with_user(self.user_office_a).create(
                {
                    "partner_id": self.ent_b.id,
                    "officer_id": self.officer_a.id,
                    "role": "staff",
                    "region_id": self.county_b.id,
                }
            )
        self.assertEqual(report.state, "draft")
        self.assertFalse(self.log_a.checkin_time)
