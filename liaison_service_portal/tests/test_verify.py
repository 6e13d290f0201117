# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date, timedelta

from odoo.tests import tagged

from odoo.addons.liaison_service.tests.common import LiaisonHttpCase

PHONE = "13900139077"
ID_NUMBER = "110101198805120020"


@tagged("post_install", "-at_install")
class TestVerifyPage(LiaisonHttpCase):
    """The public page behind the work ID card's QR code."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        city = cls._region("江源市", "V519900", "city")
        cls.county = cls._region("临河区", "V519902", parent=city)
        cls.department = cls._department("临河区发展和改革局", "V-DRC", cls.county)
        cls.officer = cls._appointed_officer("林晓岚", ID_NUMBER, PHONE)
        cls.recalled = cls._appointed_officer(
            "周明远", "110101198001010037", "13900139088"
        )
        cls.recalled.recall_reason = "年度考核不称职"
        cls.recalled.action_recall()
        cls.token = cls.officer.sudo().verification_token
        cls.recalled_token = cls.recalled.sudo().verification_token

    @classmethod
    def _appointed_officer(cls, name, id_number, phone):
        """An officer taken through the workflow to active (as the superuser)."""
        user = cls._user(f"verify_{id_number}", "group_officer")
        officer = cls.env["liaison.officer"].create(
            {
                "name": name,
                "user_id": user.id,
                "phone": phone,
                "id_number": id_number,
                "department_id": cls.department.id,
                "region_id": cls.county.id,
                "officer_type": "liaison_officer",
                "work_years": 5,
                "unit_opinion": "同意推荐",
                "appointment_date": date.today() - timedelta(days=30),
            }
        )
        return cls._appoint(officer)

    def _card(self, token):
        return self._get(f"/liaison/verify/{token}")

    def assertNothingPrivate(self, body):
        for secret in (PHONE, ID_NUMBER, "13900139088", "110101198001010037"):
            self.assertNotIn(secret, body)
        self.assertNotIn("临河区发展和改革局", body)

    def test_valid_officer(self):
        """A valid card shows name, type, number and 'valid today'."""
        response = self._card(self.token)
        self.assertEqual(response.status_code, 200)
        body = response.text
        self.assertIn("林晓岚", body)
        self.assertIn(self.officer.card_number, body)
        # The page speaks the visitor's language: any translation of the type.
        type_labels = {
            self.officer.with_context(lang=code)._get_verification_values()[
                "officer_type"
            ]
            for code, _name in self.env["res.lang"].get_installed()
        }
        self.assertTrue(any(label in body for label in type_labels), type_labels)
        self.assertIn("o_liaison_verify_valid", body)
        self.assertNotIn("o_liaison_verify_invalid", body)
        self.assertIn('<meta name="robots" content="noindex, nofollow"', body)
        self.assertIn("noindex", response.headers.get("X-Robots-Tag", ""))
        self.assertNothingPrivate(body)

    def test_recalled_officer(self):
        """A recalled officer's card is shown as invalid."""
        response = self._card(self.recalled_token)
        self.assertEqual(response.status_code, 200)
        self.assertIn("周明远", response.text)
        self.assertIn("o_liaison_verify_invalid", response.text)
        self.assertNotIn("o_liaison_verify_valid", response.text)
        self.assertNothingPrivate(response.text)

    def test_expired_and_suspended_officer(self):
        """An expired term or a suspension makes the card invalid."""
        self.officer.write({"term_end": date.today() - timedelta(days=1)})
        self.officer.flush_recordset()
        self.assertIn("o_liaison_verify_invalid", self._card(self.token).text)
        self.officer.write({"term_end": date.today() + timedelta(days=300)})
        self.officer.suspend_reason = "因病暂停"
        self.officer.action_suspend()
        self.officer.flush_recordset()
        self.assertIn("o_liaison_verify_invalid", self._card(self.token).text)

    def test_archived_officer(self):
        """An archived officer's card is invalid, not unknown."""
        self.officer.active = False
        response = self._card(self.token)
        self.assertEqual(response.status_code, 200)
        self.assertIn("o_liaison_verify_invalid", response.text)
        self.assertNothingPrivate(response.text)

    def test_unknown_token(self):
        """Guessed, altered or garbage tokens get a neutral 404."""
        for token in (
            "x" * 22,
            self.token[:-1] + ("A" if self.token[-1] != "A" else "B"),
            self.token[:10],
            "%25",
            "' OR 1=1 --",
            self.token.upper() if self.token.upper() != self.token else "zz",
        ):
            response = self._card(token)
            self.assertEqual(response.status_code, 404, token)
            self.assertIn("o_liaison_verify_not_found", response.text)
            for name in ("林晓岚", "周明远"):
                self.assertNotIn(name, response.text)
            self.assertNothingPrivate(response.text)

    def test_verify_tour(self):
        """In a browser, the page shows the holder's name and the valid badge."""
        self.start_tour(f"/liaison/verify/{self.token}", "liaison_verify_tour")
