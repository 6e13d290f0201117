# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import timedelta

from odoo import fields
from odoo.exceptions import AccessError
from odoo.tests import tagged
from odoo.tools.safe_eval import safe_eval

from .common import LiaisonTourCase


@tagged("post_install", "-at_install")
class TestHome(LiaisonTourCase):
    """Each role lands on its own home in the Liaison app."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.other_county = cls._region("Other County", "HOME2")
        cls.other_department = cls._department("Other Department", "OD", cls.county)
        cls.user_officer = cls._tour_user("t_home_officer", "group_officer")
        cls.user_department = cls._tour_user(
            "t_home_dept", "group_department", cls.department
        )
        cls.user_other_department = cls._tour_user(
            "t_home_dept2", "group_department", cls.other_department
        )
        cls.user_office = cls._tour_user("t_home_office", "group_office")
        cls.user_leader = cls._tour_user("t_home_leader", "group_leadership")
        cls.officer = cls._home_officer(cls.user_officer)
        cls.enterprise = cls._company("Home Enterprise")
        today = fields.Date.context_today(cls.user_officer)
        cls.issue = cls._home_issue(
            "Home issue of the officer", "urgent", "accepted", date_accepted=today
        )
        cls.env["liaison.supervision.step"].sudo().create(
            {
                "issue_id": cls.issue.id,
                "step": "supervision_red",
                "colour": "red",
                "date": today,
            }
        )
        cls.assignment = (
            cls.env["liaison.assignment"]
            .sudo()
            .create(
                {
                    "name": "交办 HOME-1",
                    "issue_id": cls.issue.id,
                    "lead_department_id": cls.department.id,
                    "date_assigned": today,
                    "deadline": today + timedelta(days=10),
                    "state": "sent",
                    "sent_on": today,
                }
            )
        )

    def _home(self, user):
        action = self.env["res.users"].with_user(user)._liaison_home_action()
        records = self.env[action["res_model"]].with_user(user)
        domain = safe_eval(action.get("domain") or "[]", {"uid": user.id})
        return action, records.search(domain)

    def test_home_action_by_group(self):
        """The app's root menu opens the home of the user's highest role."""
        menu = self.env.ref("liaison_service.liaison_service_menu_root")
        self.assertEqual(
            menu.action, self.env.ref("liaison_service.liaison_home_action_server")
        )
        expected = {
            self.user_officer: "liaison_service.liaison_home_action_officer",
            self.user_department: "liaison_service.liaison_home_action_department",
            self.user_office: "liaison_service.liaison_home_action_office",
            self.user_leader: "liaison_service.liaison_home_action_leadership",
        }
        for user, xmlid in expected.items():
            action, _records = self._home(user)
            self.assertEqual(action["id"], self.env.ref(xmlid).id, user.login)

    def test_work_items_are_the_readers_own(self):
        """Work items follow the records' owners: own items, own department."""
        _action, officer_items = self._home(self.user_officer)
        self.assertIn(
            ("liaison.issue", self.issue.id),
            [(i.res_model, i.res_id) for i in officer_items],
        )
        _action, dept_items = self._home(self.user_department)
        self.assertEqual(
            dept_items.filtered(lambda i: i.kind == "assignment").mapped("res_id"),
            self.assignment.ids,
        )
        self.assertEqual(
            dept_items.filtered(lambda i: i.kind == "assignment").step, "to_sign"
        )
        _action, other_items = self._home(self.user_other_department)
        self.assertFalse(other_items.filtered(lambda i: i.res_id == self.assignment.id))
        # Opening a document goes through the document's own rules.
        item = self.env["liaison.work.item"].search(
            [("res_model", "=", "liaison.issue"), ("res_id", "=", self.issue.id)]
        )
        with self.assertRaises(AccessError):
            item.with_user(self.user_other_department).action_open_document()

    def test_demo_users_land_on_their_home(self):
        """The demo logins have the home of their role as landing action."""
        demo = {
            "liaison_service.user_officer_demo": "liaison_home_action_officer",
            "liaison_service.user_department_demo": "liaison_home_action_department",
            "liaison_service.user_office_a_demo": "liaison_home_action_office",
            "liaison_service.user_leader_demo": "liaison_home_action_leadership",
        }
        if not self.env["ir.module.module"]._get("liaison_service").demo:
            return
        for user_xmlid, action in demo.items():
            user = self.env.ref(user_xmlid)
            self.assertEqual(
                user.action_id.id,
                self.env.ref(f"liaison_service.{action}").id,
                user_xmlid,
            )

    def test_tour_home_officer(self):
        """The officer lands on its week and opens an issue from it."""
        self.start_tour("/odoo", "liaison_home_officer_tour", login="t_home_officer")

    def test_tour_home_department(self):
        """The department lands on the notices to sign for and to answer."""
        self.start_tour("/odoo", "liaison_home_department_tour", login="t_home_dept")

    def test_tour_home_office(self):
        """The office lands on the supervision board with the ladder's colours."""
        self.start_tour("/odoo", "liaison_home_office_tour", login="t_home_office")

    def test_tour_home_leadership(self):
        """The leadership lands on the cockpit of rates and departments."""
        self.start_tour("/odoo", "liaison_home_leadership_tour", login="t_home_leader")
