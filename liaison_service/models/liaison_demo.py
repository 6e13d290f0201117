# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import timedelta
import random

from markupsafe import Markup

from odoo import api, fields, models

from .liaison_rectification import RECTIFICATION_DAYS

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
GIVEN = [
    "建华", "志强", "秀英", "海燕", "国庆", "晓东", "丽娟", "文博", "俊杰", "春梅",
    "德明", "雪松", "立新", "玉兰", "宏伟", "静怡", "子轩", "永福", "红霞", "振宇",
]  # fmt: skip
TRADE_NAMES = [
    "宏达", "鑫源", "华瑞", "金穗", "恒通", "安泰", "博远", "天成", "润丰", "嘉禾",
    "同创", "广益", "康宁", "盛世", "绿野", "明德", "永兴", "汇智", "锦程", "富民",
]  # fmt: skip
INDUSTRIES = [
    ("食品有限公司", "食品精深加工"),
    ("农业开发有限公司", "现代农业产业园"),
    ("机械制造有限公司", "智能装备生产线"),
    ("新材料科技有限公司", "新型建材生产基地"),
    ("商贸有限公司", "商贸物流中心"),
    ("电子科技有限公司", "电子元器件生产"),
    ("文化旅游发展有限公司", "乡村旅游综合体"),
    ("医药有限公司", "中药材加工"),
    ("建材有限公司", "装配式建筑构件"),
    ("能源科技有限公司", "分布式光伏电站"),
]
PROJECT_WORDS = ["建设项目", "扩建项目", "技术改造项目", "二期项目", "产业化项目"]
ISSUE_TOPICS = [
    ("用地", "新增建设用地指标不足，项目无法按期开工"),
    ("用地", "土地出让手续办理进度缓慢"),
    ("水电气", "生产用电增容报装迟迟未答复"),
    ("水电气", "厂区天然气管道接入费用过高"),
    ("融资", "流动资金贷款审批时间过长"),
    ("融资", "申请创业担保贷款遇到困难"),
    ("审批服务", "施工许可申请材料多次补正"),
    ("审批服务", "环评审批流程不清楚"),
    ("审批服务", "消防验收预约排期过长"),
    ("政策咨询", "咨询技术改造专项资金申报条件"),
    ("政策咨询", "咨询稳岗补贴申领办法"),
    ("基础设施配套", "园区道路未硬化影响物流车辆通行"),
    ("基础设施配套", "厂区周边排水管网尚未接通"),
    ("要素保障", "招工难，急需技术工人"),
]
# Share of issues per stage (xml id suffix, weight).
ISSUE_STAGES = [
    ("new", 4),
    ("accepted", 8),
    ("assigned", 14),
    ("in_progress", 16),
    ("escalated", 6),
    ("solved", 8),
    ("closed", 40),
    ("rejected", 4),
]
PROJECT_STAGES = [
    ("consult", 4),
    ("accepted", 6),
    ("dispatched", 8),
    ("in_service", 22),
    ("delivered", 6),
    ("completed", 12),
    ("terminated", 2),
]
RATING_FEEDBACK = {
    5: "问题解决及时，联络员服务非常到位。",
    4: "总体满意，办理效率较高。",
    3: "问题基本解决，但办理时间偏长。",
    2: "答复不够具体，问题没有实质解决。",
    1: "多次反映仍未解决，对办理结果很不满意。",
}


class LiaisonDemo(models.AbstractModel):
    """A living county year for the demo database (not used by tests).

    ``_generate_county`` fills the demo county with officers, enterprises,
    projects in every stage, a few hundred issues with assignment notices,
    the supervision ladder, ratings, a rectification and meetings with
    minutes.  It is deterministic (seeded random), creates records in batches
    with mail tracking off, and is called once from the demo XML.
    """

    _name = "liaison.demo"
    _description = "Demo County Generator"

    @api.model
    def _generate_county(self, seed=2026, scale=1.0):
        lang = (
            "zh_CN" if "zh_CN" in dict(self.env["res.lang"].get_installed()) else False
        )
        ctx = {
            "tracking_disable": True,
            "mail_create_nolog": True,
            "mail_create_nosubscribe": True,
            "mail_notrack": True,
            "mail_auto_subscribe_no_notify": True,
            "mail_activity_quick_update": True,
        }
        if lang:
            ctx["lang"] = lang
        self = self.with_context(**ctx).sudo()  # noqa: PLW0642
        rnd = random.Random(seed)
        today = fields.Date.context_today(self)
        county = self.env.ref("liaison_service.liaison_region_county_a_demo")
        townships = county.child_ids.sorted("id")
        departments = self.env["liaison.department"].search(
            [("region_id", "=", county.id)], order="id"
        )
        office = self.env.ref("liaison_service.dept_a_office_demo")
        departments -= office
        officers = self._demo_officers(rnd, county, townships, departments, scale)
        partners = self._demo_enterprises(rnd, round(200 * scale))
        projects = self._demo_projects(rnd, today, townships, partners, officers, scale)
        issues = self._demo_issues(
            rnd, today, townships, partners, projects, officers, round(300 * scale)
        )
        self._demo_assignments(rnd, today, issues, departments)
        self._demo_ratings(rnd, today, issues)
        self._demo_meetings(rnd, today, county, issues, departments, officers)
        self.env["liaison.assignment"]._cron_supervision_ladder(today)
        return True

    # ---- Officers and enterprises ----
    def _demo_names(self, rnd, count):
        names = [s + g for s in SURNAMES for g in GIVEN]
        rnd.shuffle(names)
        return names[:count]

    def _demo_officers(self, rnd, county, townships, departments, scale):
        vals = []
        for i, name in enumerate(self._demo_names(rnd, round(36 * scale))):
            vals.append(
                {
                    "name": name,
                    "sex": rnd.choice(["male", "female"]),
                    "department_id": departments[i % len(departments)].id,
                    "region_id": rnd.choice([county] + list(townships)).id,
                    "officer_type": rnd.choice(
                        ["liaison_officer", "liaison_officer", "chief_service_officer"]
                    ),
                    "work_years": rnd.randint(3, 20),
                    "education": rnd.choice(["bachelor", "master", "college"]),
                    "political_status": rnd.choice(["cpc_member", "masses"]),
                    "phone": f"139{rnd.randint(10000000, 99999999)}",
                    "state": "active",
                }
            )
        officers = self.env["liaison.officer"].create(vals)
        # The demo officer 张伟 works alongside them.
        return officers | self.env.ref("liaison_service.liaison_officer_zhangwei_demo")

    def _demo_enterprises(self, rnd, count):
        combos = [(t, ind) for t in TRADE_NAMES for ind in INDUSTRIES]
        rnd.shuffle(combos)
        vals = [
            {
                "name": f"安平{trade}{industry[0]}",
                "is_company": True,
                "city": "安平县",
                "phone": f"0839-66{rnd.randint(10000, 99999)}",
                "comment": industry[1],
            }
            for trade, industry in combos[:count]
        ]
        return self.env["res.partner"].create(vals)

    # ---- Projects ----
    def _demo_projects(self, rnd, today, townships, partners, officers, scale):
        stages = self._demo_weighted(rnd, PROJECT_STAGES, round(60 * scale))
        # The demo spreads its projects over the shipped stages (demo data
        # names data by xml id); what a stage means comes from its flags.
        stage_records = {
            name: self.env.ref(f"liaison_service.liaison_project_stage_{name}")
            for name, _weight in PROJECT_STAGES
        }
        types = self.env["liaison.project.type"].search([], order="id")
        vals = []
        for i, stage_name in enumerate(stages):
            stage = stage_records[stage_name]
            partner = partners[i]
            officer_pool = rnd.sample(list(officers), 3)
            dispatched = not stage.is_intake
            vals.append(
                {
                    "name": partner.name[2:4]
                    + partner.comment
                    + rnd.choice(PROJECT_WORDS),
                    "partner_id": partner.id,
                    "region_id": rnd.choice(townships).id,
                    "project_type_id": rnd.choice(types).id if types else False,
                    "investment_amount": rnd.choice([5, 8, 12, 20, 30, 50, 80, 150])
                    * 1_000_000,
                    "funds_landed": 0,
                    "jobs": rnd.randint(20, 400),
                    "status": "completed"
                    if stage.is_completed
                    else rnd.choice(["negotiating", "construction"]),
                    "is_key_project": rnd.random() < 0.2,
                    "green_channel": rnd.random() < 0.1,
                    "stage_id": stage.id,
                    "main_officer_id": officer_pool[0].id if dispatched else False,
                    "assistant_officer_ids": [
                        fields.Command.set(
                            [o.id for o in officer_pool[1 : 1 + rnd.randint(0, 2)]]
                            if dispatched
                            else []
                        )
                    ],
                }
            )
        return self.env["liaison.project"].create(vals)

    # ---- Issues ----
    def _demo_issues(self, rnd, today, townships, partners, projects, officers, count):
        ref = self.env.ref
        categories = {c.name: c for c in self.env["liaison.issue.category"].search([])}
        types = [
            ref("liaison_service.liaison_issue_type_urgent"),
            ref("liaison_service.liaison_issue_type_consultation"),
            ref("liaison_service.liaison_issue_type_help"),
            ref("liaison_service.liaison_issue_type_help"),
            ref("liaison_service.liaison_issue_type_suggestion"),
            ref("liaison_service.liaison_issue_type_complaint"),
        ]
        zhangwei = ref("liaison_service.liaison_officer_zhangwei_demo")
        stages = self._demo_weighted(rnd, ISSUE_STAGES, count)
        vals = []
        for i, stage in enumerate(stages):
            project = rnd.choice(projects) if rnd.random() < 0.5 else False
            partner = project.partner_id if project else rnd.choice(partners)
            category, text = rnd.choice(ISSUE_TOPICS)
            officer = zhangwei if i % 40 == 0 else rnd.choice(officers)
            # Open issues are recent; closed ones spread over the year.
            age = rnd.randint(1, 60) if stage != "closed" else rnd.randint(20, 330)
            accepted = today - timedelta(days=age) if stage != "new" else False
            level = "officer"
            if stage == "escalated":
                level = rnd.choice(["meeting", "leadership"])
            elif stage in ("assigned", "in_progress") and rnd.random() < 0.3:
                level = "office"
            vals.append(
                {
                    "name": f"{partner.name[2:4]}：{text}",
                    "partner_id": partner.id,
                    "project_id": project.id if project else False,
                    "region_id": project.region_id.id
                    if project
                    else rnd.choice(townships).id,
                    "category_id": categories[category].id
                    if category in categories
                    else False,
                    "type_id": rnd.choice(types).id,
                    "source": rnd.choice(
                        ["officer_visit", "officer_visit", "direct_channel", "hotline"]
                    ),
                    "priority": rnd.choice(["0", "0", "1", "2"]),
                    "officer_id": officer.id,
                    "description": Markup("<p>%s。</p>") % text,
                    "stage_id": ref(f"liaison_service.liaison_issue_stage_{stage}").id,
                    "date_accepted": accepted,
                    "escalation_level": level,
                    "reject_reason": "不属于政务服务事项，已告知企业通过司法途径解决。"
                    if stage == "rejected"
                    else False,
                }
            )
        issues = self.env["liaison.issue"].create(vals)
        # Solved and closed issues: solved within or after the deadline.
        for issue in issues.filtered(lambda i: i.stage_id.is_closed or i.is_solved):
            deadline = issue.resolution_deadline or today
            solved = min(today, deadline + timedelta(days=rnd.randint(-8, 4)))
            solved = max(solved, issue.date_accepted or solved)
            values = {"date_solved": solved}
            if issue.stage_id.is_closed:
                values.update(
                    date_closed=min(today, solved + timedelta(days=rnd.randint(0, 5))),
                    confirmation_mode="enterprise",
                )
            issue.write(values)
        return issues

    def _demo_assignments(self, rnd, today, issues, departments):
        Assignment = self.env["liaison.assignment"]
        office_user = self.env.ref("liaison_service.user_office_a_demo")
        guide = self.env.ref("liaison_service.user_department_demo")
        assigned = issues.filtered(
            lambda i: (
                i.date_accepted
                and i.stage_id.id
                in (
                    self.env.ref("liaison_service.liaison_issue_stage_assigned")
                    | self.env.ref("liaison_service.liaison_issue_stage_in_progress")
                    | self.env.ref("liaison_service.liaison_issue_stage_escalated")
                    | self.env.ref("liaison_service.liaison_issue_stage_solved")
                    | self.env.ref("liaison_service.liaison_issue_stage_closed")
                ).ids
            )
        )
        vals = []
        for issue in assigned:
            date_assigned = issue.date_accepted + timedelta(days=1)
            stage = issue.stage_id
            if stage.is_closed:
                state = "closed"
            elif issue.date_solved:
                state = "replied"
            elif stage == self.env.ref("liaison_service.liaison_issue_stage_assigned"):
                state = rnd.choice(["sent", "sent", "returned", "signed"])
            else:
                state = "signed"
            lead = rnd.choice(departments)
            others = departments - lead
            deadline = date_assigned + timedelta(days=rnd.choice([10, 14, 20, 30]))
            value = {
                "issue_id": issue.id,
                "name": Assignment._next_official_number(date_assigned),
                "lead_department_id": lead.id,
                "cooperating_department_ids": [
                    fields.Command.set(rnd.sample(others.ids, rnd.randint(0, 2)))
                ],
                "date_assigned": date_assigned,
                "deadline": deadline,
                "instructions": Markup(
                    "<p>请%s牵头研究解决，并于期限内书面回复办理结果。</p>"
                )
                % lead.name,
                "state": state,
                "approved_by": office_user.id,
                "approved_on": date_assigned,
                "sent_on": date_assigned,
            }
            if state in ("signed", "replied", "closed"):
                value.update(
                    signed_by=guide.id,
                    signed_on=date_assigned + timedelta(days=rnd.choice([0, 1, 1, 3])),
                )
            if state == "returned":
                value.update(
                    returned_on=date_assigned + timedelta(days=1),
                    return_reason="该事项不属于本单位职责，建议交由县发展和改革局办理。",
                )
            if state == "signed" and rnd.random() < 0.25:
                value.update(
                    extension_state=rnd.choice(["requested", "approved"]),
                    extension_deadline=deadline + timedelta(days=10),
                    extension_reason="涉及上级部门审批，需延长办理期限。",
                )
            if state in ("replied", "closed"):
                value.update(
                    reply=Markup("<p>经研究，已协调解决，具体情况已书面告知企业。</p>"),
                    replied_by=guide.id,
                    replied_on=issue.date_solved,
                )
            if state == "closed":
                value["closed_on"] = issue.date_closed or issue.date_solved
            vals.append(value)
        return self.env["liaison.assignment"].create(vals)

    def _demo_ratings(self, rnd, today, issues):
        closed = issues.filtered(lambda i: i.stage_id.is_closed)
        model_id = self.env["ir.model"]._get_id("liaison.issue")
        levels = [5] * 9 + [4] * 6 + [3] * 3 + [2] * 2 + [1]
        vals = []
        rated = closed[: max(len(closed) * 3 // 4, 5)]
        for i, issue in enumerate(rated):
            value = levels[i % len(levels)]
            vals.append(
                {
                    "res_model_id": model_id,
                    "res_id": issue.id,
                    "partner_id": issue.partner_id.id,
                    "rated_partner_id": issue.officer_id.user_id.partner_id.id,
                    "rating": value,
                    "feedback": RATING_FEEDBACK[value],
                    "consumed": True,
                }
            )
        ratings = self.env["rating.rating"].create(vals)
        rated.invalidate_recordset(["rating_last_value"])
        rated._compute_rating_last_value()
        # An unsatisfied answer opens a rectification; one is done already.
        WorkingDay = self.env["liaison.working.day"]
        rect_vals = []
        for rating in ratings.filtered(lambda r: r.rating <= 2)[:3]:
            issue = self.env["liaison.issue"].browse(rating.res_id)
            rated_on = issue.date_closed or today
            rect_vals.append(
                {
                    "issue_id": issue.id,
                    "rating_id": rating.id,
                    "satisfaction_level": str(int(rating.rating)),
                    "reason": rating.feedback,
                    "rating_date": rated_on,
                    "deadline": WorkingDay.add_working_days(
                        rated_on, RECTIFICATION_DAYS
                    ),
                    "owner_id": issue.officer_id.user_id.id,
                }
            )
        rectifications = self.env["liaison.rectification"].create(rect_vals)
        if rectifications:
            rectifications[0].write(
                {
                    "measures": "约谈牵头部门负责人，重新制定解决方案并限期落实。",
                    "callback_date": today,
                    "callback_result": "企业表示问题已解决，对整改结果满意。",
                    "callback_satisfied": True,
                    "state": "done",
                    "date_done": today,
                }
            )

    def _demo_meetings(self, rnd, today, county, issues, departments, officers):
        convener = self.env.ref("liaison_service.user_office_a_demo")
        escalated = issues.filtered(
            lambda i: i.escalation_level in ("meeting", "leadership")
        )
        vals = []
        for week in range(1, 9):
            day = today - timedelta(weeks=week * 3)
            agenda = rnd.sample(list(issues), 4) + list(escalated[week - 1 : week])
            vals.append(
                {
                    "name": f"{day.month}月第{(day.day - 1) // 7 + 1}周"
                    "政务服务联络工作例会",
                    "meeting_type": "weekly" if week % 3 else "consultation",
                    "date": fields.Datetime.to_datetime(day) + timedelta(hours=1),
                    "location": "县政务服务中心三楼会议室",
                    "region_id": county.id,
                    "convener_id": convener.id,
                    "department_ids": [
                        fields.Command.set(rnd.sample(departments.ids, 3))
                    ],
                    "officer_ids": [fields.Command.set(rnd.sample(officers.ids, 4))],
                    "issue_ids": [fields.Command.set([i.id for i in agenda])],
                    "minutes": Markup(
                        "<p>会议听取了联络员本周走访情况汇报，逐项研究了企业反映的问题。</p>"
                        "<p>一、对已办结问题进行销号；二、对逾期未办结事项，由县政务服务中心"
                        "发出督办通知；三、涉及多部门的问题提交会商研究。</p>"
                    ),
                    "state": "closed" if week > 2 else "signed",
                    "signed_by": convener.id,
                    "signed_on": fields.Datetime.to_datetime(day) + timedelta(hours=4),
                }
            )
        return self.env["liaison.meeting"].create(vals)

    # ---- Helpers ----
    @api.model
    def _demo_weighted(self, rnd, weights, count):
        """``count`` keys drawn in proportion to their weights (shuffled)."""
        total = sum(w for _k, w in weights)
        keys = []
        for key, weight in weights:
            keys += [key] * max(1, round(count * weight / total))
        rnd.shuffle(keys)
        return keys[:count]
