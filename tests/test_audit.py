"""`checker audit`: the run store, resuming, adding articles, the report; and the batch trap cases under
both `checker check` and `checker audit`."""

from __future__ import annotations

import csv
import json
import re
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from checker.cli import main
from checker.errors import StoreError
from checker.store import MIGRATIONS, Store

HERE = Path(__file__).resolve().parent
BATCHES = HERE / "batches"
SEED_003 = HERE.parent / "examples" / "003_d028d9d8b9cb004c.txt"
TRAP_SETS = [HERE / "traps", HERE / "traps_own"]


def audit(tmp_path: Path, *paths: Path | str, db: Path | None = None, fmt: str = "json",
          extra: tuple[str, ...] = ()) -> tuple[int, Any]:
    out = tmp_path / f"report.{fmt}"
    code = main(["audit", *map(str, paths), "--db", str(db or tmp_path / "audit.sqlite"), "-f", fmt, "-o", str(out),
                 "-q", *extra])
    text = out.read_text(encoding="utf-8")
    return code, json.loads(text) if fmt == "json" else text


def last_run(report: dict[str, Any]) -> dict[str, int]:
    counts: dict[str, int] = report["runs"][-1]["counts"]
    return counts


# --- the trap cases, checked together per case folder --------------------------------------------------


def _batch_cases() -> list[tuple[Path, dict[str, Any]]]:
    out = []
    for root in TRAP_SETS:
        expect = json.loads((root / "expect.json").read_text(encoding="utf-8"))
        out += [(root / "cases" / name, e) for name, e in expect.items() if name.startswith("batch_")]
    return out


def _names(text: str, tokens: list[str]) -> bool:
    return all(re.search(rf"(?<![\d,.]){re.escape(t)}(?![\d,]\d|\d)", text) for t in tokens)


def _meets(expect: dict[str, Any], findings: list[dict[str, Any]]) -> bool:
    found = [f"{f['working']} | {f['message']}" for f in findings if f["verdict"] == "contradiction"]
    if expect["expect"] == "clean":
        return not found
    return all(any(any(_names(f, alt) for alt in req) for f in found) for req in expect["must"])


@pytest.mark.parametrize(("case", "expect"), _batch_cases(), ids=lambda x: x.name if isinstance(x, Path) else "")
def test_batch_trap_case_holds_under_check_and_audit(tmp_path: Path, case: Path, expect: dict[str, Any]) -> None:
    out = tmp_path / "check.json"
    code = main(["check", str(case), "-f", "json", "-o", str(out), "-q"])
    checked = json.loads(out.read_text(encoding="utf-8"))["findings"]
    assert _meets(expect, checked), checked
    assert code == (0 if expect["expect"] == "clean" else 1)
    audit_code, report = audit(tmp_path, case)
    assert _meets(expect, report["findings"]), report["conflicts"]
    assert audit_code == code


# --- cross-article findings through the store ------------------------------------------------------------


def test_audit_reports_the_falling_running_total_naming_both_articles(tmp_path: Path) -> None:
    code, report = audit(tmp_path, BATCHES / "cumulative_falls", SEED_003)
    assert code == 1
    [falls] = [f for f in report["conflicts"] if f["verdict"] == "contradiction"]
    assert "6,722" in falls["working"] and "6,700" in falls["working"]
    assert set(falls["articles"]) == {"a_0305", "b_0306"}
    verdicts = {a["id"]: a["verdict"] for a in report["articles"]}
    assert verdicts["a_0305"] == verdicts["b_0306"] == "contradiction"
    [event] = report["events"]
    assert event["label"] == "agreed in Geneva" and event["verdict"] == "contradiction"
    assert event["running_totals"] and len(event["links"]) >= 3


def test_a_three_day_exchange_is_consistent_across_articles_in_an_audit(tmp_path: Path) -> None:
    code, report = audit(tmp_path, BATCHES / "exchange_three_days")
    assert code == 0
    [event] = report["events"]
    assert event["verdict"] == "consistent" and event["target"] == "1,000"
    assert {f["working"] for f in report["findings"] if f["check"] == "sum" and len(f["articles"]) > 1} >= {
        "390 + 307 = 697", "390 + 307 + 303 = 1,000"}


# --- resuming, adding, changing ---------------------------------------------------------------------------


def test_a_second_audit_extracts_nothing_and_checks_no_event_again(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    audit(tmp_path, BATCHES / "cumulative_falls", db=db)
    _code, report = audit(tmp_path, BATCHES / "cumulative_falls", db=db)
    counts = last_run(report)
    assert (counts["read"], counts["extracted"], counts["cached"]) == (3, 0, 3)
    assert counts["events_checked"] == 0 and counts["events"] == 1


def test_adding_articles_extracts_only_them_and_checks_only_the_events_they_touch(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    audit(tmp_path, BATCHES / "exchange_three_days", db=db)
    _code, report = audit(tmp_path, BATCHES / "cumulative_falls", db=db)
    counts = last_run(report)
    assert (counts["extracted"], counts["cached"]) == (3, 0)
    assert counts["events"] == 2 and counts["events_checked"] == 1
    assert len(report["articles"]) == 6  # the report covers everything the store holds


def test_a_changed_article_is_extracted_again_and_its_event_rechecked(tmp_path: Path) -> None:
    batch = tmp_path / "exchange"
    shutil.copytree(BATCHES / "exchange_three_days", batch)
    db = tmp_path / "a.sqlite"
    assert audit(tmp_path, batch, db=db)[0] == 0
    day1 = batch / "day1.txt"
    day1.write_text(day1.read_text(encoding="utf-8").replace(" 390 ", " 380 "), encoding="utf-8")
    code, report = audit(tmp_path, batch, db=db)
    assert code == 1
    assert (last_run(report)["extracted"], last_run(report)["events_checked"]) == (1, 1)
    assert any("380 + 307 = 687" in f["working"] for f in report["conflicts"])


def test_two_articles_with_one_id_in_a_run_is_an_input_error(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "x", "text": "A 1."}) + "\n" + json.dumps({"id": "x", "text": "B 2."}) + "\n",
                    encoding="utf-8")
    code, report = audit(tmp_path, feed)
    assert code == 2
    [error] = report["input_errors"]
    assert error["item"].endswith("feed.jsonl:2") and "duplicate article id 'x'" in error["problem"]


def test_the_article_limit_flag_applies_in_an_audit(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "small", "text": "3 freed."}) + "\n"
                    + json.dumps({"id": "big", "text": "w " * 3000}) + "\n", encoding="utf-8")
    code, report = audit(tmp_path, feed, extra=("--max-article-bytes", "2KB"))
    assert code == 2 and [a["id"] for a in report["articles"]] == ["small"]
    assert "article too large" in report["input_errors"][0]["problem"]


# --- the store ------------------------------------------------------------------------------------------


def test_migrations_are_named_steps_recorded_in_the_store(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite") as store:
        assert store.migrations == [name for name, _sql in MIGRATIONS]
        mode = store.db.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_a_store_from_a_newer_checker_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    Store(path).close()
    db = sqlite3.connect(path)
    db.execute("INSERT INTO migrations VALUES ('9999_future', 'x')")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="newer checker"):
        Store(path)


def test_a_second_writer_is_refused_while_an_audit_holds_the_store(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    with Store(path), pytest.raises(StoreError, match="another audit"):
        Store(path)
    Store(path).close()  # released when the first closes


def test_check_without_a_store_writes_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    before = set(tmp_path.iterdir())
    assert main(["check", str(BATCHES / "exchange_three_days"), "-q"]) == 0
    assert set(tmp_path.iterdir()) == before


# --- the report -------------------------------------------------------------------------------------------


def test_markdown_report_puts_cross_article_conflicts_first_and_a_verdict_per_article(tmp_path: Path) -> None:
    _code, text = audit(tmp_path, BATCHES / "cumulative_falls", fmt="markdown")
    sections = re.findall(r"^## (.+)$", text, flags=re.M)
    assert sections[0] == "Cross-article conflicts" and sections[-1] == "Verdict per article"
    assert "6,722 (2026-03-05, a_0305) → 6,700 (2026-03-06, b_0306)" in text
    for article in ("a_0305", "a_0306_moscow", "b_0306"):
        assert re.search(rf"^\| `{article}` \| ", text, flags=re.M)
    assert "Linked because:" in text


def test_csv_of_findings_has_one_row_per_finding_for_spreadsheets(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    _code, report = audit(tmp_path, BATCHES / "cumulative_falls", db=db)
    _code, text = audit(tmp_path, db=db, fmt="csv")
    rows = list(csv.DictReader(text.splitlines()))
    assert len(rows) == len(report["findings"])
    assert rows[0]["verdict"] == "contradiction" and rows[0]["scope"] == "series"
    assert set(rows[0]) == {"scope", "owner", "finding", "check", "verdict", "severity", "articles", "claims",
                            "working", "message", "basis", "evidence"}


def test_check_takes_the_article_limit_flag_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "small", "text": "3 freed."}) + "\n"
                    + json.dumps({"id": "big", "text": "w " * 3000}) + "\n", encoding="utf-8")
    assert main(["check", str(feed), "-q", "--max-article-bytes", "2KB"]) == 2
    assert "feed.jsonl:2: article too large" in capsys.readouterr().err
    assert main(["check", str(feed), "-q"]) == 0


def test_progress_sees_every_article_and_the_events_checked(tmp_path: Path) -> None:
    from checker.audit import AuditCounts, AuditOptions, Auditor
    from checker.extract.rules import RuleExtractor
    from checker.inputs import load

    seen: list[AuditCounts] = []
    with Store(tmp_path / "s.sqlite") as store:
        auditor = Auditor(store, RuleExtractor(), AuditOptions(), progress=lambda c: seen.append(
            AuditCounts(**{k: v for k, v in c.as_dict().items()})))
        auditor.run(load([BATCHES / "exchange_three_days"], unique_ids=False))
    assert [c.done for c in seen[:3]] == [1, 2, 3]
    assert seen[-1].events_checked == 1 and seen[-1].failed == 0


def test_a_store_written_before_event_marks_reads_them_from_the_text(tmp_path: Path) -> None:
    import sqlite3

    from checker.store import Store, pack_payload, unpack_payload

    db = tmp_path / "old.sqlite"
    audit(tmp_path, BATCHES / "exchange_three_days", db=db)
    con = sqlite3.connect(db)
    [(aid, blob)] = con.execute("SELECT article_id, payload FROM extractions WHERE article_id = 'day1'").fetchall()
    p = unpack_payload(blob)
    assert p.facts.event_marks
    old = pack_payload(p.claims, p.relations, p.facts.model_copy(update={"event_marks": None}), p.ungrounded,
                       p.rejected)
    con.execute("UPDATE extractions SET payload = ? WHERE article_id = ?", (old, aid))
    con.commit()
    con.close()
    with Store(db, write=False) as store:
        assert unpack_payload(old).facts.event_marks is None
        doc = store.doc(aid)
        assert doc is not None and doc.facts.event_marks == p.facts.event_marks
