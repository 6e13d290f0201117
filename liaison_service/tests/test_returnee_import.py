# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .test_returnee_common import ReturneeCommon


@tagged("post_install", "-at_install")
class TestReturneeImport(ReturneeCommon):
    """Townships' sheets come in through Odoo's import, all or nothing."""

    def setUp(self):
        super().setUp()
        self.existing = self._person(
            "Old Li", "13800000000", birth_year=1970, current_city="Beijing"
        )
        self.Person = self.env["liaison.returnee.person"].with_context(
            active_test=False
        )

    def _valid_rows(self):
        return [
            ["Zhang San", "male", 1985, "Township A1", "138 0000 0001", "Shanghai",
             "Acme", "invest"],
            ["Li Si", "female", 1990, "Township A1", "13800000002", "Shenzhen",
             "Foo Ltd", "work"],
            ["Wang Wu", "male", 1979, "Township A2", "13800000003", "Suzhou",
             "Own shop", "business"],
        ]  # fmt: skip

    def _errors(self, result):
        """Rejected rows (1-based sheet rows without the header) → message."""
        errors = {}
        for message in result["messages"]:
            if message.get("type") == "error" and "rows" in message:
                row = message["rows"]["from"] + 1
                errors[row] = f"{errors.get(row, '')} {message['message']}"
        return errors

    def test_import_rejects_bad_rows_and_imports_nothing(self):
        """Duplicates, a wrong township and a missing phone: each row reported,
        nothing imported."""
        rows = self._valid_rows() + [
            # 4: same phone as a person already registered
            ["Other Li", "male", 1971, "Township A1", "13800000000", "X", "Y",
             "none"],
            # 5: same name, birth year and township as row 1
            ["Zhang San", "male", 1985, "Township A1", "13900000005", "X", "Y",
             "none"],
            # 6: a township that does not exist
            ["Zhao Liu", "male", 1988, "Nowhere Town", "13900000006", "X", "Y",
             "none"],
            # 7: no phone
            ["Sun Qi", "female", 1992, "Township A1", None, "X", "Y", "none"],
        ]  # fmt: skip
        before = self.Person.search_count([])
        result = self._import(self.user_office_a, rows)
        self.assertFalse(result["ids"])
        self.assertEqual(self.Person.search_count([]), before)
        errors = self._errors(result)
        self.assertEqual(sorted(errors), [4, 5, 6, 7], result["messages"])
        self.assertIn("13800000000", errors[4])
        self.assertIn("already registered", errors[4])
        self.assertIn("same name, birth year", errors[5])
        self.assertIn("Nowhere Town", errors[6])
        self.assertIn("phone number of Sun Qi is missing", errors[7])

    def test_import_valid_rows_then_reimport_creates_nothing(self):
        """A clean sheet imports; the same sheet again is all duplicates."""
        before = self.Person.search_count([])
        result = self._import(self.user_office_a, self._valid_rows())
        self.assertEqual(self._errors(result), {}, result["messages"])
        self.assertEqual(len(result["ids"]), 3)
        people = self.Person.browse(result["ids"])
        self.assertEqual(
            people.mapped("phone"), ["13800000001", "13800000002", "13800000003"]
        )
        self.assertEqual(people[2].region_id, self.township_a2)
        again = self._import(self.user_office_a, self._valid_rows())
        self.assertFalse(again["ids"])
        self.assertEqual(sorted(self._errors(again)), [1, 2, 3])
        self.assertEqual(self.Person.search_count([]), before + 3)

    def test_township_outside_jurisdiction_refused(self):
        """An office cannot import people of another county's township."""
        rows = [
            ["Far Away", "male", 1980, "Township B1", "13700000001", "X", "Y",
             "none"],
        ]  # fmt: skip
        result = self._import(self.user_office_a, rows)
        self.assertFalse(result["ids"])
        self.assertTrue(self._errors(result) or result["messages"])
        self.assertFalse(self.Person.search([("phone", "=", "13700000001")]))

    def test_county_is_not_a_township(self):
        """The home township must be a township, not a county."""
        with self.assertRaisesText(ValidationError, "must be a township"):
            self._person("County Man", "13600000001", region=self.county_a)

    def test_template_is_offered(self):
        """The import screen offers the downloadable template."""
        templates = self.env["liaison.returnee.person"].get_import_templates()
        self.assertTrue(templates[0]["template"].endswith(".xlsx"))
