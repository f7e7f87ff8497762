"""Tests for checker.inputs: every bad item becomes one named InputError, good items still load."""

from __future__ import annotations

import codecs
import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from checker.claims import Article
from checker.errors import InputError
from checker.inputs import JSON_DOCUMENT_BYTES, MAX_BYTES, SUPPORTED, load

SEED = Path(__file__).resolve().parent.parent / "examples" / "003_d028d9d8b9cb004c.txt"


def run(paths: Sequence[str | Path], published: dt.date | None = None) -> list[Article | InputError]:
    return list(load(paths, published=published))


def articles(results: list[Article | InputError]) -> list[Article]:
    return [r for r in results if isinstance(r, Article)]


def errors(results: list[Article | InputError]) -> list[InputError]:
    return [r for r in results if isinstance(r, InputError)]


def only_error(results: list[Article | InputError]) -> InputError:
    assert len(results) == 1, results
    assert isinstance(results[0], InputError), results
    return results[0]


def only_article(results: list[Article | InputError]) -> Article:
    assert len(results) == 1, results
    assert isinstance(results[0], Article), results
    return results[0]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_bytes(content.encode("utf-8"))
    else:
        path.write_bytes(content)
    return path


def jsonl(*records: Any) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def test_public_constants() -> None:
    assert MAX_BYTES == 10 * 1024 * 1024
    assert {".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".csv"} == SUPPORTED


# --- plain text ---------------------------------------------------------------------------------


def test_txt_file_is_one_article_with_stem_id_and_source_as_given(tmp_path: Path) -> None:
    path = write(tmp_path / "story-1.txt", "Ukraine freed 300 prisoners.\n\nMore text.\n")
    article = only_article(run([str(path)]))
    assert article.id == "story-1"
    assert article.text == "Ukraine freed 300 prisoners.\n\nMore text.\n"
    assert article.source == str(path)
    assert article.published is None and article.published_basis is None


def test_md_file_is_read_like_txt(tmp_path: Path) -> None:
    article = only_article(run([write(tmp_path / "note.md", "# Title\n\nSome **text**.\n")]))
    assert (article.id, article.text) == ("note", "# Title\n\nSome **text**.\n")


def test_seed_date_line_sets_published_and_keeps_text_unchanged(tmp_path: Path) -> None:
    original = SEED.read_bytes().decode("utf-8")
    assert original.startswith(" date 2026-03-06 Ukraine has")
    path = write(tmp_path / SEED.name, original)
    article = only_article(run([path]))
    assert article.published == dt.date(2026, 3, 6)
    assert article.published_basis == "date line"
    assert article.text == original
    assert article.id == SEED.stem


def test_date_line_on_its_own_line_after_blank_lines(tmp_path: Path) -> None:
    text = "\n\n  date 2025-05-23\nOn Friday 390 people were freed.\n"
    article = only_article(run([write(tmp_path / "a.txt", text)]))
    assert article.published == dt.date(2025, 5, 23)
    assert article.text == text


def test_date_token_later_in_text_is_not_a_date_line(tmp_path: Path) -> None:
    text = "Ukraine freed 300.\ndate 2026-03-06\n"
    assert only_article(run([write(tmp_path / "a.txt", text)])).published is None


def test_invalid_date_on_date_line_is_an_error(tmp_path: Path) -> None:
    error = only_error(run([write(tmp_path / "bad-date.txt", "date 2026-02-30 Text.\n")]))
    assert "bad-date.txt" in str(error) and "2026-02-30" in error.problem


def test_utf8_bom_is_stripped_and_crlf_kept(tmp_path: Path) -> None:
    path = write(tmp_path / "bom.txt", codecs.BOM_UTF8 + b"date 2026-03-06\r\nLine two\r\n")
    article = only_article(run([path]))
    assert article.text == "date 2026-03-06\r\nLine two\r\n"
    assert article.published == dt.date(2026, 3, 6)


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    path = write(tmp_path / "wide.txt", "Kyiv freed 84 people.\n".encode("utf-16"))
    assert only_article(run([path])).text == "Kyiv freed 84 people.\n"


def test_article_without_numbers_is_not_an_error(tmp_path: Path) -> None:
    article = only_article(run([write(tmp_path / "words.txt", "No figures here at all.\n")]))
    assert article.text == "No figures here at all.\n"


# --- bad files ----------------------------------------------------------------------------------


def test_empty_file_is_an_error(tmp_path: Path) -> None:
    error = only_error(run([write(tmp_path / "empty.txt", b"")]))
    assert str(error) == f"{tmp_path / 'empty.txt'}: empty file"


def test_file_with_only_a_bom_is_empty(tmp_path: Path) -> None:
    assert only_error(run([write(tmp_path / "bom.txt", codecs.BOM_UTF8)])).problem == "empty file"


def test_whitespace_only_file_is_an_error(tmp_path: Path) -> None:
    error = only_error(run([write(tmp_path / "blank.txt", " \n\t\r\n  ")]))
    assert error.problem == "no text (whitespace only)"


def test_file_with_nul_bytes_is_binary(tmp_path: Path) -> None:
    error = only_error(run([write(tmp_path / "blob.txt", b"PK\x03\x04\x00\x00abc" * 10)]))
    assert error.problem == "binary file, not text"


def test_file_mostly_control_characters_is_binary(tmp_path: Path) -> None:
    error = only_error(run([write(tmp_path / "ctl.txt", b"\x01\x02\x1b\x7f" * 40 + b"text" * 40)]))
    assert error.problem == "binary file, not text"


def test_few_control_characters_are_still_text(tmp_path: Path) -> None:
    only_article(run([write(tmp_path / "ok.txt", b"\x1b[1mBold\x1b[0m and a long plain sentence here.")]))


def test_invalid_utf8_reports_byte_offset(tmp_path: Path) -> None:
    error = only_error(run([write(tmp_path / "bad.txt", b"abc\xffdef")]))
    assert error.problem == "not valid UTF-8 at byte 3"


def test_invalid_utf8_offset_counts_the_bom(tmp_path: Path) -> None:
    error = only_error(run([write(tmp_path / "bad.txt", codecs.BOM_UTF8 + b"ab\xc3(")]))
    assert error.problem == "not valid UTF-8 at byte 5"


def test_latin1_is_not_guessed(tmp_path: Path) -> None:
    error = only_error(run([write(tmp_path / "latin.txt", "Café 12".encode("latin-1"))]))
    assert error.problem.startswith("not valid UTF-8 at byte")


def test_file_at_or_over_size_limit_is_rejected_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(11 * 1024 * 1024)
    exact = tmp_path / "exact.txt"
    with exact.open("wb") as f:
        f.truncate(MAX_BYTES)

    def no_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"{self} was opened")

    monkeypatch.setattr(Path, "open", no_open)
    huge_error, exact_error = errors(run([huge, exact]))
    assert str(huge_error) == f"{huge}: file too large (11.0 MB, limit 10 MB)"
    assert exact_error.problem == "file too large (10.0 MB, limit 10 MB)"


def test_unreadable_file_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "secret.txt", "Text 1.\n")
    real_open = Path.open

    def deny(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
    error = only_error(run([path]))
    assert "secret.txt" in str(error) and "permission denied" in error.problem


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    error = only_error(run([missing]))
    assert str(error) == f"{missing}: no such file or directory"


def test_unsupported_suffix_named_explicitly_is_an_error(tmp_path: Path) -> None:
    error = only_error(run([write(tmp_path / "report.pdf", "text")]))
    assert "report.pdf" in str(error) and "unsupported file type '.pdf'" in error.problem


def test_suffix_match_ignores_case(tmp_path: Path) -> None:
    assert only_article(run([write(tmp_path / "LOUD.TXT", "Text.")])).id == "LOUD"


# --- directories --------------------------------------------------------------------------------


def test_directory_yields_good_articles_and_named_errors(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    write(folder / "a_good.txt", "Ukraine freed 300 prisoners.")
    write(folder / "b_empty.txt", b"")
    write(folder / "c_binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write(
        folder / "d_lines.jsonl",
        jsonl({"id": "j1", "text": "First 10."}, "{not json", {"id": "j3", "text": "Third 30."}),
    )
    write(folder / "image.png", b"\x89PNG\x00")  # unsupported inside a directory: skipped silently

    results = run([folder])

    assert [a.id for a in articles(results)] == ["a_good", "j1", "j3"]
    errs = errors(results)
    assert [e.item for e in errs] == [
        str(folder / "b_empty.txt"),
        str(folder / "c_binary.txt"),
        f"{folder / 'd_lines.jsonl'}:2",
    ]
    assert "b_empty.txt" in str(errs[0]) and "empty file" in str(errs[0])
    assert "c_binary.txt" in str(errs[1]) and "binary" in str(errs[1])
    assert "d_lines.jsonl:2" in str(errs[2]) and "invalid JSON" in str(errs[2])
    assert [type(r).__name__ for r in results] == ["Article", "InputError", "InputError"] + [
        "Article",
        "InputError",
        "Article",
    ]


def test_directory_is_recursive_and_sorted_by_path(tmp_path: Path) -> None:
    write(tmp_path / "z.txt", "Z text.")
    write(tmp_path / "sub" / "b.md", "B text.")
    write(tmp_path / "sub" / "a.txt", "A text.")
    write(tmp_path / "sub" / "notes.docx", "skipped")
    results = run([tmp_path])
    assert [a.id for a in articles(results)] == ["sub/a", "sub/b", "z"]  # ids: paths under the folder named
    assert not errors(results)
    assert articles(results)[0].source == str(tmp_path / "sub" / "a.txt")


def test_directory_without_supported_files_is_an_error(tmp_path: Path) -> None:
    write(tmp_path / "readme.rst", "nothing to check")
    assert "no supported files" in only_error(run([tmp_path])).problem


def test_paths_keep_the_order_given(tmp_path: Path) -> None:
    b = write(tmp_path / "b.txt", "B.")
    a = write(tmp_path / "a.txt", "A.")
    assert [r.id for r in articles(run([b, a]))] == ["b", "a"]


def test_same_file_reached_twice_is_read_once(tmp_path: Path) -> None:
    path = write(tmp_path / "one.txt", "Once.")
    assert only_article(run([path, tmp_path])).id == "one"


# --- HTML ---------------------------------------------------------------------------------------


PAGE = """<!doctype html>
<html><head>
<title>Swap</title>
<meta property="article:published_time" content="2025-05-24T18:30:00+03:00">
<link rel="canonical" href="https://example.com/news/swap">
<script>var tracking = 999;</script><style>p { color: red }</style>
</head><body>
<header><h1>Site name 24/7</h1></header>
<nav><a href="/">Home</a> <a href="/top10">Top 10</a></nav>
<article>
  <p>Ukraine and Russia exchanged <b>307</b>
     prisoners on Saturday.</p>
  <aside>Related: 5 things to know</aside>
  <p>On Friday, 390 people&nbsp;were freed.<br>Line two.</p>
  <ul><li>first</li><li>second</li></ul>
  <script>console.log(42)</script>
</article>
<footer>(c) 2025</footer>
</body></html>
"""


def test_html_main_text_from_article_with_meta_date_and_canonical_url(tmp_path: Path) -> None:
    article = only_article(run([write(tmp_path / "swap.html", PAGE)]))
    assert article.id == "swap"
    assert article.text == (
        "Ukraine and Russia exchanged 307 prisoners on Saturday.\n\n"
        "On Friday, 390 people were freed.\nLine two.\n\nfirst\n\nsecond"  # &nbsp; folds to a space
    )
    assert article.published == dt.date(2025, 5, 24)
    assert article.published_basis == "html meta"
    assert article.url == "https://example.com/news/swap"


def test_html_without_article_uses_body_time_and_og_url(tmp_path: Path) -> None:
    page = """<html><head><meta property="og:url" content="https://example.com/x"></head>
    <body><nav>Menu</nav><div>Posted <time datetime="2026-03-06">March 6</time></div>
    <div><p>300 were freed.</p></div><footer>Footer</footer></body></html>"""
    article = only_article(run([write(tmp_path / "x.htm", page)]))
    assert article.text == "Posted March 6\n\n300 were freed."
    assert article.published == dt.date(2026, 3, 6)
    assert article.url == "https://example.com/x"


def test_html_without_dates_or_urls_leaves_them_empty(tmp_path: Path) -> None:
    article = only_article(run([write(tmp_path / "plain.html", "<p>Just 1 line.</p>")]))
    assert (article.text, article.published, article.url) == ("Just 1 line.", None, None)


def test_html_with_no_main_text_is_an_error(tmp_path: Path) -> None:
    page = "<html><body><nav>Home</nav><script>x=1</script></body></html>"
    error = only_error(run([write(tmp_path / "shell.html", page)]))
    assert "shell.html" in str(error) and "no text" in error.problem


# --- JSON lines ---------------------------------------------------------------------------------


def test_jsonl_records_map_to_articles(tmp_path: Path) -> None:
    path = write(
        tmp_path / "feed.jsonl",
        jsonl(
            {"id": "a", "text": "Text 1.", "published": "2026-03-06", "url": "https://e.com/a",
             "source": "Kyiv Independent"},
            {"id": 7, "text": "Text 2.", "published": "2026-03-07T23:10:00+02:00"},
        )
        + "\n\n"
        + jsonl({"id": "c", "text": "Text 3."}),
    )
    a, b, c = articles(run([path]))
    assert (a.id, a.text, a.published) == ("a", "Text 1.", dt.date(2026, 3, 6))
    assert a.published_basis == "record field"
    assert (a.url, a.outlet, a.source) == ("https://e.com/a", "Kyiv Independent", f"{path}:1")
    assert (b.id, b.published, b.url, b.outlet) == ("7", dt.date(2026, 3, 7), None, None)
    assert c.source == f"{path}:5"  # blank lines are skipped but still counted


def test_jsonl_crlf_lines_load(tmp_path: Path) -> None:
    path = write(tmp_path / "win.jsonl", '{"id": "a", "text": "A 1."}\r\n{"id": "b", "text": "B 2."}\r\n')
    assert [a.id for a in articles(run([path]))] == ["a", "b"]


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ('{"id": "x", "text": ', "invalid JSON"),
        ('["x", "text"]', "expected a JSON object, got array"),
        ('{"text": "T."}', "missing 'id'"),
        ('{"id": "", "text": "T."}', "empty 'id'"),
        ('{"id": "  ", "text": "T."}', "empty 'id'"),
        ('{"id": 1.5, "text": "T."}', "'id' must be a string or integer"),
        ('{"id": true, "text": "T."}', "'id' must be a string or integer"),
        ('{"id": "x"}', "missing 'text'"),
        ('{"id": "x", "text": ""}', "empty 'text'"),
        ('{"id": "x", "text": " \\n\\t "}', "no text (whitespace only)"),
        ('{"id": "x", "text": 5}', "'text' must be a string"),
        ('{"id": "x", "text": "T.", "published": "06/03/2026"}', "bad 'published' date"),
        ('{"id": "x", "text": "T.", "published": "2026-02-30"}', "bad 'published' date"),
        ('{"id": "x", "text": "T.", "url": 3}', "'url' must be a string"),
    ],
)
def test_jsonl_malformed_line_is_an_error_and_other_lines_load(
    tmp_path: Path, line: str, problem: str
) -> None:
    path = write(
        tmp_path / "mixed.jsonl",
        jsonl({"id": "before", "text": "B 1."}, line, {"id": "after", "text": "A 2."}),
    )
    results = run([path])
    assert [a.id for a in articles(results)] == ["before", "after"]
    [error] = errors(results)
    assert error.item == f"{path}:2"
    assert problem in error.problem
    assert "\n" not in str(error)


# --- JSON ---------------------------------------------------------------------------------------


def test_json_list_of_records(tmp_path: Path) -> None:
    path = write(tmp_path / "list.json", json.dumps([{"id": 1, "text": "One."}, {"id": "2", "text": "Two."}]))
    results = run([path])
    assert [(a.id, a.source) for a in articles(results)] == [("1", f"{path}[0]"), ("2", f"{path}[1]")]


def test_json_articles_object_with_bad_item_named_by_index(tmp_path: Path) -> None:
    data = {"articles": [{"id": "a", "text": "A."}, {"id": "b", "text": "  "}, {"id": "c", "text": "C."}]}
    path = write(tmp_path / "obj.json", json.dumps(data))
    results = run([path])
    assert [a.id for a in articles(results)] == ["a", "c"]
    [error] = errors(results)
    assert str(error) == f"{path}[1]: no text (whitespace only)"


def test_malformed_json_is_one_error_for_the_file(tmp_path: Path) -> None:
    path = write(tmp_path / "broken.json", '[{"id": "a", "text": "A."},\n {"id": ')
    error = only_error(run([path]))
    assert error.item == str(path)
    assert error.problem.startswith("invalid JSON:") and "line 2" in error.problem


@pytest.mark.parametrize("content", ['{"items": []}', '"just a string"', '{"articles": 3}'])
def test_json_of_wrong_shape_is_an_error(tmp_path: Path, content: str) -> None:
    assert "expected a JSON list" in only_error(run([write(tmp_path / "shape.json", content)])).problem


def test_json_with_no_articles_is_an_error(tmp_path: Path) -> None:
    assert only_error(run([write(tmp_path / "none.json", "[]")])).problem == "no articles in file"


# --- CSV ----------------------------------------------------------------------------------------


def test_csv_with_quoted_multiline_text(tmp_path: Path) -> None:
    content = (
        'id,text,published,source\r\n'
        'a,"First para, 300 freed.\r\n\r\nSecond ""quoted"" para.",2026-03-06,Ukrinform\r\n'
        'b,Plain 5.,,\r\n'
    )
    path = write(tmp_path / "table.csv", content)
    a, b = articles(run([path]))
    assert a.text == 'First para, 300 freed.\r\n\r\nSecond "quoted" para.'
    assert (a.published, a.outlet, a.source) == (dt.date(2026, 3, 6), "Ukrinform", f"{path}:row 2")
    assert (b.id, b.text, b.published, b.outlet, b.source) == ("b", "Plain 5.", None, None, f"{path}:row 3")


def test_csv_bad_rows_are_named_by_row_number(tmp_path: Path) -> None:
    content = 'ID, Text\n,Missing id.\nok,Fine 1.\nx,"   "\ny,extra,field\n'
    path = write(tmp_path / "rows.csv", content)
    results = run([path])
    assert [a.id for a in articles(results)] == ["ok"]
    assert [str(e) for e in errors(results)] == [
        f"{path}:row 2: empty 'id'",
        f"{path}:row 4: no text (whitespace only)",
        f"{path}:row 5: row has 3 fields but the header has 2",
    ]


def test_csv_without_id_and_text_columns_is_an_error(tmp_path: Path) -> None:
    error = only_error(run([write(tmp_path / "head.csv", "title,body\nA,B\n")]))
    assert "head.csv" in str(error) and "id, text" in error.problem


def test_csv_with_header_only_is_an_error(tmp_path: Path) -> None:
    assert only_error(run([write(tmp_path / "hdr.csv", "id,text\n")])).problem == "no articles in file"


def test_csv_text_longer_than_default_field_limit_loads(tmp_path: Path) -> None:
    long_text = "x " * 100_000
    article = only_article(run([write(tmp_path / "long.csv", f'id,text\nbig,"{long_text}"\n')]))
    assert article.text == long_text


# --- across files -------------------------------------------------------------------------------


def test_duplicate_id_across_files_is_an_error_and_not_yielded(tmp_path: Path) -> None:
    first = write(tmp_path / "a" / "same.txt", "First 1.")
    second = write(tmp_path / "b" / "same.txt", "Second 2.")
    feed = write(tmp_path / "feed.jsonl", jsonl({"id": "same", "text": "Third 3."}))
    results = run([first, second, feed])
    [article] = articles(results)
    assert article.text == "First 1."
    assert [str(e) for e in errors(results)] == [
        f"{second}: duplicate article id 'same', first seen in {first}",
        f"{feed}:1: duplicate article id 'same', first seen in {first}",
    ]


def test_published_argument_overrides_every_file_date(tmp_path: Path) -> None:
    paths = [
        write(tmp_path / "dated.txt", "date 2026-03-06 Text 1."),
        write(tmp_path / "undated.txt", "Text 2."),
        write(tmp_path / "page.html", PAGE),
        write(tmp_path / "feed.jsonl", jsonl({"id": "j", "text": "T 3.", "published": "2020-01-01"})),
    ]
    flag = dt.date(2025, 1, 2)
    results = run(paths, published=flag)
    assert len(articles(results)) == 4 and not errors(results)
    for article in articles(results):
        assert (article.published, article.published_basis) == (flag, "--published")


def test_published_argument_accepts_a_datetime(tmp_path: Path) -> None:
    article = only_article(run([write(tmp_path / "a.txt", "T.")], published=dt.datetime(2025, 1, 2, 9, 0)))
    assert article.published == dt.date(2025, 1, 2)


def test_load_is_a_lazy_iterator(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "A.")
    iterator = load([tmp_path])
    assert iter(iterator) is iterator
    assert isinstance(next(iterator), Article)



# --- ids from paths, limits per article, streamed collections ------------------------------------


def test_same_file_name_in_two_dated_folders_is_two_articles(tmp_path: Path) -> None:
    write(tmp_path / "dir" / "2025-06-13" / "article.txt", "Day one: 390 freed.")
    write(tmp_path / "dir" / "2025-06-14" / "article.txt", "Day two: 307 freed.")
    results = run([tmp_path / "dir"])
    assert [a.id for a in articles(results)] == ["2025-06-13/article", "2025-06-14/article"]
    assert not errors(results)


def test_a_file_named_itself_keeps_its_stem_as_id(tmp_path: Path) -> None:
    path = write(tmp_path / "dir" / "2025-06-13" / "article.txt", "Day one: 390 freed.")
    assert only_article(run([path])).id == "article"


def test_jsonl_larger_than_the_article_limit_loads_when_each_record_is_small(tmp_path: Path) -> None:
    limit = 4096
    path = tmp_path / "big.jsonl"
    records = [{"id": f"r{i}", "text": f"Story {i}: {i} people were freed. " + "x" * 200} for i in range(100)]
    write(path, jsonl(*records))
    assert path.stat().st_size > 5 * limit
    results = list(load([path], max_article_bytes=limit))
    assert len(articles(results)) == 100 and not errors(results)


def test_one_record_over_the_article_limit_is_named_and_the_rest_load(tmp_path: Path) -> None:
    limit = 1024
    path = write(tmp_path / "feed.jsonl", jsonl({"id": "a", "text": "A 1."}, {"id": "huge", "text": "y" * 5000},
                                                 {"id": "c", "text": "C 3."}))
    results = list(load([path], max_article_bytes=limit))
    assert [a.id for a in articles(results)] == ["a", "c"]
    [error] = errors(results)
    assert error.item == f"{path}:2" and error.problem.startswith("article too large (5,0")
    assert "limit 1,024 bytes" in error.problem


def test_an_article_file_over_a_raised_limit_flag_is_read(tmp_path: Path) -> None:
    path = write(tmp_path / "long.txt", "z" * 3000 + " 5 freed.")
    assert "too large" in only_error(list(load([path], max_article_bytes=2048))).problem
    assert only_article(list(load([path], max_article_bytes=8192))).id == "long"


def test_json_document_limit_is_separate_from_the_article_limit(tmp_path: Path) -> None:
    assert JSON_DOCUMENT_BYTES >= MAX_BYTES
    records = [{"id": f"j{i}", "text": f"T {i}." + "w" * 300} for i in range(20)]
    path = write(tmp_path / "list.json", json.dumps(records))
    assert len(articles(list(load([path], max_article_bytes=1024)))) == 20


def test_csv_row_over_the_limit_stops_the_file_with_its_row_named(tmp_path: Path) -> None:
    path = write(tmp_path / "rows.csv", 'id,text\na,"A 1."\nb,"' + "q" * 4000 + '"\nc,"C 3."\n')
    results = list(load([path], max_article_bytes=1024))
    assert [a.id for a in articles(results)] == ["a"]
    [error] = errors(results)
    assert error.item == f"{path}:row 3" and "article too large" in error.problem


def test_duplicates_can_be_left_to_the_caller(tmp_path: Path) -> None:
    feed = write(tmp_path / "feed.jsonl", jsonl({"id": "same", "text": "One 1."}, {"id": "same", "text": "Two 2."}))
    assert len(articles(list(load([feed], unique_ids=False)))) == 2
    assert len(errors(list(load([feed])))) == 1
