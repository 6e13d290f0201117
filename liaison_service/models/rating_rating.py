# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

# What a given rating of a liaison record keeps for good.
RATING_ANSWER_FIELDS = {
    "rating",
    "feedback",
    "consumed",
    "res_id",
    "res_model_id",
    "partner_id",
    "rated_partner_id",
    "parent_res_id",
    "parent_res_model_id",
}


class RatingRating(models.Model):
    """Ratings of liaison records are the enterprise's word.

    Lifecycle: a rating request is created (with sudo) when an issue or a
    project reaches a stage with a rating template; the enterprise answers it
    once through its token (portal or core ``/rate`` routes); from then on
    the rating is evidence and cannot change through any route.  Its token
    is readable by administrators only: an internal user, of any county,
    cannot read it to answer in the enterprise's name.  Internal users do not
    create, change or delete ratings of liaison records.
    """

    _inherit = "rating.rating"

    access_token = fields.Char(groups="base.group_system")

    def _liaison_ratings(self):
        return self.filtered(
            lambda r: r.res_model and r.res_model.startswith("liaison.")
        )

    @api.model_create_multi
    def create(self, vals_list):
        ratings = super().create(vals_list)
        if not self.env.su and ratings._liaison_ratings():
            raise AccessError(
                self.env._("Ratings of liaison records are given by the enterprise.")
            )
        return ratings

    def write(self, vals):
        liaison = self._liaison_ratings()
        if liaison:
            if not self.env.su:
                raise AccessError(
                    self.env._(
                        "Ratings of liaison records are given by the enterprise."
                    )
                )
            if RATING_ANSWER_FIELDS.intersection(vals) and liaison.filtered("consumed"):
                raise UserError(
                    self.env._(
                        "This record has already been rated; a rating cannot be "
                        "given twice or changed."
                    )
                )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_liaison_answer(self):
        if not self.env.su and self._liaison_ratings():
            raise AccessError(
                self.env._("Ratings of liaison records are given by the enterprise.")
            )
