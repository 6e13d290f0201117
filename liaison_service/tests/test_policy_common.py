# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from dateutil.relativedelta import relativedelta

from odoo import fields

from .common import LiaisonCommon


class PolicyCommon(LiaisonCommon):
    """The seeded policies and funds, an issuing department, enterprises."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.today = fields.Date.context_today(cls.env["liaison.policy"])
        cls.dept_hr = cls._department("County A HR Bureau", "A-HR", cls.county_a)
        cls.user_department_hr = cls._user(
            "t_dept_hr", "group_department", department=cls.dept_hr
        )
        ref = cls.env.ref
        cls.policy_loan_individual = ref(
            "liaison_service.liaison_policy_loan_individual"
        )
        cls.policy_loan_small = ref("liaison_service.liaison_policy_loan_small")
        cls.policy_startup = ref("liaison_service.liaison_policy_startup")
        cls.policy_job = ref("liaison_service.liaison_policy_job")
        cls.policy_park = ref("liaison_service.liaison_policy_park")
        cls.policies = (
            cls.policy_loan_individual
            | cls.policy_loan_small
            | cls.policy_startup
            | cls.policy_job
            | cls.policy_park
        )
        # Only the seeded policies are in force in these tests.
        cls.env["liaison.policy"].search([("id", "not in", cls.policies.ids)]).write(
            {"active": False}
        )
        cls.policies.write(
            {"department_id": cls.dept_hr.id, "date_from": False, "date_to": False}
        )
        cls.fund_special = ref("liaison_service.liaison_policy_fund_special")
        cls.fund_guarantee = ref("liaison_service.liaison_policy_fund_guarantee")
        cls.officer_a = cls._active_officer(
            "Officer A", cls.county_a, cls.dept_a, cls.user_officer_a
        )
        cls.park = cls.env["liaison.returnee.park"].create(
            {"name": "Test Park", "region_id": cls.township_a.id, "level": "city"}
        )
        cls.partner_a = cls._company("Enterprise A")
        cls.user_portal.partner_id.parent_id = cls.partner_a
        cls.partner_b = cls._company("Enterprise B")
        cls.user_portal_b = cls._portal_user("t_portal_b", cls.partner_b)
        cls.enterprise_a = cls._enterprise(cls.partner_a, months=18, employees=5)
        cls.enterprise_b = cls._enterprise(cls.partner_b, months=18, employees=5)

    @classmethod
    def _enterprise(cls, partner=None, months=18, employees=1, **vals):
        if partner is None:
            partner = cls._company(f"Enterprise {months}/{employees}")
        values = {
            "partner_id": partner.id,
            "region_id": cls.township_a.id,
            "officer_id": cls.officer_a.id,
            "enterprise_kind": "small",
            "licence_date": cls.today - relativedelta(months=months),
            "employees_contracted": employees,
            "social_insurance": True,
            "is_returnee": True,
        }
        values.update(vals)
        return cls.env["liaison.returnee.enterprise"].create(values)

    def _application(self, enterprise, policy, **vals):
        values = {"enterprise_id": enterprise.id, "policy_id": policy.id}
        values.update(vals)
        return self.env["liaison.policy.application"].create(values)
