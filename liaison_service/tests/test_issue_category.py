# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import UserError
from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestIssueCategory(TransactionCase):
    """Issue categories are a tree like regions (liaison.tree.mixin)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Category = cls.env["liaison.issue.category"]
        cls.top = Category.create({"name": "Test Land"})
        cls.middle = Category.create({"name": "Use", "parent_id": cls.top.id})
        cls.leaf = Category.create({"name": "Permit", "parent_id": cls.middle.id})

    def test_complete_name_follows_parent(self):
        """The full name shows the path from the top and follows renames."""
        self.assertEqual(self.leaf.complete_name, "Test Land / Use / Permit")
        self.assertEqual(self.leaf.display_name, "Test Land / Use / Permit")
        self.top.name = "Test Planning"
        self.assertEqual(self.leaf.complete_name, "Test Planning / Use / Permit")

    def test_cycle_refused(self):
        """A category cannot go under itself or its descendant; nothing changes."""
        for parent in self.leaf, self.top:
            # The parent store or the mixin's constraint (a ValidationError).
            with self.assertRaises(UserError):
                self.top.write({"parent_id": parent.id})
            self.assertFalse(self.top.parent_id)
        self.assertEqual(self.leaf.complete_name, "Test Land / Use / Permit")
