# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""The test fixtures of the three addons, in one place.

``LiaisonFixtures`` makes the records every test world is built of (regions,
departments, users with their roles, enterprises with a portal login,
officers, projects, approval items, appraisal schemes) and measures the SQL
queries an operation costs (``count_queries``, ``list_queries``,
``page_queries`` and the assertions built on them).  It is mixed into
``LiaisonCommon`` (a ``TransactionCase`` world of one city with two counties,
which the ``test_*_common.py`` worlds extend), into ``LiaisonHttpCase`` (an
``HttpCase`` for portal pages and tours; ``LiaisonTourCase`` for the backend
screens) and, in the reports addon, into ``PdfCase``.  The reports and portal
tests import them as ``from odoo.addons.liaison_service.tests.common import
...``.
"""

from contextlib import contextmanager
from datetime import date

from odoo import Command, http
from odoo.exceptions import AccessError
from odoo.tests import HttpCase, TransactionCase, new_test_user

from odoo.addons.base.tests.common import DISABLED_MAIL_CONTEXT

# ---- Data shared with the benchmarks (tests/benchmarks/) ----
# The options of Odoo's import screen for an XLSX sheet with a header row.
XLSX_IMPORT_OPTIONS = {
    "has_headers": True,
    "quoting": '"',
    "separator": ",",
    "date_format": "%Y-%m-%d",
    "import_skip_records": [],
    "import_set_empty_fields": [],
    "fallback_values": {},
    "name_create_enabled_fields": {},
}


def officer_batch_vals(count, department, region, name, phone):
    """Values of ``count`` officers of ``department`` in ``region``, ready for
    their selection; ``name`` and ``phone`` format the number ``n``."""
    return [
        {
            "name": name.format(n=n),
            "sex": "male" if n % 2 else "female",
            "birth_date": date(1980 + n % 15, 1 + n % 12, 1 + n % 28),
            "phone": phone.format(n=n),
            "department_id": department.id,
            "region_id": region.id,
            "officer_type": "liaison_officer",
            "work_years": 5,
            "unit_opinion": "同意推荐",
            "review_opinion": "同意聘任",
            "appointment_date": date(2026, 3, 2),
        }
        for n in range(count)
    ]


class LiaisonFixtures:
    """Factories of the records of a test world, and a query counter.

    Mixed into a ``TransactionCase`` or an ``HttpCase``: ``cls.env`` is the
    test's environment.
    """

    # ---- World ----
    @classmethod
    def _disable_mail(cls):
        """No mail tracking, no followers, no notifications in this class."""
        cls.env = cls.env(context=dict(cls.env.context, **DISABLED_MAIL_CONTEXT))

    @classmethod
    def _region(cls, name, code, level="county", parent=None, user=None):
        """A region, created by ``user`` (default: the superuser)."""
        Region = cls.env["liaison.region"]
        return (Region.with_user(user) if user else Region).create(
            {
                "name": name,
                "code": code,
                "level": level,
                "parent_id": parent.id if parent else False,
            }
        )

    @classmethod
    def _department(cls, name, code, region):
        return cls.env["liaison.department"].create(
            {"name": name, "code": code, "region_id": region.id}
        )

    @classmethod
    def _user(cls, login, group, region=None, department=None, **values):
        """An internal user of ``liaison_service.<group>`` in ``region``
        (``values``: more of new_test_user's, such as name or lang)."""
        user = new_test_user(
            cls.env,
            login=login,
            groups=f"base.group_user,liaison_service.{group}",
            **values,
        )
        user.write(
            {
                "liaison_region_ids": [(6, 0, region.ids if region else [])],
                "liaison_department_id": department.id if department else False,
            }
        )
        return user

    @classmethod
    def _company(cls, name, **vals):
        return cls.env["res.partner"].create({"name": name, "is_company": True, **vals})

    @classmethod
    def _portal_user(cls, login, company, contact_name=None):
        """A portal login for a new contact of ``company`` (named after it)."""
        contact = cls.env["res.partner"].create(
            {
                "name": contact_name or f"{company.name}联系人",
                "parent_id": company.id,
            }
        )
        return new_test_user(
            cls.env, login=login, groups="base.group_portal", partner_id=contact.id
        )

    @classmethod
    def _active_officer(cls, name, region, department, user=None, **vals):
        """An appointed officer on duty (state active, no selection steps)."""
        return cls.env["liaison.officer"].create(
            {
                "name": name,
                "user_id": user.id if user else False,
                "region_id": region.id,
                "department_id": department.id,
                "state": "active",
                **vals,
            }
        )

    @classmethod
    def _approval_item(cls, name, department, phase="project_approval", **vals):
        """An item of the approval catalogue handled by ``department``."""
        return cls.env["liaison.approval.item"].create(
            {"name": name, "department_id": department.id, "phase": phase, **vals}
        )

    @classmethod
    def _appraisal_scheme(cls, name, year, criteria):
        """An appraisal scheme of ``criteria``: (name, source, weight) triples."""
        return cls.env["liaison.appraisal.scheme"].create(
            {
                "name": name,
                "year": year,
                "criterion_ids": [
                    Command.create({"name": label, "source": source, "weight": weight})
                    for label, source, weight in criteria
                ],
            }
        )

    @classmethod
    def _appoint(cls, officer, activate=True):
        """Take officers through the selection as the superuser."""
        officer.action_submit_unit_opinion()
        officer.action_submit_review()
        officer.action_appoint()
        if activate:
            officer.action_activate()
        return officer

    @classmethod
    def _project(cls, name, company, region, officer=None, **vals):
        return cls.env["liaison.project"].create(
            {
                "name": name,
                "partner_id": company.id,
                "region_id": region.id,
                "main_officer_id": officer.id if officer else False,
                **vals,
            }
        )

    # ---- Queries ----
    def count_queries(self, function, *args, **kwargs):
        """``(queries, result)``: the SQL queries ``function(*args, **kwargs)`` ran.

        Queries of HTTP requests of an ``HttpCase`` count too: they run on the
        test's cursor.
        """
        before = self.env.cr.sql_log_count
        result = function(*args, **kwargs)
        return self.env.cr.sql_log_count - before, result

    def list_queries(self, user, model, spec, domain, limit=500):
        """``(queries, rows)`` of the list of ``model`` that ``user`` opens."""
        records = self.env[model].with_user(user)
        records.env.invalidate_all()
        queries, result = self.count_queries(
            records.web_search_read, domain, spec, limit=limit
        )
        return queries, result["length"]

    def warm_list_queries(self, user, model, spec, domain, limit=500):
        """``list_queries`` of a list read once before (to warm the caches of
        rules, views and translations)."""
        self.list_queries(user, model, spec, domain, limit)
        return self.list_queries(user, model, spec, domain, limit)

    def assertListQueriesConstant(self, user, model, spec, small, big, limit=500):
        """``user``'s list of the ``big`` records costs the queries of the list
        of the ``small`` ones (listed once before, to warm the caches), and
        each list shows all its records.  Returns the number of queries."""
        few, n_few = self.warm_list_queries(
            user, model, spec, [("id", "in", small.ids)], limit
        )
        many, n_many = self.list_queries(
            user, model, spec, [("id", "in", big.ids)], limit
        )
        self.assertEqual((n_few, n_many), (len(small), len(big)))
        self.assertEqual(few, many)
        return few

    def page_queries(self, url):
        """``(queries, response)`` of a second GET of ``url`` (an ``HttpCase``):
        the first one warms the caches."""
        self.url_open(url)
        self.env.flush_all()
        queries, response = self.count_queries(self.url_open, url)
        self.assertEqual(response.status_code, 200)
        return queries, response

    # ---- Assertions ----
    @contextmanager
    def assertRaisesText(self, exception, text):
        """assertRaises (which rolls back what the failed call did) + message."""
        with self.assertRaises(exception) as catcher:
            yield catcher
        self.assertIn(text, str(catcher.exception))


class LiaisonHttpCase(LiaisonFixtures, HttpCase):
    """An ``HttpCase`` without mail, with the helpers of portal pages."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._disable_mail()

    def _get(self, url):
        return self.url_open(url, allow_redirects=False)

    def _post(self, url, files=None, **values):
        """A form posted with the session's CSRF token."""
        data = {"csrf_token": http.Request.csrf_token(self), **values}
        return self.url_open(url, data=data, files=files, allow_redirects=False)

    def assertPageQueriesConstant(self, url, grow):
        """``url`` costs as many queries after ``grow()`` added records as
        before.  Returns both counts."""
        before = self.page_queries(url)[0]
        grow()
        after = self.page_queries(url)[0]
        self.assertEqual(before, after)
        return before, after

    def _assert_refused(self, response):
        """A refused or missing record is a page that says so (403 / 404)."""
        self.assertIn(response.status_code, (403, 404), response.url)
        self.assertIn("o_liaison_refused", response.text)


class LiaisonTourCase(LiaisonHttpCase):
    """Screens in a browser: one county with a department, its users in
    English with Odoo's onboarding tours off, an officer and an enterprise."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.county = cls._region("Home County", "HOME")
        cls.department = cls._department("Home Department", "HD", cls.county)

    @classmethod
    def _tour_user(cls, login, group, department=None):
        return cls._user(
            login, group, cls.county, department, tour_enabled=False, lang="en_US"
        )

    @classmethod
    def _home_officer(cls, user):
        """The county's liaison officer, logged in as ``user``."""
        return cls._active_officer(
            "Home Officer",
            cls.county,
            cls.department,
            user,
            officer_type="liaison_officer",
            work_years=5,
        )

    @classmethod
    def _home_issue(cls, name, issue_type, stage, **vals):
        """An issue of ``cls.enterprise`` in the county followed by
        ``cls.officer``, of the type and in the stage named by their xmlid
        suffix; written as the system (sudo): the fixtures skip the workflow."""
        xmlid = "liaison_service.liaison_issue_{}_{}".format
        return (
            cls.env["liaison.issue"]
            .sudo()
            .create(
                {
                    "name": name,
                    "partner_id": cls.enterprise.id,
                    "region_id": cls.county.id,
                    "type_id": cls.env.ref(xmlid("type", issue_type)).id,
                    "officer_id": cls.officer.id,
                    "stage_id": cls.env.ref(xmlid("stage", stage)).id,
                    **vals,
                }
            )
        )


class LiaisonCommon(LiaisonFixtures, TransactionCase):
    """A city with two counties, departments in each, one user per role."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._disable_mail()
        cls.city = cls._region("Test City", "T1", "city")
        cls.county_a = cls._region("County A", "A", parent=cls.city)
        cls.township_a = cls._region("Township A1", "A1", "township", cls.county_a)
        cls.county_b = cls._region("County B", "B", parent=cls.city)
        cls.township_b = cls._region("Township B1", "B1", "township", cls.county_b)
        cls.dept_city = cls._department(
            "City Development Commission", "C-DRC", cls.city
        )
        cls.dept_a = cls._department("County A Land Bureau", "A-LAND", cls.county_a)
        cls.dept_a2 = cls._department(
            "County A Housing Bureau", "A-HOUSE", cls.county_a
        )
        cls.dept_b = cls._department("County B Land Bureau", "B-LAND", cls.county_b)
        cls.user_leader = cls._user("t_leader", "group_leadership", cls.city)
        cls.user_office_a = cls._user("t_office_a", "group_office", cls.county_a)
        cls.user_office_b = cls._user("t_office_b", "group_office", cls.county_b)
        cls.user_officer_a = cls._user("t_officer_a", "group_officer", cls.county_a)
        cls.user_department_a = cls._user(
            "t_dept_a", "group_department", department=cls.dept_a
        )
        cls.user_portal = new_test_user(
            cls.env, login="t_portal", groups="base.group_portal"
        )
        cls.user_internal = new_test_user(
            cls.env, login="t_internal", groups="base.group_user"
        )

    def assertCountyJurisdiction(self, visible, records_a, record_b):
        """County A's office sees ``records_a`` (``visible(user)``: what a user
        sees of the test's records), county B's office ``record_b``; county
        A's office can neither read ``record_b`` nor move the first record of
        ``records_a`` (in township A1) to county B."""
        self.assertEqual(visible(self.user_office_a), records_a)
        self.assertEqual(visible(self.user_office_b), record_b)
        with self.assertRaises(AccessError):
            record_b.with_user(self.user_office_a).read(["name"])
        with self.assertRaises(AccessError):
            records_a[0].with_user(self.user_office_a).region_id = self.county_b
        self.assertEqual(records_a[0].region_id, self.township_a)
