# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .test_policy_common import PolicyCommon
from .test_returnee_common import ReturneeCommon


@tagged("post_install", "-at_install")
class TestComplaintPortalIntake(PolicyCommon):
    """A complaint from the portal (liaison.complaint._intake): the
    complainant is the caller; each channel has its own callers."""

    def _count(self):
        return self.env["liaison.complaint"].sudo().search_count([])

    def _vals(self, **vals):
        return {
            "nature": "business",
            "subject": "审批超时",
            "description": "环评审批超过承诺时限",
            "region_id": self.county_a.id,
            **vals,
        }

    def test_portal_complainant_is_the_caller(self):
        """The enterprise and the name are the caller's, whatever it sends;
        nothing it sends concludes or releases the complaint."""
        complaint = (
            self.env["liaison.complaint"]
            .with_user(self.user_portal)
            ._intake(
                self._vals(
                    partner_id=self.partner_b.id,
                    complainant_name="冒名者",
                    complainant_phone="13800001234",
                    state="concluded",
                    outcome_released=True,
                    channel="hotline",
                ),
                "portal",
            )
        )
        self.assertEqual(complaint.partner_id, self.partner_a)
        self.assertEqual(complaint.complainant_name, self.user_portal.partner_id.name)
        self.assertEqual(complaint.complainant_phone, "13800001234")
        self.assertEqual(
            (complaint.channel, complaint.state, complaint.outcome_released),
            ("portal", "open", False),
        )
        # Anonymous: not even the caller's enterprise is kept.
        anonymous = (
            self.env["liaison.complaint"]
            .with_user(self.user_portal)
            ._intake(self._vals(nature="integrity", anonymous=True), "portal")
        )
        self.assertFalse(anonymous.partner_id)
        self.assertFalse(anonymous.complainant_name)

    def test_channels_refused_to_other_callers(self):
        """A portal user on the hotline, staff on the portal, a plain internal
        user anywhere, an unknown channel: refused, nothing registered."""
        before = self._count()
        Complaint = self.env["liaison.complaint"]
        for user, channel in (
            (self.user_portal, "hotline"),
            (self.user_portal, "backend"),
            (self.user_office_a, "portal"),
            (self.user_department_a, "portal"),
            (self.user_internal, "portal"),
            (self.user_internal, "hotline"),
        ):
            with (
                self.subTest(user=user.login, channel=channel),
                self.assertRaises(AccessError),
            ):
                Complaint.with_user(user)._intake(self._vals(), channel)
        with self.assertRaisesText(UserError, "channel"):
            Complaint.with_user(self.user_office_a)._intake(self._vals(), "fax")
        self.assertEqual(self._count(), before)
        # The staff's channels stay theirs.
        hotline = Complaint.with_user(self.user_department_a)._intake(
            self._vals(complainant_name="电话投诉人"), "hotline"
        )
        self.assertEqual(hotline.complainant_name, "电话投诉人")


@tagged("post_install", "-at_install")
class TestPolicyPortalSubmit(PolicyCommon):
    """An application from the portal (liaison.policy.application
    ._portal_submit): the enterprise, the eligibility, the values and the
    materials are the model's."""

    def _applications(self):
        return self.env["liaison.policy.application"].sudo().search([])

    def test_enterprise_applies_for_a_matching_policy(self):
        """The enterprise is the caller's; only the form's values are read."""
        application = (
            self.env["liaison.policy.application"]
            .with_user(self.user_portal)
            ._portal_submit(
                self.policy_job.id,
                {
                    "jobs_claimed": "2",
                    "amount_requested": "0",
                    "description": "  新增就业岗位两个  ",
                    "enterprise_id": self.enterprise_b.id,
                    "state": "approved",
                    "amount_approved": 1000000,
                    "channel": "backend",
                },
                [("劳动合同.pdf", b"%PDF-1.4 contracts")],
            )
        )
        self.assertFalse(application.env.su)
        self.assertEqual(application.enterprise_id, self.enterprise_a)
        self.assertEqual(
            (application.state, application.channel, application.jobs_claimed),
            ("submitted", "portal", 2),
        )
        self.assertEqual(application.amount_approved, 0)
        self.assertEqual(application.description, "新增就业岗位两个")
        self.assertNotEqual(application.name, "/")
        self.assertEqual(application.sudo().attachment_ids.name, "劳动合同.pdf")
        self.assertEqual(application.sudo().attachment_ids.res_id, application.id)

    def test_refused_with_nothing_kept(self):
        """Staff, an enterprise without a file or not qualifying, a missing
        policy, bad numbers, a long text, a negative amount: nothing kept."""
        before = self._applications()
        Application = self.env["liaison.policy.application"]
        vals = {"jobs_claimed": "1"}
        for user in (self.user_office_a, self.user_department_hr, self.user_internal):
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                Application.with_user(user)._portal_submit(self.policy_job.id, vals)
        newcomer = self._company("未建档企业")
        user_newcomer = self._portal_user("t_portal_newcomer", newcomer)
        small = self._company("不符合条件企业")
        self._enterprise(small, months=2, employees=0)
        user_small = self._portal_user("t_portal_small", small)
        for user, policy_id in (
            (user_newcomer, self.policy_job.id),
            (user_small, self.policy_job.id),
            (self.user_portal, 0),
            (self.user_portal, self.policy_job.id + 1000000),
        ):
            with (
                self.subTest(user=user.login, policy_id=policy_id),
                self.assertRaisesText(UserError, "qualify"),
            ):
                Application.with_user(user)._portal_submit(policy_id, vals)
        Application = Application.with_user(self.user_portal)
        for bad in (
            {"jobs_claimed": "两个"},
            {"amount_requested": "1,000"},
            {"jobs_claimed": "1.5"},
            {"description": "长" * 5001},
        ):
            with self.subTest(bad=bad), self.assertRaises(UserError):
                Application._portal_submit(self.policy_job.id, bad)
        with self.assertRaises(ValidationError):
            Application._portal_submit(
                self.policy_job.id,
                {"amount_requested": "-5"},
                [("材料.pdf", b"%PDF-1.4")],
            )
        self.assertEqual(self._applications(), before)
        self.assertFalse(
            self.env["ir.attachment"]
            .sudo()
            .search([("res_model", "=", "liaison.policy.application")])
            .filtered(lambda a: a.name == "材料.pdf")
        )


@tagged("post_install", "-at_install")
class TestStationReportPortalSubmit(ReturneeCommon):
    """A head's report from the portal (liaison.returnee.station.report
    ._portal_submit / _portal_resubmit): the meetings a station may report on
    are the model's rule, for every way a report is created."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # The station's county, the city above it, another county.
        cls.meeting, cls.meeting_city, cls.meeting_b = cls.env[
            "liaison.returnee.station.meeting"
        ].create(
            [
                {"name": name, "year": 2026, "half": "1", "region_id": region.id}
                for name, region in (
                    ("县站长会议", cls.county_a),
                    ("市站长会议", cls.city),
                    ("外县站长会议", cls.county_b),
                )
            ]
        )
        cls.Report = cls.env["liaison.returnee.station.report"]

    def _vals(self, meeting=None, **vals):
        return {
            "meeting_id": str((meeting or self.meeting).id),
            "name": "上半年述职",
            "body": "联系在沪人员320人。",
            **vals,
        }

    def _reports(self):
        return self.Report.sudo().search([("station_id", "=", self.station.id)])

    def test_head_files_for_its_districts_meetings(self):
        """The meetings of the station's district and above, once each; the
        station is the one given, the state the submit step's."""
        Meeting = self.env["liaison.returnee.station.meeting"]
        self.assertEqual(
            Meeting._open_for_station(self.station), self.meeting | self.meeting_city
        )
        report = self.Report.with_user(self.user_head)._portal_submit(
            self.station,
            self._vals(station_id=self.station_b.id, state="filed", filed_on=False),
        )
        self.assertEqual(report.station_id, self.station)
        self.assertEqual(
            (report.state, report.submitted_by), ("submitted", self.user_head)
        )
        self.assertEqual(Meeting._open_for_station(self.station), self.meeting_city)
        with self.assertRaisesText(UserError, "not reported on"):
            self.Report.with_user(self.user_head)._portal_submit(
                self.station, self._vals()
            )
        self.Report.with_user(self.user_head)._portal_submit(
            self.station, self._vals(self.meeting_city)
        )
        self.assertFalse(Meeting._open_for_station(self.station))

    def test_refused_with_nothing_created(self):
        """Another head, the office, a township; another district's meeting,
        no meeting, no title or text: refused, nothing created."""
        for user in (self.user_head_b, self.user_office_a, self.user_township_a):
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                self.Report.with_user(user)._portal_submit(self.station, self._vals())
        Report = self.Report.with_user(self.user_head)
        for vals in (
            self._vals(self.meeting_b),
            self._vals(meeting_id="x"),
            self._vals(meeting_id=False),
            self._vals(name="  "),
            self._vals(body=""),
        ):
            with self.subTest(vals=vals), self.assertRaises(UserError):
                Report._portal_submit(self.station, vals)
        self.assertFalse(self._reports())

    def test_other_district_meeting_refused_on_create(self):
        """Created directly (over RPC by the head, or by the office), a report
        for another district's meeting is refused too."""
        for user in (self.user_head, self.user_office_a):
            with self.subTest(user=user.login), self.assertRaises(ValidationError):
                self.Report.with_user(user).create(
                    {
                        "station_id": self.station.id,
                        "meeting_id": self.meeting_b.id,
                        "name": "越界述职",
                        "body": "x",
                    }
                )
        self.assertFalse(self._reports())

    def test_head_resubmits_a_returned_report(self):
        """Only a returned report, with a text, by its head."""
        report = self.Report.with_user(self.user_head)._portal_submit(
            self.station, self._vals()
        )
        with self.assertRaisesText(UserError, "Nothing to resubmit"):
            report.with_user(self.user_head)._portal_resubmit("更正")
        report.with_user(self.user_office_a).action_return("补充数据")
        self.assertEqual(report.state, "returned")
        with self.assertRaises(AccessError):
            report.with_user(self.user_head_b)._portal_resubmit("别人的更正")
        with self.assertRaises(UserError):
            report.with_user(self.user_head)._portal_resubmit("   ")
        self.assertEqual(
            (report.state, report.body), ("returned", "联系在沪人员320人。")
        )
        report.with_user(self.user_head)._portal_resubmit("  联系在沪人员350人。 ")
        self.assertEqual(
            (report.state, report.body), ("submitted", "联系在沪人员350人。")
        )
