# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models
from odoo.http import request


class PortalMixin(models.AbstractModel):
    _inherit = "portal.mixin"

    def get_portal_url(
        self,
        suffix=None,
        report_type=None,
        download=None,
        query_string=None,
        anchor=None,
    ):
        """Links of a liaison record shown to a signed-in reader who may read
        it carry no access token: a token in the address bar opens the record
        for anyone the link is copied to.  Tokens stay in explicit share links
        (and for readers who only have the token)."""
        url = super().get_portal_url(
            suffix=suffix,
            report_type=report_type,
            download=download,
            query_string=query_string,
            anchor=anchor,
        )
        if not self._name.startswith("liaison.") or not self._liaison_reader_can_read():
            return url
        path, _sep, rest = url.partition("?")
        rest, hash_sep, fragment = rest.partition("#")
        params = [p for p in rest.split("&") if p and not p.startswith("access_token=")]
        return path + ("?" + "&".join(params) if params else "") + hash_sep + fragment

    def _liaison_reader_can_read(self):
        """Whether the signed-in enterprise (portal user) of the request reads
        the record with its own rights (no token needed).  Internal users keep
        the token: the links they render go out in mails to enterprises."""
        user = request and request.env.user
        if not user or user._is_public() or not user.share:
            return False
        record = self.with_user(user).sudo(False)
        return record.has_access("read")
