# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import AccessError
from odoo.tests import new_test_user, tagged

from .test_officer_common import ID_1980, ID_1986, ID_1995, OfficerCommon


@tagged("post_install", "-at_install")
class TestOfficerAccess(OfficerCommon):
    """Who sees which officers, and who may read an ID number."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.own = cls._appoint(
            cls._officer(
                "Own",
                user_id=cls.user_officer_a.id,
                id_number=ID_1986,
                department_id=cls.dept_a2.id,
            )
        )
        cls.colleague = cls._appoint(
            cls._officer("Colleague", user_id=cls.user_officer_a2.id, id_number=ID_1980)
        )
        cls.township = cls._officer("Township", region_id=cls.township_a.id)
        cls.other_county = cls._officer(
            "Other County",
            id_number=ID_1995,
            department_id=cls.dept_b.id,
            region_id=cls.county_b.id,
        )
        cls.officers = cls.own | cls.colleague | cls.township | cls.other_county

    def _visible(self, user):
        return (
            self.env["liaison.officer"]
            .with_user(user)
            .search([("id", "in", self.officers.ids)])
        )

    def test_officer_sees_own_record_only(self):
        """An officer reads its own record, not its colleagues'."""
        self.assertEqual(self._visible(self.user_officer_a), self.own)
        self.assertEqual(self.own.with_user(self.user_officer_a).name, "Own")
        with self.assertRaises(AccessError):
            self.other_county.with_user(self.user_officer_a).read(["name"])

    def test_officer_cannot_read_id_numbers(self):
        """The ID number field is closed to officers, even on their own record."""
        with self.assertRaises(AccessError):
            self.colleague.with_user(self.user_officer_a).read(["id_number"])
        with self.assertRaises(AccessError):
            self.own.with_user(self.user_officer_a).read(["id_number"])
        with self.assertRaises(AccessError):
            self.own.with_user(self.user_officer_a).read(["verification_token"])
        with self.assertRaises(AccessError):
            self.env["liaison.officer"].with_user(self.user_officer_a).search(
                [("id_number", "=", ID_1980)]
            )

    def test_officer_cannot_edit_own_record(self):
        """Officers read their record; the office keeps it."""
        with self.assertRaises(AccessError):
            self.own.with_user(self.user_officer_a).write({"phone": "123"})

    def test_office_sees_its_jurisdiction_only(self):
        """Office of county A sees county A and its townships, nothing of county B."""
        visible = self._visible(self.user_office_a)
        self.assertEqual(visible, self.own | self.colleague | self.township)
        self.assertEqual(
            self._visible(self.user_office_b), self.other_county, "county B office"
        )
        with self.assertRaises(AccessError):
            self.other_county.with_user(self.user_office_a).read(["name"])
        self.assertEqual(
            self.colleague.with_user(self.user_office_a).id_number, ID_1980
        )

    def test_office_cannot_move_or_create_outside(self):
        """Office of county A cannot create or move an officer into county B."""
        Officer = self.env["liaison.officer"].with_user(self.user_office_a)
        with self.assertRaises(AccessError):
            Officer.create(
                {
                    "name": "Intruder",
                    "department_id": self.dept_b.id,
                    "region_id": self.county_b.id,
                }
            )
        with self.assertRaises(AccessError):
            self.township.with_user(self.user_office_a).write(
                {"region_id": self.county_b.id}
            )
        self.assertEqual(self.township.region_id, self.township_a)

    def test_leadership_sees_whole_city(self):
        """The city's leadership sees the officers of both counties."""
        self.assertEqual(self._visible(self.user_leader), self.officers)

    def test_department_sees_the_officers_it_sent(self):
        """A department reads only its own unit's officers, without ID numbers."""
        self.assertEqual(self._visible(self.user_department_a2), self.own)
        self.assertEqual(
            self._visible(self.user_department_a), self.colleague | self.township
        )
        self.assertFalse(self._visible(self.user_department_b) & self.own)
        with self.assertRaises(AccessError):
            self.colleague.with_user(self.user_department_a).read(["id_number"])
        with self.assertRaises(AccessError):
            self.colleague.with_user(self.user_department_a).write({"phone": "1"})

    def test_plain_internal_user_sees_nothing(self):
        """An internal user outside the liaison groups has no access."""
        user = new_test_user(self.env, login="o_internal", groups="base.group_user")
        with self.assertRaises(AccessError):
            self.env["liaison.officer"].with_user(user).search([])
