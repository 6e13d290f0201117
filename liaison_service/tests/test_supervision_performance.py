# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from odoo.tests import tagged

from .test_issue_common import SupervisionCommon


class Crash(Exception):
    """The worker dies in the middle of a batch."""


@tagged("post_install", "-at_install")
class TestSupervisionScale(SupervisionCommon):
    """The daily ladder is set-based, idempotent and resumes after a crash."""

    def _assignments(self, count, deadline="2025-09-05", sent_on="2025-08-27"):
        """``count`` open assignments of issue A with the same dates."""
        first = self.Assignment.sudo().search_count([])
        return self.Assignment.sudo().create(
            [
                {
                    "name": f"督办测试〔2025〕{first + n}号",
                    "issue_id": self.issue_a.id,
                    "lead_department_id": self.dept_a.id,
                    "date_assigned": sent_on,
                    "deadline": deadline,
                    "state": "signed",
                    "sent_on": sent_on,
                    "signed_on": sent_on,
                }
                for n in range(count)
            ]
        )

    def _snapshot(self, records):
        """{(model, id, step, date, note)} of the steps of ``records``, and the
        number of chatter logs of each (record, step)."""
        field = "assignment_id" if records._name == "liaison.assignment" else "issue_id"
        steps = self.Step.search([(field, "in", records.ids)])
        rows = [(s[field].id, s.step, s.date, s.note) for s in steps]
        self.assertEqual(len(rows), len({row[:2] for row in rows}), "duplicates")
        logs = self.env["mail.message"].search(
            [("model", "=", records._name), ("res_id", "in", records.ids)]
        )
        per_note = {}
        for message in logs:
            for row in rows:
                if row[0] == message.res_id and row[3] in (message.body or ""):
                    per_note[row[:2]] = per_note.get(row[:2], 0) + 1
        return set(rows), per_note

    def test_query_count_does_not_grow(self):
        """A run creating the steps of 500 records costs the queries of 10."""
        # Warm the caches (translations, xml ids) with a first set.
        self._assignments(3, deadline="2025-10-10")
        self._run("2025-10-30")
        counts = []
        for size in (10, 500):
            records = self._assignments(size, deadline="2025-10-10")
            self.env.flush_all()
            self.env.invalidate_all()
            queries, steps = self.count_queries(self._run, "2025-10-30")
            counts.append(queries)
            self.assertEqual(len(steps), 4 * size)
            self.assertEqual(set(steps.assignment_id.ids), set(records.ids))
            self.assertEqual(set(records.mapped("supervision_colour")), {"red"})
        self.assertEqual(counts[0], counts[1], counts)
        # The next run finds everything in place: no step, few queries.
        self.env.invalidate_all()
        queries, steps = self.count_queries(self._run, "2025-10-30")
        self.assertFalse(steps)
        self.assertLess(queries, 10)

    def test_twice_same_steps(self):
        """Two runs the same day: the second adds nothing and logs nothing."""
        records = self._assignments(12)
        first = self._run("2025-09-22")
        self.assertEqual(len(first), 4 * 12)
        snapshot = self._snapshot(records)
        self.assertFalse(self._run("2025-09-22"))
        self.assertEqual(self._snapshot(records), snapshot)
        self.assertEqual(set(snapshot[1].values()), {1})

    def test_resume_after_crash(self):
        """Killed after its first committed batch, then crashing in the middle
        of the next one, the job ends with the same steps as a clean run."""
        records = self._assignments(30) | self._assignments(
            20, deadline="2025-09-12", sent_on="2025-09-01"
        )
        issue = self._accept(self.issue_a2, "2025-09-01")
        today = date(2025, 9, 30)
        # A clean run, rolled back: the reference.
        try:
            with self.env.cr.savepoint():
                self._run(today)
                reference = self._snapshot(records)
                issue_reference = self._snapshot(issue)
                raise Crash
        except Crash:
            self.env.invalidate_all()
        self.assertFalse(self.Step.search([("assignment_id", "in", records.ids)]))
        self.assertEqual(len(reference[0]), 50 * 4)
        # The worker is killed after committing its first batch of 20 records.
        first = self.Assignment._run_supervision_ladder(
            today, batch_size=20, progress=lambda done, remaining: False
        )
        self.assertEqual(len(set(first.assignment_id.ids)), 20)

        # The next run dies in the middle of its second batch: rolled back.
        calls = []

        def die_on_second_batch(done, remaining):
            calls.append(done)
            if len(calls) == 2:
                raise Crash
            return True

        try:
            with self.env.cr.savepoint():
                self.Assignment._run_supervision_ladder(
                    today, batch_size=20, progress=die_on_second_batch
                )
        except Crash:
            self.env.invalidate_all()
        self.assertEqual(
            len(self.Step.search([("assignment_id", "in", records.ids)])), 20 * 4
        )
        # The scheduler runs it again: it completes what is missing.
        self._run(today)
        self.assertEqual(self._snapshot(records), reference)
        self.assertEqual(self._snapshot(issue), issue_reference)
        self.assertEqual(set(reference[1].values()), {1})
        self.assertFalse(self._run(today))
        # Each escalated record named once to the leader, in two notifications
        # (the committed first batch, then the rest).
        notified = self.env["mail.message"].search(
            [
                ("message_type", "=", "user_notification"),
                ("partner_ids", "in", self.user_leader.partner_id.ids),
            ]
        )
        items = [f"<li>{record.display_name}</li>" for record in records]
        notified = notified.filtered(lambda m: any(i in m.body for i in items))
        self.assertEqual(len(notified), 2)
        for item in items:
            self.assertEqual(sum(item in m.body for m in notified), 1, item)
