# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import json

from odoo import http
from odoo.tests import new_test_user, tagged

from odoo.addons.liaison_service.tests.common import LiaisonHttpCase


@tagged("post_install", "-at_install")
class TestPortalComplaint(LiaisonHttpCase):
    """An enterprise complains on the portal; an integrity case stays hidden."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("zh_CN")
        cls.region = cls._region("Complaint County", "CC1")
        company = cls._company("Complaining Co")
        contact = cls.env["res.partner"].create(
            {"name": "Complaining Contact", "parent_id": company.id}
        )
        cls.portal = new_test_user(
            cls.env,
            login="t_complainer",
            password="t_complainer_pw",
            groups="base.group_portal",
            partner_id=contact.id,
            lang="zh_CN",
        )
        cls.users = {}
        for login, group in (
            ("t_c_office", "group_office"),
            ("t_c_leader", "group_leadership"),
            ("t_c_officer", "group_officer"),
            ("t_c_dept", "group_department"),
            ("t_c_discipline", "group_discipline"),
        ):
            user = new_test_user(
                cls.env,
                login=login,
                password=f"{login}_pw",
                groups=f"base.group_user,liaison_service.{group}",
            )
            user.liaison_region_ids = cls.region
            cls.users[login] = user

    def _complaints(self):
        return (
            self.env["liaison.complaint"]
            .sudo()
            .search([("region_id", "=", self.region.id)])
        )

    def test_tour_anonymous_integrity_complaint(self):
        """The enterprise reports an integrity case anonymously."""
        self.start_tour("/my", "liaison_portal_complaint_tour", login="t_complainer")
        complaint = self._complaints()
        self.assertEqual(len(complaint), 1)
        self.assertEqual(complaint.nature, "integrity")
        self.assertTrue(complaint.anonymous)
        self.assertFalse(complaint.partner_id)
        self.assertFalse(complaint.complainant_name)

    def _rpc(self, login, model, method, args):
        self.authenticate(login, f"{login}_pw")
        response = self.url_open(
            f"/web/dataset/call_kw/{model}/{method}",
            data=json.dumps(
                {
                    "jsonrpc": "2.0",
                    "method": "call",
                    "params": {
                        "model": model,
                        "method": method,
                        "args": args,
                        "kwargs": {"context": {"liaison_complaint_action": True}},
                    },
                }
            ),
            headers={"Content-Type": "application/json"},
        )
        return response.json()

    def test_integrity_case_refused_over_rpc(self):
        """Office, leadership, officer, department and complainant: refused."""
        complaint = self.env["liaison.complaint"]._intake(
            {
                "nature": "integrity",
                "subject": "Banquet",
                "description": "Accepted a banquet",
                "region_id": self.region.id,
            },
            "hotline",
        )
        for login in ("t_c_office", "t_c_leader", "t_c_officer", "t_c_dept"):
            with self.subTest(login=login):
                answer = self._rpc(
                    login,
                    "liaison.complaint",
                    "web_read",
                    [[complaint.id], {"subject": {}}],
                )
                self.assertIn("error", answer)
                answer = self._rpc(
                    login,
                    "liaison.complaint",
                    "search_read",
                    [[("id", "=", complaint.id)], ["subject"]],
                )
                self.assertEqual(answer.get("result", []), [])
                answer = self._rpc(
                    login, "liaison.complaint", "action_conclude", [[complaint.id]]
                )
                self.assertIn("error", answer)
        answer = self._rpc(
            "t_complainer",
            "liaison.complaint",
            "web_read",
            [[complaint.id], {"subject": {}}],
        )
        self.assertIn("error", answer)
        answer = self._rpc(
            "t_c_discipline",
            "liaison.complaint",
            "search_read",
            [[("id", "=", complaint.id)], ["subject"]],
        )
        self.assertEqual(answer["result"][0]["subject"], "Banquet")
        self.assertEqual(complaint.state, "open")

    def test_form_errors(self):
        """No nature, a NUL character: a form error in the page, nothing kept."""
        self.authenticate("t_complainer", "t_complainer_pw")
        for values, error in (
            ({"subject": "Late", "description": "Slow"}, "业务类或廉政与作风类"),
            (
                {"nature": "business", "subject": "Late\x00", "description": "Slow"},
                "无效字符",
            ),
        ):
            response = self.url_open(
                "/my/liaison/complaints/new",
                data={
                    "csrf_token": http.Request.csrf_token(self),
                    "region_id": str(self.region.id),
                    **values,
                },
            )
            self.assertEqual(response.status_code, 400)
            self.assertIn(error, response.text)
        self.assertFalse(self._complaints())
