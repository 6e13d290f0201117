# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import http
from odoo.tests import tagged

from odoo.addons.liaison_service.tests.common import LiaisonHttpCase

# A 1x1 PNG, as the signature widget would send it (base64, no data: prefix).
SIGNATURE = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGA"
    "hKmMIQAAAABJRU5ErkJggg=="
)


@tagged("post_install", "-at_install")
class TestPortalProject(LiaisonHttpCase):
    """The enterprise's service projects on the portal."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.region = cls._region("门户测试区", "PT01")
        department = cls._department("门户测试局", "PT-DEP", cls.region)
        item = cls.env["liaison.approval.item"].create(
            {"name": "门户测试事项", "department_id": department.id}
        )
        cls.enterprise_a = cls._company("甲企业")
        cls.enterprise_b = cls._company("乙企业")
        cls.user_a = cls._portal_user("pt_portal_a", cls.enterprise_a)
        cls.user_b = cls._portal_user("pt_portal_b", cls.enterprise_b)
        officer = cls._active_officer(
            "王联络", cls.region, department, phone="13900001111"
        )
        cls.project_a = cls._project(
            "门户测试项目", cls.enterprise_a, cls.region, officer
        )
        cls.project_b = cls._project("乙企业项目", cls.enterprise_b, cls.region)
        cls.env["liaison.checklist.line"].create(
            {
                "project_id": cls.project_a.id,
                "approval_item_id": item.id,
                "planned_start": "2026-03-02",
            }
        )
        cls.agreement_a = cls._agreement(cls.project_a)
        cls.agreement_b = cls._agreement(cls.project_b)
        cls.delivery_a = cls._delivery(cls.project_a)
        cls.delivery_b = cls._delivery(cls.project_b)

    def _lang(self, login):
        return self.env["res.users"].search([("login", "=", login)]).lang

    @classmethod
    def _agreement(cls, project):
        agreement = cls.env["liaison.agreement"].create(
            {
                "project_id": project.id,
                "matter": "项目立项、用地、规划许可",
                "principal_name": "张经理",
                "agent_name": "门户测试区政务服务中心",
            }
        )
        agreement.action_send()
        return agreement

    @classmethod
    def _delivery(cls, project):
        delivery = cls.env["liaison.delivery"].create(
            {"project_id": project.id, "results": "建设用地规划许可证"}
        )
        delivery.action_send()
        return delivery

    # ---- helpers ----
    def _sign(self, record, suffix="/sign", access_token=None, name="张经理"):
        params = {"name": name, "signature": SIGNATURE}
        if access_token:
            params["access_token"] = access_token
        return self.make_jsonrpc_request(f"{record.access_url}{suffix}", params)

    # ---- list, home and detail ----
    def test_home_counter(self):
        """The home tile counts only the enterprise's own projects."""
        self.authenticate("pt_portal_a", "pt_portal_a")
        self.assertIn("/my/liaison/projects", self.url_open("/my").text)
        counters = self.make_jsonrpc_request(
            "/my/counters", {"counters": ["liaison_project_count"]}
        )
        self.assertEqual(counters["liaison_project_count"], 1)

    def test_list_shows_own_projects_only(self):
        """The list shows the enterprise's projects, stage and officer only."""
        self.authenticate("pt_portal_a", "pt_portal_a")
        for url in ("/my/liaison/projects", "/my/liaison/projects/page/1?sortby=name"):
            response = self.url_open(url)
            self.assertEqual(response.status_code, 200)
            self.assertIn("门户测试项目", response.text)
            self.assertIn("王联络", response.text)
            self.assertNotIn("乙企业项目", response.text)

    def test_detail_owner(self):
        """The owner sees stage, checklist, officer's phone and documents."""
        self.authenticate("pt_portal_a", "pt_portal_a")
        response = self._get(self.project_a.access_url)
        self.assertEqual(response.status_code, 200)
        for text in (
            "门户测试事项",
            "13900001111",
            # The stage as the enterprise reads it, in its own language.
            self.project_a.stage_id.with_context(lang=self._lang("pt_portal_a")).name,
            self.agreement_a.access_url,
            self.delivery_a.access_url,
            "o_portal_chatter",
        ):
            self.assertIn(text, response.text)

    def test_detail_other_enterprise(self):
        """Another enterprise's project, agreement and delivery are refused."""
        self.authenticate("pt_portal_a", "pt_portal_a")
        for record in (self.project_b, self.agreement_b, self.delivery_b):
            self._assert_refused(self._get(record.access_url))
            self._assert_refused(
                self._get(f"{record.access_url}?access_token=wrong-token")
            )
            self._assert_refused(
                self._get(f"{record.access_url}?report_type=pdf&download=1")
            )
        self._assert_refused(self._get("/my/liaison/projects/999999999"))
        self._assert_refused(self._get("/my/liaison/agreements/999999999"))

    def test_detail_by_token(self):
        """Without login: no token or a wrong one is refused, the right one works."""
        for record in (self.project_a, self.agreement_a, self.delivery_a):
            token = record.sudo()._portal_ensure_token()
            self._assert_refused(self._get(record.access_url))
            self._assert_refused(
                self._get(f"{record.access_url}?access_token={token[:-1]}x")
            )
            response = self._get(f"{record.access_url}?access_token={token}")
            self.assertEqual(response.status_code, 200)

    # ---- signing ----
    def test_sign_other_enterprise_refused(self):
        """An enterprise cannot sign another's agreement or delivery."""
        self.authenticate("pt_portal_a", "pt_portal_a")
        for record in (self.agreement_b, self.delivery_b):
            self.assertIn("error", self._sign(record))
            self.assertIn("error", self._sign(record, access_token="wrong-token"))
        self.assertEqual(self.agreement_b.state, "sent")
        self.assertFalse(self.agreement_b.signature)
        self.assertEqual(self.delivery_b.state, "sent")
        self.assertFalse(self.delivery_b.receipt_signature)

    def test_sign_agreement_once(self):
        """The owner signs the agreement once; the second signature is refused."""
        self.authenticate("pt_portal_a", "pt_portal_a")
        result = self._sign(self.agreement_a)
        self.assertTrue(result.get("force_refresh"), result)
        self.assertIn("sign_ok", result["redirect_url"])
        self.assertEqual(self.agreement_a.state, "signed")
        self.assertEqual(self.agreement_a.signed_by, "张经理")
        signed_on = self.agreement_a.signed_on
        result = self._sign(self.agreement_a, name="李四")
        self.assertIn("error", result)
        self.assertEqual(self.agreement_a.signed_by, "张经理")
        self.assertEqual(self.agreement_a.signed_on, signed_on)

    def test_sign_by_token(self):
        """A public visitor with the right token signs; refused without it."""
        self.assertIn("error", self._sign(self.agreement_a))
        self.assertEqual(self.agreement_a.state, "sent")
        token = self.agreement_a.sudo()._portal_ensure_token()
        result = self._sign(self.agreement_a, access_token=token)
        self.assertTrue(result.get("force_refresh"), result)
        self.assertEqual(self.agreement_a.state, "signed")

    def test_sign_terminated_refused(self):
        """A terminated agreement cannot be signed."""
        self.agreement_a.action_terminate("企业撤回委托")
        self.authenticate("pt_portal_a", "pt_portal_a")
        self.assertIn("error", self._sign(self.agreement_a))
        self.assertEqual(self.agreement_a.state, "terminated")
        self.assertFalse(self.agreement_a.signature)

    def test_sign_empty_refused(self):
        """An empty signature or signer is refused and changes nothing."""
        self.authenticate("pt_portal_a", "pt_portal_a")
        result = self.make_jsonrpc_request(
            f"{self.agreement_a.access_url}/sign", {"name": "张经理", "signature": ""}
        )
        self.assertIn("error", result)
        self.assertIn("error", self._sign(self.agreement_a, name="  "))
        self.assertEqual(self.agreement_a.state, "sent")

    def test_confirm_delivery_once(self):
        """The owner confirms the delivery by signing, only once."""
        self.authenticate("pt_portal_a", "pt_portal_a")
        result = self._sign(self.delivery_a)
        self.assertTrue(result.get("force_refresh"), result)
        self.assertEqual(self.delivery_a.state, "received")
        self.assertEqual(self.delivery_a.receipt_signed_by, "张经理")
        self.assertIn("error", self._sign(self.delivery_a, name="李四"))
        self.assertEqual(self.delivery_a.receipt_signed_by, "张经理")

    # ---- apply ----
    def _apply(self, **values):
        data = {
            "csrf_token": http.Request.csrf_token(self),
            "name": "新建厂房项目咨询",
            "region_id": str(self.region.id),
            "question": "新建厂房需要办理哪些审批？",
            "applicant_name": "张经理",
            "applicant_phone": "13800000000",
            **values,
        }
        return self.url_open("/my/liaison/apply", data=data, allow_redirects=False)

    def _consultations(self):
        return (
            self.env["liaison.consultation"]
            .sudo()
            .search([("name", "=", "新建厂房项目咨询")])
        )

    def test_apply_creates_consultation(self):
        """Applying creates an online consultation of the user's enterprise."""
        self.authenticate("pt_portal_a", "pt_portal_a")
        self.assertEqual(self.url_open("/my/liaison/apply").status_code, 200)
        response = self._apply(
            partner_id=str(self.enterprise_b.id),
            state="converted",
            channel="visit",
            answer="injected",
            project_id=str(self.project_b.id),
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("o_liaison_apply_done", response.text)
        consultation = self._consultations()
        self.assertEqual(len(consultation), 1)
        self.assertEqual(consultation.partner_id, self.enterprise_a)
        self.assertEqual(consultation.channel, "online")
        self.assertEqual(consultation.state, "open")
        self.assertFalse(consultation.answer)
        self.assertFalse(consultation.project_id)
        self.assertEqual(consultation.region_id, self.region)
        self.assertEqual(consultation.applicant_phone, "13800000000")
        self.assertFalse(consultation.user_id.share)

    def test_apply_validation(self):
        """Empty or over-long input is refused with the errors and nothing created."""
        self.authenticate("pt_portal_a", "pt_portal_a")
        for values in (
            {"question": "   "},
            {"question": "长" * 5001},
            {"applicant_name": "名" * 101},
            {"region_id": "999999999"},
        ):
            response = self._apply(**values)
            self.assertEqual(response.status_code, 400, values)
            self.assertIn("o_liaison_apply_errors", response.text)
        self.assertFalse(self._consultations())

    def test_apply_requires_csrf(self):
        """A POST without the CSRF token creates nothing."""
        self.authenticate("pt_portal_a", "pt_portal_a")
        response = self._apply(csrf_token="bad")
        self.assertNotEqual(response.status_code, 200)
        self.assertFalse(self._consultations())

    # ---- upload ----
    def _upload(self, project, filename, content):
        return self.url_open(
            f"/my/liaison/projects/{project.id}/upload",
            data={"csrf_token": http.Request.csrf_token(self)},
            files={"attachments": (filename, content)},
            allow_redirects=False,
        )

    def _attachments(self, project):
        return (
            self.env["ir.attachment"]
            .sudo()
            .search(
                [("res_model", "=", "liaison.project"), ("res_id", "=", project.id)]
            )
        )

    def test_upload_accepted(self):
        """An allowed file is posted to the chatter by the portal user."""
        self.authenticate("pt_portal_a", "pt_portal_a")
        response = self._upload(self.project_a, "营业执照.pdf", b"%PDF-1.4 test")
        self.assertEqual(response.status_code, 303)
        attachment = self._attachments(self.project_a)
        self.assertEqual(attachment.name, "营业执照.pdf")
        message = self.env["mail.message"].search(
            [("attachment_ids", "in", attachment.ids)]
        )
        self.assertEqual(message.author_id, self.user_a.partner_id)

    def test_upload_refused(self):
        """A forbidden type, an oversize file or another's project stores nothing."""
        self.env["ir.config_parameter"].sudo().set_param(
            "liaison_service_portal.upload_max_mb", "0.001"
        )
        self.authenticate("pt_portal_a", "pt_portal_a")
        messages = len(self.project_a.message_ids)
        response = self._upload(self.project_a, "setup.exe", b"MZ" + b"0" * 100)
        self.assertEqual(response.status_code, 400)
        self.assertIn("o_liaison_upload_error", response.text)
        response = self._upload(self.project_a, "big.pdf", b"%PDF" + b"0" * 2048)
        self.assertEqual(response.status_code, 400)
        self.assertIn("o_liaison_upload_error", response.text)
        self._assert_refused(self._upload(self.project_b, "ok.pdf", b"%PDF-1.4"))
        self.assertFalse(self._attachments(self.project_a))
        self.assertFalse(self._attachments(self.project_b))
        self.project_a.invalidate_recordset(["message_ids"])
        self.assertEqual(len(self.project_a.message_ids), messages)

    def test_upload_checked_by_content(self):
        """Trust boundary: a Windows executable named invoice.pdf is refused
        (magic bytes), a real PDF passes."""
        self.authenticate("pt_portal_a", "pt_portal_a")
        executable = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200
        for name in ("invoice.pdf", "photo.png", "table.xlsx"):
            response = self._upload(self.project_a, name, executable)
            self.assertEqual(response.status_code, 400, name)
            self.assertIn("o_liaison_upload_error", response.text)
        self.assertFalse(self._attachments(self.project_a))
        response = self._upload(self.project_a, "invoice.pdf", b"%PDF-1.4 real")
        self.assertEqual(response.status_code, 303)
        attachment = self._attachments(self.project_a)
        self.assertEqual(attachment.mimetype, "application/pdf")

    def test_apply_nul_character(self):
        """Trust boundary: a NUL character gives a form error in Chinese, not
        an HTTP 500, and nothing is created."""
        self.env["res.lang"]._activate_lang("zh_CN")
        self.user_a.lang = "zh_CN"
        self.authenticate("pt_portal_a", "pt_portal_a")
        response = self._apply(question="新建厂房\x00需要哪些审批？")
        self.assertEqual(response.status_code, 400)
        self.assertIn("内容中含有无效字符", response.text)
        self.assertFalse(self._consultations())

    # ---- rating ----
    def test_rating_five_levels(self):
        """A pending rating request is answered on one of five levels."""
        self.project_a.sudo()._rating_get_access_token()
        self.authenticate("pt_portal_a", "pt_portal_a")
        response = self._get(self.project_a.access_url)
        self.assertIn("o_liaison_rating_form", response.text)
        self.assertIn('value="2"', response.text)
        # Another enterprise cannot rate it.
        self.authenticate("pt_portal_b", "pt_portal_b")
        self.url_open(
            f"/my/liaison/projects/{self.project_a.id}/rate",
            data={"csrf_token": http.Request.csrf_token(self), "rate": "1"},
            allow_redirects=False,
        )
        self.assertFalse(self.project_a.rating_ids.filtered("consumed"))
        self.authenticate("pt_portal_a", "pt_portal_a")
        self.url_open(
            f"/my/liaison/projects/{self.project_a.id}/rate",
            data={
                "csrf_token": http.Request.csrf_token(self),
                "rate": "4",
                "feedback": "服务周到",
            },
        )
        rating = self.project_a.rating_ids
        self.assertTrue(rating.consumed)
        self.assertEqual(rating.rating, 4)
        self.assertEqual(rating.feedback, "服务周到")
        response = self._get(self.project_a.access_url)
        self.assertIn("o_liaison_rating_done", response.text)

    # ---- performance ----
    def test_list_query_count(self):
        """The project list costs the same queries for 10 and 200 projects."""
        enterprise = self._company("丙企业")
        self._portal_user("pt_portal_c", enterprise)
        officers = self.env["liaison.officer"].create(
            [
                {
                    "name": f"联络员{i}",
                    "region_id": self.region.id,
                    "department_id": self.project_a.checklist_line_ids.department_id.id,
                    "state": "active",
                }
                for i in range(3)
            ]
        )

        def create_projects(start, stop):
            self.env["liaison.project"].create(
                [
                    {
                        "name": f"批量项目{i}",
                        "partner_id": enterprise.id,
                        "region_id": self.region.id,
                        "main_officer_id": officers[i % 3].id,
                    }
                    for i in range(start, stop)
                ]
            )

        create_projects(0, 10)
        self.authenticate("pt_portal_c", "pt_portal_c")
        self.assertPageQueriesConstant(
            "/my/liaison/projects", lambda: create_projects(10, 200)
        )

    # ---- tour ----
    def test_project_tour(self):
        """In a browser, the enterprise opens its project and signs the agreement."""
        self.start_tour(
            "/my/liaison/projects", "liaison_portal_project_tour", login="pt_portal_a"
        )
        self.assertEqual(self.agreement_a.state, "signed")
        self.assertEqual(self.agreement_a.signed_by, "Zhang Jingli")
        self.assertTrue(self.agreement_a.signature)
