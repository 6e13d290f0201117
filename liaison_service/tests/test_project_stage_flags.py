# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .test_service_flow import PNG, ServiceCommon


@tagged("post_install", "-at_install")
class TestProjectStageFlags(ServiceCommon):
    """The service flow finds its stages by meaning, and tells the followers
    through the chatter subtypes (issue 11)."""

    def _subtype(self, name):
        return self.env.ref(f"liaison_service.{name}")

    def test_stages_found_by_flag_not_by_id_or_order(self):
        """Renamed, reordered stages: the flags alone decide where a project goes."""
        Stage = self.env["liaison.project.stage"]
        shipped = self.stage["dispatched"]
        own = Stage.create({"name": "已派联络员", "sequence": 1, "is_dispatched": True})
        shipped.is_dispatched = False
        project = self.project_a2
        project.stage_id = self.stage["consult"]
        dispatch = self.Dispatch.create(
            {"project_id": project.id, "main_officer_id": self.officer_a.id}
        )
        dispatch.action_issue()
        self.assertEqual(project.stage_id, own)
        # A project already served (a stage without flag) is not moved back.
        in_service = self.env.ref("liaison_service.liaison_project_stage_in_service")
        project.stage_id = in_service
        second = self.Dispatch.create(
            {"project_id": project.id, "main_officer_id": self.officer_a2.id}
        )
        second.action_issue()
        self.assertEqual(project.stage_id, in_service)
        self._received_delivery(project)
        self.assertEqual(project.stage_id, self.stage["delivered"])

    def test_closing_flags_need_a_closing_stage(self):
        """A completion or termination stage must be a closing stage."""
        stage = self.env.ref("liaison_service.liaison_project_stage_in_service")
        with self.assertRaises(ValidationError):
            stage.is_completed = True
        self.assertFalse(stage.is_completed)

    def test_chatter_subtypes(self):
        """Stage, dispatch, signature and receipt changes are tracked under
        their subtypes; a project follower subscribed to receipts follows the
        project's new deliveries and is told of the receipt."""
        env = self.env(
            context=dict(self.env.context, tracking_disable=False, mail_notrack=False)
        )
        project = env["liaison.project"].browse(self.project_a.id)
        # An internal follower told in its inbox (no email to send).
        self.user_office_a.notification_type = "inbox"
        follower = self.user_office_a.partner_id
        project.message_subscribe(
            follower.ids,
            subtype_ids=(
                self._subtype("mt_project_stage")
                | self._subtype("mt_project_delivery_received")
            ).ids,
        )
        # Each step in its own transaction, as in the browser: a record's
        # changes are tracked from the transaction after its creation.
        flush_tracking = self.env.cr.precommit.run
        agreement = env["liaison.agreement"].create(
            {"project_id": project.id, "matter": "All approvals"}
        )
        dispatch = env["liaison.dispatch"].create(
            {"project_id": project.id, "main_officer_id": self.officer_a2.id}
        )
        delivery = env["liaison.delivery"].create(
            {"project_id": project.id, "results": "Permit", "method": "in_person"}
        )
        self.assertIn(follower, delivery.message_partner_ids)
        flush_tracking()
        agreement.action_send()
        delivery.action_send()
        flush_tracking()
        self._enterprise(agreement).action_sign(PNG, "Boss")
        dispatch.action_issue()
        self._enterprise(delivery).action_confirm_receipt(PNG, "Contact A")
        flush_tracking()
        self.env.invalidate_all()

        def tracked(record, subtype):
            return record.message_ids.filtered(
                lambda m: m.subtype_id == self._subtype(subtype)
            )

        signed = tracked(agreement, "mt_agreement_signed")
        self.assertEqual(len(signed), 1)
        self.assertTrue(
            signed.tracking_value_ids.filtered(lambda t: t.field_id.name == "state")
        )
        issued = tracked(dispatch, "mt_dispatch_issued")
        self.assertEqual(
            issued.tracking_value_ids.filtered(
                lambda t: t.field_id.name == "name"
            ).new_value_char,
            dispatch.name,
        )
        received = tracked(delivery, "mt_delivery_received")
        self.assertEqual(
            received.tracking_value_ids.filtered(
                lambda t: t.field_id.name == "receipt_signed_by"
            ).new_value_char,
            "Contact A",
        )
        self.assertIn(follower, received.notified_partner_ids)
        stage_changes = tracked(project, "mt_project_stage")
        self.assertTrue(stage_changes)
        self.assertIn(follower, stage_changes.notified_partner_ids)
        self.assertEqual(project.stage_id, self.stage["delivered"])

    def test_issue_and_assignment_subtypes(self):
        """An issue's stage and an assignment's status have their subtypes."""
        stages = self.env["liaison.issue.stage"].search([], limit=2)
        issue = self.env["liaison.issue"].new({"stage_id": stages[1].id})
        self.assertEqual(
            issue._track_subtype({"stage_id": stages[0]}),
            self._subtype("mt_issue_stage"),
        )
        assignment = self.env["liaison.assignment"].new({"state": "sent"})
        self.assertEqual(
            assignment._track_subtype({"state": "approved"}),
            self._subtype("mt_assignment_state"),
        )
