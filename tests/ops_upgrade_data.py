# Run by tests/test_ops_upgrade.py in ``odoo shell`` with the PREVIOUS
# release's addons: a realistic data set on top of the demo data, made
# through the business methods (signed agreement with its PDF hash, numbered
# notices, issued dispatch, uploaded materials, chatter).
# ruff: noqa: F821 (``env`` is given by odoo shell)
import base64
from datetime import timedelta
import os

from opslib import office_numbering

from odoo import fields

SIGNATURE = base64.b64encode(
    bytes.fromhex(
        "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
        "0000000d4944415478da63f8cfc0f01f0005000201a0a4c3ff0000000049454e44ae426082"
    )
)
today = fields.Date.context_today(env["res.users"])

# The enterprise signs its agreement (the portal passes the rendered PDF).
for agreement in env["liaison.agreement"].search([("state", "=", "sent")]):
    agreement.action_sign(
        SIGNATURE, "刘强", pdf_bytes=b"%PDF-1.4\n% " + agreement.name.encode() + b"\n"
    )

# Numbered assignment notices: approved and sent.
_office, Assignment, issues, department = office_numbering(env)
drafts = Assignment.create(
    [
        {
            "issue_id": issue.id,
            "lead_department_id": department.id,
            "deadline": today + timedelta(days=20 + i),
            "instructions": f"<p>升级测试交办事项 {i}</p>",
        }
        for i, issue in enumerate(list(issues) * 3)
    ]
)
for assignment in drafts:
    assignment.action_approve()
drafts[: len(drafts) // 2].action_send()
Assignment.create(
    {
        "issue_id": issues[0].id,
        "lead_department_id": department.id,
        "deadline": today + timedelta(days=40),
    }
)  # one draft left unnumbered

# Materials uploaded on every project, with chatter.
for project in env["liaison.project"].search([]):
    attachments = env["ir.attachment"].create(
        [
            {
                "name": f"材料{i}.pdf",
                "raw": b"%PDF-1.4\n" + os.urandom(2048),
                "res_model": "liaison.project",
                "res_id": project.id,
            }
            for i in range(3)
        ]
    )
    project.message_post(body="企业上传材料", attachment_ids=attachments.ids)
env.cr.commit()
print(
    "DATA",
    len(drafts),
    env["liaison.agreement"].search_count([("state", "=", "signed")]),
    env["ir.attachment"].search_count([("res_model", "=", "liaison.project")]),
)
