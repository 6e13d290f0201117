# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError

# Five levels of satisfaction (SPEC C3) on the core rating values 5..1.
SATISFACTION_LEVELS = [
    ("5", "Very Satisfied"),
    ("4", "Satisfied"),
    ("3", "Fairly Satisfied"),
    ("2", "Unsatisfied"),
    ("1", "Very Unsatisfied"),
]
# Ratings at or below this value are "unsatisfied" and open a rectification.
UNSATISFIED_MAX = 2


class LiaisonIssue(models.Model):
    """Rating of the close-out by the enterprise.

    When an issue enters a stage with a rating template, the enterprise gets
    one rating request per close-out: ``rating_request_cycle`` remembers the
    close-out (``reopen_count + 1``) it was sent for, so moving back and forth
    does not send a second one; an issue reopened and closed out again gets a
    new request.  A rating is given once: a second answer through the same
    request is refused.  An unsatisfied answer opens a rectification.
    """

    _name = "liaison.issue"
    _inherit = ["liaison.issue"]

    satisfaction_level = fields.Selection(
        SATISFACTION_LEVELS,
        compute="_compute_satisfaction_level",
        store=True,
        help="The enterprise's last rating on five levels.",
    )
    rating_request_cycle = fields.Integer(
        copy=False,
        readonly=True,
        help="Close-out (1 + times reopened) for which the rating request was "
        "sent; 0 when none was sent.",
    )
    rectification_ids = fields.One2many(
        "liaison.rectification", "issue_id", string="Rectifications"
    )
    rectification_count = fields.Integer(compute="_compute_rectification_count")

    @api.depends("rating_last_value")
    def _compute_satisfaction_level(self):
        for issue in self:
            value = round(issue.rating_last_value or 0)
            issue.satisfaction_level = str(value) if 1 <= value <= 5 else False

    def _compute_rectification_count(self):
        Rectification = self.env["liaison.rectification"]
        counts = {}
        if Rectification.has_access("read"):
            counts = dict(
                Rectification._read_group(
                    [("issue_id", "in", self.ids)], ["issue_id"], ["__count"]
                )
            )
        for issue in self:
            issue.rectification_count = counts.get(issue, 0)

    # ---- CRUD ----
    def write(self, vals):
        res = super().write(vals)
        if vals.get("stage_id"):
            self._send_stage_rating_request()
        return res

    def _send_stage_rating_request(self):
        for issue in self:
            template = issue.stage_id.rating_template_id
            cycle = issue.reopen_count + 1
            if not template or issue.rating_request_cycle == cycle:
                continue
            partner = issue._rating_get_partner()
            if not partner:
                continue
            # Bookkeeping of the stage change the caller was allowed to make.
            issue.sudo().write({"rating_request_cycle": cycle})
            issue.rating_send_request(template, lang=partner.lang, force_send=False)

    def action_view_rectifications(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "liaison_service.liaison_rectification_action"
        )
        action["domain"] = [("issue_id", "=", self.id)]
        action["context"] = {"default_issue_id": self.id}
        return action

    # ---- Rating ----
    def _rating_get_partner(self):
        return self.partner_id.commercial_partner_id

    def _rating_get_operator(self):
        return self.officer_id.user_id.partner_id

    def _rating_apply_get_default_subtype_id(self):
        return self.env["ir.model.data"]._xmlid_to_res_id("mail.mt_note")

    def rating_apply(
        self,
        rate,
        token=None,
        rating=None,
        feedback=None,
        subtype_xmlid=None,
        notify_delay_send=False,
    ):
        """Apply the enterprise's answer once; unsatisfied opens a rectification."""
        if token:
            rating = self.env["rating.rating"].search(
                [("access_token", "=", token)], limit=1
            )
        if rating and (rating.res_model != self._name or rating.res_id not in self.ids):
            raise UserError(self.env._("This rating does not belong to this issue."))
        if rating and rating.consumed:
            raise UserError(
                self.env._(
                    "This issue has already been rated; a rating cannot be given twice."
                )
            )
        rating = super().rating_apply(
            rate,
            rating=rating,
            feedback=feedback,
            subtype_xmlid=subtype_xmlid,
            notify_delay_send=notify_delay_send,
        )
        if 0 < rate <= UNSATISFIED_MAX:
            self.env["liaison.rectification"].sudo()._create_from_rating(
                self.browse(rating.res_id), rating
            )
        return rating
