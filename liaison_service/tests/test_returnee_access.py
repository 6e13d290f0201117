# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .test_returnee_common import ReturneeCommon


@tagged("post_install", "-at_install")
class TestReturneeAccess(ReturneeCommon):
    """Who sees which people, stations and phones; who converts."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.p_a = cls._person(
            "Zhang", "13500000001", station_id=cls.station.id, intention="invest"
        )
        cls.p_a2 = cls._person(
            "Li", "13500000002", region=cls.township_a2, station_id=cls.station_b.id
        )
        cls.p_b = cls._person("Far", "13500000003", region=cls.township_b)
        cls.people = cls.p_a | cls.p_a2 | cls.p_b

    def _visible(self, user):
        return (
            self.env["liaison.returnee.person"]
            .with_user(user)
            .search([("id", "in", self.people.ids)])
        )

    def test_township_user_sees_only_its_own(self):
        """A township reads its own township's people, no phone, no write."""
        self.assertEqual(self._visible(self.user_township_a), self.p_a)
        self.assertEqual(self._visible(self.user_township_a2), self.p_a2)
        self.assertEqual(self._visible(self.user_office_a), self.p_a | self.p_a2)
        person = self.p_a.with_user(self.user_township_a)
        with self.assertRaises(AccessError):
            person.read(["phone"])
        with self.assertRaises(AccessError):
            person.write({"current_city": "Nanjing"})
        with self.assertRaises(AccessError):
            self.p_a2.with_user(self.user_township_a).read(["name"])

    def test_phone_hidden_from_non_office(self):
        """Phones, WeChat and ID numbers are read by the office only."""
        self.assertEqual(
            self.p_a.with_user(self.user_office_a).read(["phone"])[0]["phone"],
            "13500000001",
        )
        for user in (self.user_officer_a, self.user_township_a, self.user_head):
            fields = self.env["liaison.returnee.person"].with_user(user).fields_get()
            self.assertNotIn("phone", fields)
            self.assertNotIn("id_number", fields)
        with self.assertRaises(AccessError):
            self.p_a.with_user(self.user_head).read(["phone"])
        with self.assertRaises(AccessError):
            self.p_a.with_user(self.user_head).search_read(
                [("phone", "=", "13500000001")], ["name"]
            )

    def test_station_head_sees_only_its_station(self):
        """A portal head reads its station and its people, not another's."""
        Station = self.env["liaison.returnee.station"].with_user(self.user_head)
        self.assertEqual(Station.search([]), self.station)
        self.assertEqual(self._visible(self.user_head), self.p_a)
        self.assertEqual(self._visible(self.user_head_b), self.p_a2)
        with self.assertRaises(AccessError):
            self.p_a.with_user(self.user_head).write({"name": "X"})
        with self.assertRaises(AccessError):
            self.station_b.with_user(self.user_head).read(["name"])

    def test_office_opens_consultation_and_keeps_link(self):
        """A person with an investment intention becomes a consultation."""
        action = self.p_a.with_user(self.user_office_a).action_create_consultation()
        consultation = self.env["liaison.consultation"].browse(action["res_id"])
        self.assertEqual(self.p_a.consultation_id, consultation)
        self.assertEqual(consultation.applicant_phone, "13500000001")
        self.assertEqual(consultation.region_id, self.township_a)
        with self.assertRaises(UserError):
            self.p_a.with_user(self.user_office_a).action_create_consultation()

    def test_office_opens_project(self):
        """In one step a person becomes a project, through its consultation."""
        action = self.p_a.with_user(self.user_office_a).action_create_project()
        self.assertEqual(action["res_model"], "liaison.project")
        self.assertEqual(self.p_a.project_id.id, action["res_id"])
        self.assertEqual(self.p_a.consultation_id.project_id, self.p_a.project_id)

    def test_conversion_refused_to_others_and_without_intention(self):
        """Only the office converts; links cannot be written by hand."""
        for user in (self.user_township_a, self.user_officer_a):
            with self.assertRaises(AccessError):
                self.p_a.with_user(user).action_create_consultation()
        with self.assertRaises(UserError):
            self.p_a2.with_user(self.user_office_a).action_create_consultation()
        consultation = self.env["liaison.consultation"].create(
            {"name": "C", "applicant_name": "x", "region_id": self.township_a.id,
             "question": "q"}
        )  # fmt: skip
        with self.assertRaises(AccessError):
            self.p_a.with_user(self.user_office_a).write(
                {"consultation_id": consultation.id}
            )
        self.assertFalse(self.p_a.consultation_id)
