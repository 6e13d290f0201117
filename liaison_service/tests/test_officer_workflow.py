# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date, timedelta
import re

from dateutil.relativedelta import relativedelta

from odoo import fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .test_officer_common import ID_1980, ID_1986, ID_1995, ID_X, OfficerCommon


@tagged("post_install", "-at_install")
class TestOfficerWorkflow(OfficerCommon):
    """Selection, appointment, suspension, recall and term of an officer."""

    def setUp(self):
        super().setUp()
        # "Today" of the leadership user who appoints and recalls (its own
        # time zone, not the test runner's).
        self.today = fields.Date.context_today(
            self.env["liaison.officer"].with_user(self.user_leader)
        )
        self.officer = self._officer(
            "Zhang Wei", user_id=self.user_officer_a.id, id_number=ID_1986
        )

    def _as(self, user, officer=None):
        return (officer or self.officer).with_user(user)

    def _last_message(self, officer):
        return officer.message_ids.sorted("id")[-1]

    # ---- Selection and appointment ----
    def test_workflow_by_the_right_roles(self):
        """Office records opinion and review, leadership appoints, office activates."""
        self._as(self.user_office_a).action_submit_unit_opinion()
        self.assertEqual(self.officer.state, "unit_opinion")
        self._as(self.user_office_a).action_submit_review()
        self.assertEqual(self.officer.state, "review")
        self._as(self.user_leader).action_appoint()
        self.assertEqual(self.officer.state, "appointed")
        self.assertEqual(
            self._last_message(self.officer).author_id, self.user_leader.partner_id
        )
        self.assertEqual(self.officer.appointment_date, self.today)
        self.assertEqual(self.officer.term_start, self.today)
        self.assertEqual(
            self.officer.term_end, self.today + relativedelta(years=1, days=-1)
        )
        self.assertGreaterEqual(len(self.officer.verification_token), 20)
        self.assertTrue(self.officer.is_valid_today)
        self._as(self.user_office_a).action_activate()
        self.assertEqual(self.officer.state, "active")
        # Every step is in the chatter, by whom it was done.
        note = self.env.ref("mail.mt_note")
        notes = self.officer.message_ids.filtered(lambda m: m.subtype_id == note)
        self.assertEqual(len(notes), 4)
        self.assertEqual(
            notes.author_id,
            self.user_office_a.partner_id | self.user_leader.partner_id,
        )

    def test_unit_opinion_required(self):
        """The home unit's opinion must be recorded before moving on."""
        self.officer.unit_opinion = "  "
        with self.assertRaises(UserError):
            self._as(self.user_office_a).action_submit_unit_opinion()
        self.assertEqual(self.officer.state, "nominated")

    def test_wrong_roles_are_refused(self):
        """Officers, offices and departments cannot take the leadership's steps."""
        with self.assertRaises(AccessError):
            self._as(self.user_officer_a).action_submit_unit_opinion()
        self.assertEqual(self.officer.state, "nominated")
        self.officer.action_submit_unit_opinion()
        self.officer.action_submit_review()
        for user in (self.user_office_a, self.user_officer_a):
            with self.assertRaises(AccessError):
                self._as(user).action_appoint()
            self.officer.reject_reason = "Not suitable"
            with self.assertRaises(AccessError):
                self._as(user).action_reject()
            self.assertEqual(self.officer.state, "review")
            self.assertFalse(self.officer.appointment_number)
        self.officer.action_appoint()
        with self.assertRaises(AccessError):
            self._as(self.user_officer_a).action_activate()
        self.assertEqual(self.officer.state, "appointed")
        self.officer.action_activate()
        self.officer.recall_reason = "Poor service"
        with self.assertRaises(AccessError):
            self._as(self.user_office_a).action_recall()
        self.officer.suspend_reason = "Illness"
        with self.assertRaises(AccessError):
            self._as(self.user_officer_a).action_suspend()
        self.assertEqual(self.officer.state, "active")

    def test_state_and_numbers_not_writable(self):
        """The office cannot jump the workflow by writing the status or numbers."""
        officer = self._as(self.user_office_a)
        with self.assertRaises(UserError):
            officer.write({"state": "appointed"})
        with self.assertRaises(UserError):
            officer.write({"card_number": "FAKE-1"})
        with self.assertRaises(UserError):
            self.env["liaison.officer"].with_user(self.user_office_a).create(
                {
                    "name": "Jumper",
                    "department_id": self.dept_a.id,
                    "region_id": self.county_a.id,
                    "state": "active",
                }
            )
        self.assertEqual(self.officer.state, "nominated")

    def test_reject_needs_reason(self):
        """Leadership rejects with a reason; without one it is refused."""
        self.officer.action_submit_unit_opinion()
        with self.assertRaises(UserError):
            self._as(self.user_leader).action_reject()
        self.assertEqual(self.officer.state, "unit_opinion")
        self.officer.reject_reason = "经审核，不符合选派条件。"
        self._as(self.user_leader).action_reject()
        self.assertEqual(self.officer.state, "rejected")
        self.assertIn("不符合选派条件", self._last_message(self.officer).body)

    # ---- Experience rule ----
    def test_experience_rule(self):
        """Under 3 years is refused unless leadership waives it with a reason."""
        self.officer.work_years = 2
        self.officer.action_submit_unit_opinion()
        self.officer.action_submit_review()
        with self.assertRaises(UserError):
            self._as(self.user_leader).action_appoint()
        self.assertEqual(self.officer.state, "review")
        # The office cannot waive the rule.
        with self.assertRaises(AccessError):
            self._as(self.user_office_a).write(
                {"experience_override": True, "experience_override_reason": "Urgent"}
            )
        # Leadership cannot waive it without a reason.
        with self.assertRaises(ValidationError):
            self._as(self.user_leader).write({"experience_override": True})
        self.assertFalse(self.officer.experience_override)
        self._as(self.user_leader).write(
            {
                "experience_override": True,
                "experience_override_reason": "熟悉园区企业开办业务，工作表现突出。",
            }
        )
        self._as(self.user_leader).action_appoint()
        self.assertEqual(self.officer.state, "appointed")

    def test_three_years_is_enough(self):
        """Exactly three years of experience meets the requirement."""
        self.officer.work_years = 3
        self._appoint(self.officer, activate=False)
        self.assertEqual(self.officer.state, "appointed")

    # ---- Numbers ----
    def test_duplicate_appointment_refused(self):
        """An appointed officer cannot be appointed again or get a new number."""
        self._appoint(self.officer)
        number, card = self.officer.appointment_number, self.officer.card_number
        with self.assertRaises(UserError):
            self._as(self.user_leader).action_appoint()
        self.assertEqual(self.officer.appointment_number, number)
        self.assertEqual(self.officer.card_number, card)
        # One user, one live officer record.
        with self.assertRaises(ValidationError):
            self._officer("Zhang Wei again", user_id=self.user_officer_a.id)

    def test_user_may_be_nominated_again_after_recall(self):
        """After a recall the same user may be nominated anew."""
        self._appoint(self.officer)
        self.officer.recall_reason = "Transferred"
        self.officer.action_recall()
        again = self._officer("Zhang Wei", user_id=self.user_officer_a.id)
        self.assertEqual(again.state, "nominated")

    def test_numbers_come_from_yearly_sequences(self):
        """Appointment and card numbers are consecutive and restart each year."""
        first = self._officer("First", appointment_date=date(2021, 3, 1))
        second = self._officer("Second", appointment_date=date(2021, 9, 1))
        current = self._officer("Current")
        for officer in (first, second, current):
            self._appoint(officer)
        match_1 = re.fullmatch(r"聘〔2021〕(\d+)号", first.appointment_number)
        match_2 = re.fullmatch(r"聘〔2021〕(\d+)号", second.appointment_number)
        self.assertTrue(match_1 and match_2, first.appointment_number)
        self.assertEqual(int(match_2[1]), int(match_1[1]) + 1)
        card_1 = re.fullmatch(r"JY2021-(\d{4})", first.card_number)
        card_2 = re.fullmatch(r"JY2021-(\d{4})", second.card_number)
        self.assertTrue(card_1 and card_2, first.card_number)
        self.assertEqual(int(card_2[1]), int(card_1[1]) + 1)
        year = self.today.year
        self.assertRegex(current.appointment_number, rf"^聘〔{year}〕\d+号$")
        self.assertRegex(current.card_number, rf"^JY{year}-\d{{4}}$")
        sequence = self.env.ref("liaison_service.ir_sequence_liaison_officer_card")
        self.assertIn(date(2021, 1, 1), sequence.date_range_ids.mapped("date_from"))
        self.assertEqual(first.term_end, date(2022, 2, 28))

    # ---- Validity and verification ----
    def test_verification_values(self):
        """The public verification values are limited to four keys."""
        self._appoint(self.officer)
        values = self.officer.with_context(lang="en_US")._get_verification_values()
        self.assertEqual(set(values), {"name", "officer_type", "card_number", "valid"})
        self.assertEqual(
            values,
            {
                "name": "Zhang Wei",
                "officer_type": "Liaison Officer",
                "card_number": self.officer.card_number,
                "valid": True,
            },
        )
        self.assertNotIn(ID_1986, str(values))

    def test_not_valid_when_recalled_or_expired(self):
        """A recalled officer and an expired term are not valid today."""
        expired = self._appoint(
            self._officer("Expired", appointment_date=date(2021, 3, 1))
        )
        self.assertFalse(expired.is_valid_today)
        self._appoint(self.officer)
        self.assertTrue(self.officer.is_valid_today)
        Officer = self.env["liaison.officer"]
        self.assertIn(self.officer, Officer.search([("is_valid_today", "=", True)]))
        self.assertIn(expired, Officer.search([("is_valid_today", "=", False)]))
        self.officer.recall_reason = "Poor service"
        self.officer.action_recall()
        self.assertFalse(self.officer.is_valid_today)
        self.assertFalse(self.officer._get_verification_values()["valid"])
        self.assertNotIn(self.officer, Officer.search([("is_valid_today", "=", True)]))

    # ---- Suspension, recall, term ----
    def test_suspend_and_resume(self):
        """The office suspends with a reason and resumes; suspended is not valid."""
        self._appoint(self.officer)
        with self.assertRaises(UserError):
            self._as(self.user_office_a).action_suspend()
        self.officer.suspend_reason = "Long sick leave"
        self._as(self.user_office_a).action_suspend()
        self.assertEqual(self.officer.state, "suspended")
        self.assertFalse(self.officer.is_valid_today)
        self._as(self.user_office_a).action_resume()
        self.assertEqual(self.officer.state, "active")
        self.assertTrue(self.officer.is_valid_today)

    def test_recall_with_replacement(self):
        """Leadership recalls with a reason and names an active replacement."""
        self._appoint(self.officer)
        replacement = self._appoint(self._officer("Liu Yang", id_number=ID_1980))
        nominee = self._officer("Nominee")
        self.officer.recall_reason = "企业不满意，召回另行选派。"
        for wrong in (self.officer, nominee):
            self.officer.replacement_id = wrong
            with self.assertRaises(UserError):
                self._as(self.user_leader).action_recall()
            self.assertEqual(self.officer.state, "active")
        self.officer.replacement_id = replacement
        self._as(self.user_leader).action_recall()
        self.assertEqual(self.officer.state, "recalled")
        self.assertEqual(self.officer.recall_date, self.today)
        self.assertEqual(self.officer.replacement_id, replacement)
        body = self._last_message(self.officer).body
        self.assertIn("Liu Yang", body)
        self.assertIn(self.officer.card_number, body)

    def test_recall_needs_reason(self):
        """A recall without a reason is refused."""
        self._appoint(self.officer)
        with self.assertRaises(UserError):
            self._as(self.user_leader).action_recall()
        self.assertEqual(self.officer.state, "active")

    def test_nomination_only_can_be_deleted(self):
        """A nomination can be deleted; an appointed officer cannot."""
        nominee = self._officer("Nominee")
        nominee.unlink()
        self._appoint(self.officer)
        with self.assertRaises(UserError):
            self.officer.unlink()

    def test_extend_term(self):
        """Extending adds one year to the term and logs the old and new end."""
        self._appoint(self.officer)
        old_end = self.officer.term_end
        self._as(self.user_office_a).action_extend_term()
        self.assertEqual(self.officer.term_end, old_end + relativedelta(years=1))
        body = self._last_message(self.officer).body
        self.assertIn(str(old_end), body)
        self.assertIn(str(self.officer.term_end), body)

    def test_term_reminder_cron_is_idempotent(self):
        """Running the reminder twice schedules one to-do for the office."""
        officer = self._appoint(
            self._officer("Ending", appointment_date=self.today - timedelta(days=350))
        )
        far = self._appoint(self._officer("Far"))
        activity_type = self.env.ref(
            "liaison_service.mail_activity_type_officer_term_end"
        )
        Officer = self.env["liaison.officer"]
        Officer._cron_term_reminders()
        Officer._cron_term_reminders()
        activities = officer.activity_ids.filtered(
            lambda a: a.activity_type_id == activity_type
        )
        self.assertEqual(len(activities), 1)
        self.assertEqual(activities.date_deadline, officer.term_end)
        self.assertEqual(activities.user_id, self.user_office_a)
        self.assertFalse(far.activity_ids)
        # Done is done: no new reminder for the same term end.
        activities.action_done()
        Officer._cron_term_reminders()
        self.assertFalse(officer.activity_ids)


@tagged("post_install", "-at_install")
class TestOfficerData(OfficerCommon):
    """Bad input on the officer register is refused with a clear message."""

    def test_valid_id_numbers(self):
        """Valid numbers are accepted; a lower-case x is normalised."""
        officer = self._officer("Valid", id_number=ID_1995)
        self.assertEqual(officer.id_number, ID_1995)
        officer.id_number = ID_X.lower()
        self.assertEqual(officer.id_number, ID_X)

    def test_invalid_id_numbers(self):
        """Bad checksum, impossible date, wrong length or characters are refused."""
        bad_numbers = {
            "checksum": ID_1986[:-1] + "5",
            "date": "519921198602301236",
            "future": "519921209901011234",
            "short": ID_1986[:-1],
            "long": ID_1986 + "1",
            "letters": "51992119860315123A",
        }
        for reason, number in bad_numbers.items():
            with self.subTest(reason=reason), self.assertRaises(ValidationError):
                self._officer("Bad", id_number=number)

    def test_id_number_must_match_birth_date(self):
        """The date of birth must agree with the ID number."""
        with self.assertRaises(ValidationError):
            self._officer("Mismatch", id_number=ID_1986, birth_date=date(1986, 3, 16))
        officer = self._officer("Match", id_number=ID_1986, birth_date="1986-03-15")
        self.assertGreaterEqual(officer.age, 39)

    def test_region_level(self):
        """Officers serve a city, county or township; the level follows the region."""
        township = self._officer("Township", region_id=self.township_a.id)
        self.assertEqual(township.region_level, "township")
        province = self.env["liaison.region"].create(
            {"name": "O Province", "code": "OP", "level": "province"}
        )
        with self.assertRaises(ValidationError):
            self._officer("Province", region_id=province.id)

    def test_negative_experience_refused(self):
        """Years of experience cannot be negative."""
        with self.assertRaises(ValidationError):
            self._officer("Negative", work_years=-1)
