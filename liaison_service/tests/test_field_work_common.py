# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from .common import LiaisonCommon

# Roster lines start well before the weeks the tests look at.
ROSTER_START = date(2025, 1, 1)


class FieldWorkCommon(LiaisonCommon):
    """Key enterprises of two counties, their roster and three officers."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.user_officer_a2 = cls._user("t_officer_a2", "group_officer", cls.county_a)
        cls.user_officer_b = cls._user("t_officer_b", "group_officer", cls.county_b)
        cls.officer_a = cls._officer("张伟", cls.user_officer_a, cls.county_a)
        cls.officer_a2 = cls._officer("刘洋", cls.user_officer_a2, cls.county_a)
        cls.officer_b = cls._officer("赵磊", cls.user_officer_b, cls.county_b)
        cls.ent_a1 = cls._enterprise("安平绿源食品有限公司", cls.county_a)
        cls.ent_a2 = cls._enterprise("安平恒通机械制造有限公司", cls.county_a)
        cls.ent_b = cls._enterprise("临河新材料科技有限公司", cls.county_b)
        cls.Roster = cls.env["liaison.key.enterprise.roster"]
        cls.line_a1 = cls._roster(cls.ent_a1, cls.officer_a, "chief")
        cls.line_a1_staff = cls._roster(cls.ent_a1, cls.officer_a2, "staff")
        cls.line_a2 = cls._roster(cls.ent_a2, cls.officer_a, "chief")
        cls.line_b = cls._roster(cls.ent_b, cls.officer_b, "chief")
        cls.Log = cls.env["liaison.work.log"]
        cls.Compliance = cls.env["liaison.visit.compliance"]
        cls.Report = cls.env["liaison.work.report"]

    @classmethod
    def _officer(cls, name, user, region):
        return cls._active_officer(name, region, cls.dept_a, user)

    @classmethod
    def _enterprise(cls, name, region, frequency=1):
        return cls.env["res.partner"].create(
            {
                "name": name,
                "is_company": True,
                "liaison_key_enterprise": True,
                "liaison_region_id": region.id,
                "liaison_visit_frequency": frequency,
            }
        )

    @classmethod
    def _roster(cls, partner, officer, role, date_from=ROSTER_START):
        return cls.env["liaison.key.enterprise.roster"].create(
            {
                "partner_id": partner.id,
                "officer_id": officer.id,
                "role": role,
                "region_id": partner.liaison_region_id.id,
                "date_from": date_from,
            }
        )

    @classmethod
    def _visit(cls, officer, partner, day, **vals):
        return cls.env["liaison.work.log"].create(
            {
                "name": "走访企业",
                "officer_id": officer.id,
                "kind": "visit",
                "partner_id": partner.id,
                "date": day,
                **vals,
            }
        )

    def _rows(self, week_start, officer=None):
        domain = [("week_start", "=", week_start)]
        if officer:
            domain.append(("officer_id", "=", officer.id))
        return {
            (row.officer_id, row.partner_id): row
            for row in self.Compliance.search(domain)
        }
