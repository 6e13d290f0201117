# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date, timedelta

from odoo import Command, fields
from odoo.tests import tagged

from .common import PdfCase


@tagged("post_install", "-at_install")
class TestIssueForms(PdfCase):
    """Assignment notice, supervision notice and meeting minutes as real PDFs."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._disable_mail()
        cls.city = cls._region("江源市", "I519900", "city")
        cls.county = cls._region("临河区", "I519902", parent=cls.city)
        cls.lead = cls._department("临河区自然资源局", "I-NR", cls.county)
        cls.coop_1 = cls._department("临河区住房和城乡建设局", "I-HC", cls.county)
        cls.coop_2 = cls._department("临河区供电公司", "I-PW", cls.county)
        cls.user_office = cls._user(
            "iforms_office", "group_office", cls.county, name="周明远"
        )
        cls.enterprise = cls._company("江源恒达精密制造有限公司")
        cls.category = cls.env["liaison.issue.category"].create({"name": "用地保障"})
        cls.issue_type = cls.env["liaison.issue.type"].create(
            {"name": "协调帮办", "response_days": 3, "resolution_days": 13}
        )
        cls.issue = cls.env["liaison.issue"].create(
            {
                "name": "新厂房建设用地红线调整",
                "partner_id": cls.enterprise.id,
                "region_id": cls.county.id,
                "category_id": cls.category.id,
                "type_id": cls.issue_type.id,
                "description": "<p>企业新厂房项目用地红线与规划道路冲突，需调整。</p>",
            }
        )
        cls.issue.action_accept()
        today = fields.Date.context_today(cls.issue)
        cls.assignment = cls.env["liaison.assignment"].create(
            {
                "issue_id": cls.issue.id,
                "lead_department_id": cls.lead.id,
                "cooperating_department_ids": [
                    Command.set((cls.coop_1 | cls.coop_2).ids)
                ],
                "date_assigned": today,
                "deadline": today + timedelta(days=20),
                "instructions": "<p>请会同住建部门核实用地红线并提出调整方案。</p>",
            }
        )
        cls.assignment.action_approve()
        cls.assignment.action_send()
        Step = cls.env["liaison.supervision.step"].sudo()
        cls.steps = Step.create(
            [
                {
                    "assignment_id": cls.assignment.id,
                    "step": "supervision_yellow",
                    "date": date(2026, 3, 5),
                    "note": "逾期未签收",
                },
                {
                    "assignment_id": cls.assignment.id,
                    "step": "supervision_red",
                    "date": date(2026, 3, 12),
                    "note": "超过办理时限",
                },
            ]
        )
        cls.meeting = cls.env["liaison.meeting"].create(
            {
                "name": "第12周营商环境问题协调例会",
                "meeting_type": "consultation",
                "date": fields.Datetime.to_datetime("2026-03-16 02:00:00"),
                "location": "区政务服务中心三楼会议室",
                "region_id": cls.county.id,
                "convener_id": cls.user_office.id,
                "department_ids": [Command.set((cls.lead | cls.coop_1).ids)],
                "partner_ids": [Command.set(cls.enterprise.ids)],
                "issue_ids": [Command.set(cls.issue.ids)],
                "minutes": "<p>会议听取了企业用地问题的情况汇报。</p>",
                "decision_ids": [
                    Command.create(
                        {
                            "name": "由区自然资源局牵头于月底前完成红线调整",
                            "lead_department_id": cls.lead.id,
                            "cooperating_department_ids": [Command.set(cls.coop_1.ids)],
                            "deadline": date(2026, 3, 31),
                            "issue_id": cls.issue.id,
                        }
                    )
                ],
            }
        )
        cls.meeting.action_hold()
        cls.meeting.with_user(cls.user_office).action_sign()

    # ---- Assignment notice ----
    def test_assignment_notice_values(self):
        """The notice prints its number, departments, issue and instructions."""
        self.assertRegex(self.assignment.name, r"〔\d{4}〕\d+号")
        text = self.printed_text(
            "liaison_service_reports.action_report_assignment_notice",
            self.assignment,
            user=self.user_office,
        )
        form = self.env[
            "report.liaison_service_reports.report_assignment_notice"
        ]._get_report_values(self.assignment.ids)["forms"][self.assignment.id]
        self.assertInText(
            [
                self.assignment.name,
                "临河区自然资源局",
                "临河区住房和城乡建设局、临河区供电公司",
                "江源恒达精密制造有限公司",
                "新厂房建设用地红线调整",
                "企业新厂房项目用地红线与规划道路冲突",
                "请会同住建部门核实用地红线并提出调整方案",
                "用地保障",
                form["deadline"],
                form["issue_date"],
            ],
            text,
        )

    def test_assignment_notice_headings_zh(self):
        """The notice reads as the Chinese red-header assignment notice."""
        text = self.printed_text(
            "liaison_service_reports.action_report_assignment_notice",
            self.assignment,
            user=self.user_office,
        )
        deadline = self.assignment.deadline
        self.assertInText(
            [
                "江源市临河区优化营商环境问题交办通知单",
                "临河区自然资源局：",
                "主办单位",
                "协办单位",
                "企业",
                "问题描述",
                "交办事项",
                "办理时限",
                f"{deadline.year}年{deadline.month}月{deadline.day}日",
                "江源市临河区政务服务联络工作领导小组办公室",
            ],
            text,
        )

    # ---- Supervision notice ----
    def test_supervision_notice(self):
        """The supervision notice lists the ladder's steps and its colour."""
        self.assertEqual(self.assignment.supervision_colour, "red")
        text = self.printed_text(
            "liaison_service_reports.action_report_assignment_supervision",
            self.assignment,
            user=self.user_office,
        )
        self.assertInText(
            [
                "江源市临河区优化营商环境问题督办通知单",
                self.assignment.name,
                "督办等级",
                "督办记录",
                "2026年3月5日",
                "逾期未签收",
                "2026年3月12日",
                "超过办理时限",
                "红",
                "黄",
                "临河区自然资源局",
            ],
            text,
        )

    # ---- Meeting minutes ----
    def test_meeting_minutes(self):
        """The minutes show participants, agenda, decisions and the sign-off."""
        self.assertEqual(self.meeting.state, "signed")
        text = self.printed_text(
            "liaison_service_reports.action_report_meeting_minutes",
            self.meeting,
            user=self.user_office,
        )
        signed = fields.Datetime.context_timestamp(
            self.meeting.with_user(self.user_office), self.meeting.signed_on
        ).date()
        self.assertInText(
            [
                "纪要",
                "第12周营商环境问题协调例会",
                "区政务服务中心三楼会议室",
                "周明远",
                "、".join(self.meeting.department_ids.mapped("name")),
                "江源恒达精密制造有限公司",
                "新厂房建设用地红线调整",
                "会议听取了企业用地问题的情况汇报",
                "由区自然资源局牵头于月底前完成红线调整",
                "2026年3月31日",
                f"{signed.year}年{signed.month}月{signed.day}日",
                "会议名称",
                "参会部门",
                "议题",
                "议定事项",
                "召集人",
            ],
            text,
        )
