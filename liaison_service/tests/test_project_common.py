# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from .common import LiaisonCommon


class ProjectCommon(LiaisonCommon):
    """Two enterprises, active officers in county A and B, and projects."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.usd = cls.env.ref("base.USD")
        cls.cny = cls.env.ref("base.CNY")
        cls.cny.active = True
        cls.enterprise_a = cls._company("Enterprise A")
        cls.enterprise_b = cls._company("Enterprise B")
        cls.user_portal_a = cls._portal_user(
            "t_portal_a", cls.enterprise_a, "Contact A"
        )
        cls.contact_a = cls.user_portal_a.partner_id
        cls.user_officer_a2 = cls._user("t_officer_a2", "group_officer", cls.county_a)
        Officer = cls.env["liaison.officer"]
        cls.officer_a = cls._officer("Officer A", cls.user_officer_a, cls.county_a)
        cls.officer_a2 = cls._officer("Officer A2", cls.user_officer_a2, cls.county_a)
        cls.officer_a3 = cls._officer("Officer A3", None, cls.county_a)
        cls.officer_b = cls._officer("Officer B", None, cls.county_b)
        cls.Officer = Officer
        cls.Project = cls.env["liaison.project"]
        cls.project_a, cls.project_a2, cls.project_b = cls._a_a2_b(
            cls.Project,
            cls._project_vals,
            "Project",
            {"main_officer_id": cls.officer_a.id},
            {
                "main_officer_id": cls.officer_a3.id,
                "assistant_officer_ids": [cls.officer_a2.id],
            },
            {"main_officer_id": cls.officer_b.id},
        )

    @classmethod
    def _a_a2_b(cls, model, make_vals, label, a, a2, b):
        """Records "<label> A" (in township A), "<label> A2" (in county A) and
        "<label> B" (of enterprise B in county B) of ``model``, one create
        each, from the defaults of ``make_vals`` and their own values."""
        return (
            model.create(
                make_vals(name=f"{label} A", region_id=cls.township_a.id, **a)
            ),
            model.create(make_vals(name=f"{label} A2", **a2)),
            model.create(
                make_vals(
                    name=f"{label} B",
                    partner_id=cls.enterprise_b.id,
                    region_id=cls.county_b.id,
                    **b,
                )
            ),
        )

    @classmethod
    def _officer(cls, name, user, region):
        return cls._active_officer(name, region, cls.dept_a, user)

    @classmethod
    def _project_vals(cls, **vals):
        return {
            "name": "Project",
            "partner_id": cls.enterprise_a.id,
            "region_id": cls.county_a.id,
            "currency_id": cls.cny.id,
            **vals,
        }
