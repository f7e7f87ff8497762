"""The CLI end to end: exit codes, formats, bad input, the JSON contract."""

from __future__ import annotations

import json
import subprocess
import sys

from checker.cli import main
from tests.helpers import SEEDS, seed


def test_examples_are_clean_exit_0(capsys):
    assert main(["check", str(SEEDS)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Consistency report") and "390 + 307 = 697" in out


def test_json_contract(tmp_path, capsys):
    out = tmp_path / "r.json"
    assert main(["check", str(SEEDS), "--format", "json", "--out", str(out)]) == 0
    assert capsys.readouterr().out == ""
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["schema_version"] == "2.0"
    assert {"articles", "findings", "summary", "errors", "extractor"} <= set(doc)
    for art in doc["articles"]:
        assert {"id", "source", "published", "facts", "claims", "relations", "ungrounded", "rejected", "errors",
                "partial"} <= set(art)
        text = (SEEDS / f"{art['id']}.txt").read_text(encoding="utf-8")
        for c in art["claims"]:
            assert {"id", "kind", "value", "quote", "start", "end", "figure", "scope", "side", "date"} <= set(c)
            assert text[c["start"]:c["end"]] == c["quote"]
            assert c["scope"]["basis"] in ("stated", "inferred", "defaulted")
    for f in doc["findings"]:
        assert {"id", "check", "verdict", "severity", "claims", "working", "message", "relation", "basis",
                "evidence"} <= set(f)
    assert doc["summary"]["contradiction"] == 0 and doc["summary"]["consistent"] > 10


def test_published_flag_overrides_and_validates(tmp_path, capsys):
    p = tmp_path / "a.txt"
    p.write_text(seed("000").replace("Friday, May 23", "Friday, May 22"), encoding="utf-8")
    assert main(["check", str(p), "--published", "2025-05-24"]) == 1
    assert "2025-05-22 is a Thursday, not a Friday" in capsys.readouterr().out
    assert main(["check", str(p), "--published", "24/05/2025"]) == 2
    assert "--published" in capsys.readouterr().err


def test_single_bad_file_is_a_one_line_error_exit_2(tmp_path, capsys):
    for name, data in [("empty.txt", b""), ("bin.txt", b"\x00\x01\x02binary"), ("bad.txt", b"caf\xe9 300 people")]:
        p = tmp_path / name
        p.write_bytes(data)
        assert main(["check", str(p)]) == 2
        err = capsys.readouterr().err
        assert name in err and "Traceback" not in err


def test_missing_path_exit_2(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nope.txt")]) == 2
    assert "nope.txt" in capsys.readouterr().err


def test_batch_with_bad_items_still_checks_the_rest(tmp_path, capsys):
    (tmp_path / "good.txt").write_text(seed("000"), encoding="utf-8")
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(
        json.dumps({"id": "j1", "text": "On Friday, May 23, 390 Ukrainians were released.",
                    "published": "2025-05-24"}) + "\n{not json\n"
        + json.dumps({"id": "j2", "text": "No figures here at all."}) + "\n", encoding="utf-8")
    assert main(["check", str(tmp_path), "--format", "json"]) == 2
    captured = capsys.readouterr()
    doc = json.loads(captured.out)
    assert {a["id"] for a in doc["articles"]} == {"good", "j1", "j2"}
    assert len(doc["errors"]) == 2
    assert any("c.jsonl:2" in e["item"] for e in doc["errors"])
    assert "390 + 307 = 697" in json.dumps(doc["findings"], ensure_ascii=False)
    assert "empty.txt" in captured.err and "c.jsonl:2" in captured.err


def test_article_without_numbers_is_not_an_error(tmp_path, capsys):
    p = tmp_path / "calm.txt"
    p.write_text("The talks continued in a constructive atmosphere, officials said.", encoding="utf-8")
    assert main(["check", str(p)]) == 0
    assert "0 claims" in capsys.readouterr().out


def test_python_dash_m_entry_point_runs():
    r = subprocess.run([sys.executable, "-m", "checker", "check", str(SEEDS), "--format", "json"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["summary"]["contradiction"] == 0
