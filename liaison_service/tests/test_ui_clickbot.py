# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import HttpCase, new_test_user, tagged

CLICKBOT = (
    "odoo.loader.modules.get('@web/webclient/clickbot/clickbot_loader')"
    ".startClickEverywhere('liaison_service.liaison_service_menu_root');"
)


@tagged("post_install", "-at_install")
class TestBackendClickEverywhere(HttpCase):
    """Every menu, view and filter of the app opens without a client error."""

    allow_end_on_form = True

    def _user(self, login, group, **vals):
        user = new_test_user(
            self.env,
            login=login,
            groups=f"base.group_user,liaison_service.{group}",
            tour_enabled=False,
        )
        user.write(vals)
        return user

    def _click_everywhere(self, login):
        self.browser_js(
            "/odoo",
            CLICKBOT,
            "odoo.isReady === true",
            login=login,
            timeout=900,
            success_signal="clickbot test succeeded",
        )

    def test_click_everywhere_as_office(self):
        """The office walks through the whole app, demo data included."""
        county = self.env.ref(
            "liaison_service.liaison_region_county_a_demo", raise_if_not_found=False
        ) or self.env["liaison.region"].create(
            {"name": "Click County", "code": "CLICK", "level": "county"}
        )
        self._user("t_click_office", "group_office", liaison_region_ids=county.ids)
        self._click_everywhere("t_click_office")

    def test_click_everywhere_as_department(self):
        """A department guide's reduced app opens everywhere too."""
        department = self.env["liaison.department"].search([], limit=1)
        self._user(
            "t_click_dept", "group_department", liaison_department_id=department.id
        )
        self._click_everywhere("t_click_dept")
