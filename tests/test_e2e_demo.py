"""The README's two commands from a user's side: install, log in, use, rerun."""

import re
import subprocess
import tempfile
import unicodedata

from conftest import RpcError, psql, run_setup
import pytest
import requests

DEMO_LOGINS = [
    "admin",
    "leader",
    "office",
    "office_b",
    "officer",
    "department",
    "enterprise",
    "enterprise_b",
]


def test_install_log_has_no_warning(odoo):
    """Creating the demo database logs no warning (access rules, translations...)."""
    output = odoo.install.stdout + odoo.install.stderr
    bad = [
        line
        for line in output.splitlines()
        if re.search(r" (WARNING|ERROR|CRITICAL) ", line)
    ]
    assert not bad, "\n".join(bad)
    assert "Demo logins" in output


@pytest.mark.parametrize("login", DEMO_LOGINS)
def test_demo_login(odoo, login):
    """Every documented demo login works, in Chinese."""
    session = odoo.session(login)
    assert session.uid
    assert session.user_context["lang"] == "zh_CN"


def _names(odoo, login, model, field="name"):
    session = odoo.session(login)
    return {
        r[field] for r in odoo.call(session, model, "search_read", [], fields=[field])
    }


def test_jurisdiction_over_rpc(odoo):
    """Each county office sees its county only; the city leader sees both."""
    office = _names(odoo, "office", "liaison.region")
    office_b = _names(odoo, "office_b", "liaison.region")
    leader = _names(odoo, "leader", "liaison.region")
    assert office == {"安平县", "城关镇", "石桥镇", "工业园区街道"}
    assert office_b == {"临河区", "河东街道", "柳林镇"}
    assert leader == office | office_b | {"江源市"}
    # A department reads its own and those it shares notices with, in its county.
    department = _names(odoo, "department", "liaison.department")
    assert "安平县自然资源局" in department
    assert not any(name.startswith("临河区") for name in department)
    office_departments = _names(odoo, "office", "liaison.department")
    assert "安平县自然资源局" in office_departments
    assert not any(name.startswith("临河区") for name in office_departments)


def test_other_county_record_refused_by_id(odoo):
    """Asking for a county-B record by id as county-A office is refused."""
    leader = odoo.session("leader")
    ids = odoo.call(leader, "liaison.region", "search", [("name", "=", "临河区")])
    office = odoo.session("office")
    with pytest.raises(RpcError) as error:
        odoo.call(office, "liaison.region", "read", ids, ["name"])
    assert error.value.name == "odoo.exceptions.AccessError"
    with pytest.raises(RpcError):
        odoo.call(office, "liaison.region", "write", ids, {"name": "x"})


def test_menus_per_role(odoo):
    """The web client menus show each role what it may use, in Chinese."""

    def menu_names(login):
        session = odoo.session(login)
        r = session.get(f"{odoo.url}/web/webclient/load_menus/x", timeout=60)
        r.raise_for_status()
        return {m["name"] for m in r.json().values()}

    office = menu_names("office")
    assert {"联络服务", "部门", "属地", "配置"} <= office
    officer = menu_names("officer")
    assert {"联络服务", "部门"} <= officer
    assert "属地" not in officer


def test_portal_user_gets_portal(odoo):
    """An enterprise user lands on the portal, not in the back office."""
    session = odoo.session("enterprise")
    r = session.get(f"{odoo.url}/my", timeout=60)
    assert r.status_code == 200
    assert "政务服务联络员" in r.text
    r = session.get(f"{odoo.url}/odoo", timeout=60)
    assert r.url.rstrip("/").endswith("/my")
    with pytest.raises(RpcError):
        odoo.call(session, "liaison.region", "search_read", [], fields=["name"])


def test_duty_table_pdf(odoo):
    """The office prints the member units' duty table as a Chinese PDF."""
    session = odoo.session("office")
    ids = odoo.call(session, "liaison.department", "search", [])
    r = session.get(
        f"{odoo.url}/report/pdf/liaison_service_reports.report_department_duty/"
        + ",".join(map(str, ids)),
        timeout=300,
    )
    assert r.status_code == 200
    assert r.content.startswith(b"%PDF")
    with tempfile.NamedTemporaryFile(suffix=".pdf") as pdf:
        pdf.write(r.content)
        pdf.flush()
        text = subprocess.run(
            ["pdftotext", "-layout", pdf.name, "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    text = unicodedata.normalize("NFKC", text)
    assert "成员单位职责分工表" in text
    assert "安平县自然资源局" in text


def test_setup_rerun_keeps_data(odoo):
    """Running the first command again updates the addons and loses nothing."""
    session = odoo.session("office")
    county = odoo.call(session, "liaison.region", "search", [("name", "=", "安平县")])
    new_id = odoo.call(
        session,
        "liaison.region",
        "create",
        [
            {
                "name": "新建镇",
                "code": "E2E-1",
                "level": "township",
                "parent_id": county[0],
            }
        ],
    )
    before = psql(odoo.db, "SELECT count(*) FROM liaison_department")
    rerun = run_setup(odoo.db, odoo.port, "--no-serve")
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert psql(odoo.db, f"SELECT name FROM liaison_region WHERE id = {new_id[0]}") == (
        "新建镇"
    )
    assert psql(odoo.db, "SELECT count(*) FROM liaison_department") == before
    # The served instance still answers.
    assert requests.get(f"{odoo.url}/web/health", timeout=30).ok
