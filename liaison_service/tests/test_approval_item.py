# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from odoo.exceptions import AccessError, ValidationError
from odoo.tests import tagged

from .test_officer_common import OfficerCommon


@tagged("post_install", "-at_install")
class TestApprovalItem(OfficerCommon):
    """Approval-item catalogue: materials, guides, time limits and access."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.item_a = cls._item("Planning permit", cls.dept_a, code="A-001")
        cls.item_a2 = cls._item("Construction permit", cls.dept_a2)
        cls.item_b = cls._item("Planning permit B", cls.dept_b)
        cls.item_city = cls._item("City design review", cls.dept_city)
        cls.items = cls.item_a | cls.item_a2 | cls.item_b | cls.item_city
        cls.guide_a = cls._guide(cls.item_a, "Chen Jing", date(2024, 1, 1))
        cls.guide_a2 = cls._guide(cls.item_a2, "Ma Qiang")
        cls.guide_b = cls._guide(cls.item_b, "Zhou Tao")
        cls.guides = cls.guide_a | cls.guide_a2 | cls.guide_b

    @classmethod
    def _item(cls, name, department, **vals):
        return cls.env["liaison.approval.item"].create(
            {
                "name": name,
                "department_id": department.id,
                "phase": "project_approval",
                "time_limit_days": 20,
                "material_ids": [
                    (0, 0, {"name": "Application form", "original_required": True}),
                    (0, 0, {"name": "Site plan", "copies": 2}),
                ],
                **vals,
            }
        )

    @classmethod
    def _guide(cls, item, name, date_start=None, **vals):
        values = {"item_id": item.id, "name": name, "phone": "0839-1", **vals}
        if date_start:
            values["date_start"] = date_start
        return cls.env["liaison.department.guide"].create(values)

    # ---- Catalogue data ----
    def test_item_fields(self):
        """An item has its region, materials and current guide."""
        self.assertEqual(self.item_a.region_id, self.county_a)
        self.assertEqual(len(self.item_a.material_ids), 2)
        self.assertEqual(self.item_a.material_count, 2)
        self.assertEqual(self.item_a.guide_id, self.guide_a)
        self.assertEqual(self.guide_a.department_id, self.dept_a)
        self.assertTrue(self.guide_a.is_current)

    def test_time_limits(self):
        """Negative limits and a promise beyond the statutory limit are refused."""
        with self.assertRaises(ValidationError):
            self._item("Negative", self.dept_a, time_limit_days=-1)
        with self.assertRaises(ValidationError):
            self.item_a.promised_days = -2
        with self.assertRaises(ValidationError):
            self.item_a.promised_days = 25
        self.item_a.write({"time_limit_days": 0, "promised_days": 0})
        self.assertEqual(self.item_a.time_limit_days, 0)

    def test_negative_copies(self):
        """A material cannot ask for a negative number of copies."""
        with self.assertRaises(ValidationError):
            self.item_a.material_ids[0].copies = -1

    # ---- Guides ----
    def test_guide_of_another_department_refused(self):
        """A guide belongs to the department of its item."""
        with self.assertRaises(ValidationError):
            self._guide(self.item_a2, "Wrong", department_id=self.dept_b.id)
        with self.assertRaises(ValidationError):
            self._guide(self.item_a, "Wrong user", user_id=self.user_department_b.id)
        self.assertEqual(self.item_a2.guide_id, self.guide_a2)

    def test_new_guide_ends_the_current_one(self):
        """A new current guide ends the previous one and keeps the history."""
        new = self.env["liaison.department.guide"].create(
            {
                "item_id": self.item_a.id,
                "user_id": self.user_department_a.id,
                "phone": "139",
            }
        )
        self.assertEqual(new.name, self.user_department_a.name)
        self.assertEqual(new.department_id, self.dept_a)
        self.assertEqual(self.item_a.guide_id, new)
        self.assertFalse(self.guide_a.is_current)
        self.assertEqual(self.guide_a.date_end, new.date_start)
        self.assertEqual(self.item_a.guide_ids, self.guide_a | new)
        self.assertIn("Chen Jing", self.item_a.message_ids[:1].body)

    def test_two_current_guides_refused(self):
        """One item cannot have two current guides."""
        new = self._guide(self.item_a, "Successor")
        with self.assertRaises(ValidationError):
            self.guide_a.date_end = False
        with self.assertRaises(ValidationError):
            self.env["liaison.department.guide"].create(
                [
                    {"item_id": self.item_a2.id, "name": "Twin 1", "phone": "1"},
                    {"item_id": self.item_a2.id, "name": "Twin 2", "phone": "2"},
                ]
            )
        self.assertEqual(self.item_a.guide_id, new)

    def test_guide_cannot_end_before_start(self):
        """A guide's end date cannot precede its start date."""
        with self.assertRaises(ValidationError):
            self.guide_a.date_end = date(2023, 1, 1)

    # ---- Access ----
    def _visible(self, user, records):
        return records.with_user(user).search([("id", "in", records.ids)])

    def test_department_sees_only_its_own(self):
        """A department user sees its items, materials and guides only."""
        user = self.user_department_a
        self.assertEqual(self._visible(user, self.items), self.item_a)
        materials = self.items.material_ids
        self.assertEqual(self._visible(user, materials), self.item_a.material_ids)
        self.assertEqual(self._visible(user, self.guides), self.guide_a)
        for record in (self.item_a2, self.item_b.material_ids[0], self.guide_b):
            with self.assertRaises(AccessError):
                record.with_user(user).read(["name"])

    def test_department_maintains_its_own(self):
        """A department edits and adds its items and guides, but deletes nothing."""
        user = self.user_department_a
        item = self.item_a.with_user(user)
        item.write(
            {
                "time_limit_days": 15,
                "material_ids": [(0, 0, {"name": "Land title", "copies": 1})],
            }
        )
        new = (
            self.env["liaison.approval.item"]
            .with_user(user)
            .create({"name": "Land use check", "department_id": self.dept_a.id})
        )
        guide = (
            self.env["liaison.department.guide"]
            .with_user(user)
            .create({"item_id": item.id, "name": "Successor", "phone": "139"})
        )
        self.assertEqual(self.item_a.guide_id, guide)
        self.assertEqual(self.guide_a.date_end, guide.date_start)
        with self.assertRaises(AccessError):
            new.unlink()
        with self.assertRaises(AccessError):
            guide.unlink()
        with self.assertRaises(AccessError):
            self.env["liaison.approval.item"].with_user(user).create(
                {"name": "Foreign", "department_id": self.dept_b.id}
            )
        with self.assertRaises(AccessError):
            item.write({"department_id": self.dept_a2.id})
        with self.assertRaises(AccessError):
            self.item_a2.with_user(user).write({"time_limit_days": 1})

    def test_officer_reads_jurisdiction_and_above(self):
        """An officer reads the catalogue of its county and of the city, not B's."""
        visible = self._visible(self.user_officer_a, self.items)
        self.assertEqual(visible, self.item_a | self.item_a2 | self.item_city)
        with self.assertRaises(AccessError):
            self.item_a.with_user(self.user_officer_a).write({"name": "x"})

    def test_office_manages_its_jurisdiction(self):
        """Office A manages county A's catalogue and reads the city's."""
        user = self.user_office_a
        self.assertEqual(
            self._visible(user, self.items),
            self.item_a | self.item_a2 | self.item_city,
        )
        self.item_a2.with_user(user).write({"time_limit_days": 10})
        with self.assertRaises(AccessError):
            self.item_city.with_user(user).write({"time_limit_days": 10})
        with self.assertRaises(AccessError):
            self.env["liaison.approval.item"].with_user(user).create(
                {"name": "B item", "department_id": self.dept_b.id}
            )
        self.assertEqual(
            self._visible(self.user_office_b, self.items),
            self.item_b | self.item_city,
        )
