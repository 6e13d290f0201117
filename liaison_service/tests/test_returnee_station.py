# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .test_returnee_common import ReturneeCommon


@tagged("post_install", "-at_install")
class TestReturneeStation(ReturneeCommon):
    """A station's year: heads' reports, appraisal, bottom-three flag."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Station = cls.env["liaison.returnee.station"]
        cls.stations = cls.station | cls.station_b
        for i in range(3):
            cls.stations |= Station.create(
                {
                    "name": f"Station {i}",
                    "city": f"City {i}",
                    "region_id": cls.county_a.id,
                }
            )
        cls.meeting = cls.env["liaison.returnee.station.meeting"].create(
            {
                "name": "H1 heads",
                "year": 2025,
                "half": "1",
                "region_id": cls.county_a.id,
            }
        )

    def test_head_submits_office_files_or_returns(self):
        """The head submits its report; the office returns it with a reason,
        then files the corrected one; another head cannot submit it."""
        Report = self.env["liaison.returnee.station.report"]
        report = Report.with_user(self.user_head).create(
            {
                "meeting_id": self.meeting.id,
                "station_id": self.station.id,
                "name": "Shanghai H1",
                "body": "Met 300 people, two projects.",
            }
        )
        with self.assertRaises(AccessError):
            report.with_user(self.user_head_b).action_submit()
        with self.assertRaises(AccessError):
            report.with_user(self.user_head).write({"state": "filed"})
        report.with_user(self.user_head).action_submit()
        self.assertEqual(report.state, "submitted")
        with self.assertRaises(AccessError):
            report.with_user(self.user_head).action_file()
        action = report.with_user(self.user_office_a).action_return()
        wizard = self.env["liaison.reason.wizard"].browse(action["res_id"])
        wizard.with_user(self.user_office_a).write({"reason": "Add figures"})
        wizard.with_user(self.user_office_a).action_confirm()
        self.assertEqual(
            (report.state, report.return_reason), ("returned", "Add figures")
        )
        report.with_user(self.user_head).action_submit()
        report.with_user(self.user_office_a).action_file()
        self.assertEqual(report.state, "filed")
        with self.assertRaises(UserError):
            report.with_user(self.user_office_a).action_file()

    def _appraise(self, year, scores):
        Appraisal = self.env["liaison.returnee.station.appraisal"]
        appraisals = Appraisal.create(
            [
                {"station_id": station.id, "year": year, "project_count": projects}
                for station, projects in zip(self.stations, scores, strict=True)
            ]
        )
        appraisals.with_user(self.user_office_a).action_rank()
        return appraisals

    def test_bottom_three_two_years_running_flagged(self):
        """Ranked by score; bottom three; flagged only the second year running."""
        first = self._appraise(2024, [5, 4, 3, 2, 1])
        self.assertEqual(first.mapped("rank"), [1, 2, 3, 4, 5])
        self.assertEqual(first.mapped("bottom_three"), [False, False, True, True, True])
        self.assertFalse(any(first.mapped("flagged")))
        # 2025: stations 0, 3 and 4 are last; 3 and 4 were last in 2024 too.
        second = self._appraise(2025, [1, 9, 8, 2, 3])
        self.assertEqual(
            second.mapped("bottom_three"), [True, False, False, True, True]
        )
        self.assertEqual(second.mapped("flagged"), [False, False, False, True, True])
        self.assertEqual(second[0].score, 10)

    def test_only_office_ranks(self):
        """Neither a head nor a township can rank or set the flag."""
        appraisals = self._appraise(2024, [5, 4, 3, 2, 1])
        with self.assertRaises(AccessError):
            appraisals.with_user(self.user_township_a).action_rank()
        with self.assertRaises(AccessError):
            appraisals[0].with_user(self.user_office_a).write({"flagged": True})
        self.assertFalse(appraisals[0].flagged)

    def test_head_cannot_move_report_to_another_station(self):
        """A head's report cannot be moved to a station it does not run."""
        report = self.env["liaison.returnee.station.report"].create(
            {
                "meeting_id": self.meeting.id,
                "station_id": self.station.id,
                "name": "Shanghai H1",
                "body": "x",
            }
        )
        with self.assertRaises(AccessError):
            report.with_user(self.user_head).write({"station_id": self.station_b.id})
        self.assertEqual(report.station_id, self.station)
