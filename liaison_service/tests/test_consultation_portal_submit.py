# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import LiaisonCommon


@tagged("post_install", "-at_install")
class TestConsultationPortalSubmit(LiaisonCommon):
    """An application for service from the portal
    (liaison.consultation._portal_submit): the enterprise, channel and first
    contact are the model's; only an enterprise's portal user applies."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Consultation = cls.env["liaison.consultation"]
        cls.partner_a = cls._company("咨询企业甲")
        cls.user_portal.partner_id.parent_id = cls.partner_a
        cls.partner_b = cls._company("咨询企业乙")
        cls.officer_a = cls._active_officer(
            "Officer A", cls.county_a, cls.dept_a, cls.user_officer_a
        )
        cls.project_b = cls._project("乙企业项目", cls.partner_b, cls.county_b)
        cls.project_a = cls._project(
            "甲企业项目", cls.partner_a, cls.county_a, cls.officer_a
        )
        cls.env["res.lang"]._activate_lang("zh_CN")

    def _vals(self, **vals):
        return {
            "name": "新建厂房项目咨询",
            "region_id": self.county_b.id,
            "question": "新建厂房需要办理哪些审批？",
            "applicant_name": "张经理",
            "applicant_phone": "13800000000",
            **vals,
        }

    def _count(self):
        return self.Consultation.sudo().search_count([])

    def test_enterprise_applies(self):
        """The enterprise is the caller's company, the channel online, the
        first contact its latest project's officer, whatever the caller
        sends; the record comes back with the caller's rights."""
        consultation = self.Consultation.with_user(self.user_portal)._portal_submit(
            self._vals(
                partner_id=self.partner_b.id,
                channel="visit",
                state="converted",
                answer="注入的答复",
                project_id=self.project_b.id,
                user_id=self.user_office_b.id,
                date="2000-01-01",
            ),
            [("营业执照.txt", b"licence")],
        )
        self.assertEqual(consultation.env.uid, self.user_portal.id)
        self.assertFalse(consultation.env.su)
        self.assertEqual(consultation.name, "新建厂房项目咨询")
        self.assertEqual(consultation.partner_id, self.partner_a)
        self.assertEqual(consultation.channel, "online")
        self.assertEqual(consultation.state, "open")
        self.assertFalse(consultation.answer)
        self.assertFalse(consultation.project_id)
        self.assertEqual(consultation.user_id, self.user_officer_a)
        self.assertEqual(consultation.region_id, self.county_b)
        self.assertEqual(consultation.applicant_name, "张经理")
        self.assertEqual(consultation.applicant_phone, "13800000000")
        self.assertNotEqual(str(consultation.date), "2000-01-01")
        message = consultation.sudo().message_ids.filtered("attachment_ids")
        self.assertEqual(message.author_id, self.user_portal.partner_id)
        self.assertEqual(message.attachment_ids.name, "营业执照.txt")

    def test_default_name_and_first_contact(self):
        """Without a subject the default one; without a project with an
        officer, the administrator receives it."""
        self.project_a.main_officer_id = False
        consultation = self.Consultation.with_user(self.user_portal)._portal_submit(
            self._vals(name="  ")
        )
        self.assertEqual(consultation.name, "Online application")
        self.assertEqual(consultation.user_id, self.env.ref("base.user_admin"))

    def test_other_callers_refused(self):
        """Internal users of every level and the public user: refused, nothing
        created."""
        before = self._count()
        public = self.env.ref("base.public_user")
        for user in (
            self.user_internal,
            self.user_department_a,
            self.user_officer_a,
            self.user_office_a,
            self.user_leader,
            public,
        ):
            with (
                self.subTest(user=user.login),
                self.assertRaises(AccessError),
            ):
                self.Consultation.with_user(user)._portal_submit(self._vals())
        self.assertEqual(self._count(), before)

    def test_bad_values_refused_in_chinese(self):
        """No question, no or an unknown region, over-long or NUL texts:
        refused with a Chinese message, nothing created."""
        before = self._count()
        Consultation = self.Consultation.with_user(self.user_portal).with_context(
            lang="zh_CN"
        )
        for bad, text in (
            ({"question": "   "}, "请说明"),
            ({"region_id": False}, "请选择"),
            ({"region_id": 999999999}, "请选择"),
            ({"region_id": "1"}, "请选择"),
            ({"question": "长" * 5001}, "最多 5000 个字符"),
            ({"applicant_name": "名" * 101}, "最多 100 个字符"),
            ({"name": "咨询\x00"}, "无效字符"),
            ({"question": ["列表"]}, "无效字符"),
        ):
            with (
                self.subTest(bad=bad),
                self.assertRaisesText(UserError, text),
            ):
                Consultation._portal_submit(self._vals(**bad))
        self.assertEqual(self._count(), before)
