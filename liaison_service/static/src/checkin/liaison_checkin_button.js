/** @odoo-module **/
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import { Component } from "@odoo/owl";
import { _t } from "@web/core/l10n/translation";
import { registry } from "@web/core/registry";
import { useService } from "@web/core/utils/hooks";
import { standardWidgetProps } from "@web/views/widgets/standard_widget_props";

// How long the browser may take to find the position before we check in
// with the time only.
const POSITION_TIMEOUT_MS = 8000;

/**
 * On-site check-in of a visit: saves the visit, asks the browser for its
 * position (the browser asks the user's consent; no map service is used) and
 * records the time and, if the user agreed, the position.
 */
export class LiaisonCheckInButton extends Component {
    static template = "liaison_service.LiaisonCheckInButton";
    static props = { ...standardWidgetProps };

    setup() {
        this.orm = useService("orm");
        this.notification = useService("notification");
    }

    get checkedIn() {
        return Boolean(this.props.record.data.checkin_time);
    }

    getPosition() {
        return new Promise((resolve) => {
            if (!navigator.geolocation) {
                resolve(null);
                return;
            }
            navigator.geolocation.getCurrentPosition(
                (pos) => resolve(pos.coords),
                () => resolve(null),
                { enableHighAccuracy: true, timeout: POSITION_TIMEOUT_MS, maximumAge: 60000 }
            );
        });
    }

    async onClick() {
        const record = this.props.record;
        if (!(await record.save())) {
            return;
        }
        const coords = await this.getPosition();
        const kwargs = coords
            ? { latitude: coords.latitude, longitude: coords.longitude, accuracy: coords.accuracy }
            : {};
        await this.orm.call(record.resModel, "action_check_in", [[record.resId]], kwargs);
        await record.load();
        this.notification.add(
            coords ? _t("Checked in with your position.") : _t("Checked in (position not shared)."),
            { type: "success" }
        );
    }
}

registry.category("view_widgets").add("liaison_checkin_button", {
    component: LiaisonCheckInButton,
});
