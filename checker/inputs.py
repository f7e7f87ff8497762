"""Read article files into `Article`s, turning every bad item into an `InputError` instead of a crash.

One bad file (or one bad line of a .jsonl) must not stop a batch: `load` yields the good articles
and one clear error per bad item, in a stable order, so a run over a folder is reproducible and
the user can see exactly what was skipped and why.

The text of an article is kept exactly as decoded (no newline translation, no stripping of a
date line) because claim offsets refer to it.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from selectolax.lexbor import LexborHTMLParser, LexborNode

from checker.claims import Article
from checker.dates import DATE_LINE
from checker.errors import InputError

MAX_BYTES = 10 * 1024 * 1024  # default per-article limit: an article this size or larger is "enormous"
# A .json file is parsed whole, so it has a document limit of its own (at least the article limit);
# collections larger than this belong in .jsonl or .csv, which are read one record at a time.
JSON_DOCUMENT_BYTES = 100 * 1024 * 1024
SUPPORTED = {".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".csv"}

_SNIFF_BYTES = 8 * 1024
_MAX_CONTROL_RATIO = 0.30
# Bytes that are control characters yet normal in text: tab, LF, form feed, CR.
_TEXT_CONTROLS = frozenset(b"\t\n\x0c\r")
_ISO_DATE_PREFIX = re.compile(r"\d{4}-\d{2}-\d{2}")

_HTML_DROP = frozenset(
    {"script", "style", "nav", "header", "footer", "aside", "noscript", "template", "svg", "iframe"}
)
_HTML_BLOCKS = frozenset(
    {
        "address", "article", "blockquote", "caption", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
        "li", "main", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul",
    }
)
_RECORD_FIELDS = ("id", "text", "published", "url", "source")
_READ_CHUNK = 1024 * 1024  # skipping the rest of an over-long JSONL line, a megabyte at a time
_PARAGRAPH = "\x00"  # sentinels while flattening HTML; NUL never survives the binary check
_LINE = "\x01"


def load(
    paths: Sequence[str | Path], published: dt.date | None = None, *,
    exclude: Callable[[Path], bool] | None = None, stdin: BinaryIO | None = None,
    max_article_bytes: int = MAX_BYTES, unique_ids: bool = True,
) -> Iterator[Article | InputError]:
    """Yield one Article per readable article, or an InputError per bad item; never raises for bad data.

    Order is the order of `paths`, directories expanded recursively sorted by path, records in file
    order. An article file's id is its path relative to the folder named on the command line, without
    the suffix (`2025-06-13/article`), or its stem when the file is named itself; a record's id is its
    `id` field. `published` (the --published flag) overrides every per-file date. A file reached
    twice (e.g. named and inside a named directory) is read once; a repeated article id is an error
    (`unique_ids=False` leaves that to the caller, e.g. the run store, so that memory stays flat). `-`
    reads one article from standard input (`stdin`, default sys.stdin). `exclude` names files never to
    read (the report being written): skipped inside a folder, an error when named.

    `max_article_bytes` limits each article (a file of one article, or one record of a .jsonl or .csv,
    which are streamed record by record: a 20 MB JSONL of small articles is fine).
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    seen_files: set[Path] = set()
    first_seen: dict[str, str] = {}
    for raw in paths:
        for entry in _entries(raw, exclude, stdin, max_article_bytes):
            if isinstance(entry, InputError | Article):
                yield entry  # an error, or the article read from standard input
                continue
            path, name, article_id = entry
            key = path.resolve()
            if key in seen_files:
                continue
            seen_files.add(key)
            for item in _load_file(path, name, article_id, max_article_bytes):
                if isinstance(item, InputError):
                    yield item
                    continue
                source = item.source or name
                if unique_ids:
                    if item.id in first_seen:
                        yield InputError(
                            source, f"duplicate article id {item.id!r}, first seen in {first_seen[item.id]}"
                        )
                        continue
                    first_seen[item.id] = source
                if published is not None:
                    item = item.model_copy(update={"published": published, "published_basis": "--published"})
                yield item


# --- finding files ---------------------------------------------------------------------------


STDIN = "-"
STDIN_ID, STDIN_SOURCE = "stdin", "<stdin>"


FileEntry = tuple[Path, str, str]  # the file, its name as reported, the id of an article file


def _entries(raw: str | Path, exclude: Callable[[Path], bool] | None, stdin: BinaryIO | None,
             limit: int = MAX_BYTES) -> Iterator[FileEntry | InputError | Article]:
    """Files to read for one command-line path, minus excluded ones; `-` is standard input."""
    if os.fspath(raw) == STDIN:
        yield read_stdin(stdin if stdin is not None else sys.stdin.buffer, limit)
        return
    for entry in _expand(raw):
        if isinstance(entry, tuple) and exclude is not None and exclude(entry[0]):
            if entry[0] == Path(raw):
                yield InputError(entry[1], "is the report being written (--out or standard output); not read")
            continue
        yield entry


def read_stdin(stream: BinaryIO, limit: int = MAX_BYTES) -> Article | InputError:
    """One plain-text article from standard input, checked like a file (size, binary, UTF-8, empty)."""
    try:
        data = stream.read(limit)
    except OSError as e:
        return InputError(STDIN_SOURCE, f"cannot read standard input ({e.strerror or e})")
    return article_from_bytes(data, STDIN_SOURCE, STDIN_ID, limit=limit)


def article_from_bytes(data: bytes, name: str, article_id: str, suffix: str = ".txt",
                       limit: int = MAX_BYTES) -> Article | InputError:
    """One article from bytes in hand (standard input, an upload), checked as a file is: size, empty,
    binary, UTF-8, whitespace only. `suffix` .html/.htm reads a page's main text; .txt/.md plain text."""
    if len(data) >= limit:
        return _too_large(name, len(data), limit)
    if not data:
        return InputError(name, "empty input")
    text = _decode(data, name)
    if isinstance(text, InputError):
        return text
    if not text.strip():
        return InputError(name, "no text (whitespace only)")
    if suffix.lower() in (".html", ".htm"):
        return _html_article(article_id, name, text)
    if suffix.lower() not in (".txt", ".md"):
        return InputError(name, f"unsupported file type '{suffix}' for one article (supported: .htm, .html, .md, .txt)")
    return plain_article(article_id, text, name)


def _expand(raw: str | Path) -> Iterator[FileEntry | InputError]:
    """Turn one command-line path into files to read (with the name to report) or an error."""
    name = os.fspath(raw)
    path = Path(raw)
    try:
        st = path.stat()
    except FileNotFoundError:
        yield InputError(name, "no such file or directory")
        return
    except OSError as e:
        yield InputError(name, f"cannot access ({e.strerror or e})")
        return
    if stat.S_ISDIR(st.st_mode):
        yield from _walk(path, name)
    elif not stat.S_ISREG(st.st_mode):
        yield InputError(name, "not a regular file")
    elif path.suffix.lower() not in SUPPORTED:
        yield InputError(name, f"unsupported file type {_suffix_label(path)} (supported: {_supported()})")
    else:
        yield path, name, path.stem


def _walk(root: Path, name: str) -> Iterator[FileEntry | InputError]:
    """Supported files under a directory, sorted by path; other files are skipped silently.

    An article file's id is its path under the directory without the suffix, with `/` between
    folders: `2025-06-13/article.txt` and `2025-06-14/article.txt` are two articles. Symlinked
    directories are not followed so a link cycle cannot loop forever.
    """
    found: list[tuple[Path, FileEntry | InputError]] = []

    def on_error(e: OSError) -> None:
        where = e.filename if isinstance(e.filename, str) else name
        found.append((Path(where), InputError(where, f"cannot read directory ({e.strerror or e})")))

    for dirpath, _dirnames, filenames in os.walk(root, onerror=on_error, followlinks=False):
        rel = os.path.relpath(dirpath, root)
        shown = name if rel == "." else os.path.join(name, rel)
        for fname in filenames:
            if Path(fname).suffix.lower() in SUPPORTED:
                full = Path(dirpath, fname)
                article_id = Path(os.path.relpath(full, root)).with_suffix("").as_posix()
                found.append((full, (full, os.path.join(shown, fname), article_id)))
    if not found:
        yield InputError(name, f"no supported files in directory (supported: {_supported()})")
        return
    found.sort(key=lambda pair: pair[0])
    for _, entry in found:
        yield entry


def _supported() -> str:
    return ", ".join(sorted(SUPPORTED))


def _suffix_label(path: Path) -> str:
    return f"'{path.suffix}'" if path.suffix else "(no file suffix)"


# --- reading bytes into text -----------------------------------------------------------------


def _load_file(path: Path, name: str, article_id: str, limit: int = MAX_BYTES) -> Iterator[Article | InputError]:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".csv"):
        yield from _stream_records(path, name, limit)
        return
    text = _read_text(path, name, max(limit, JSON_DOCUMENT_BYTES) if suffix == ".json" else limit)
    if isinstance(text, InputError):
        yield text
        return
    if suffix in (".txt", ".md"):
        yield plain_article(article_id, text, name)
    elif suffix in (".html", ".htm"):
        yield _html_article(article_id, name, text)
    elif suffix == ".json":
        yield from _json_articles(name, text, limit)
    else:  # unreachable: callers only pass SUPPORTED suffixes
        yield InputError(name, f"unsupported file type {_suffix_label(path)}")


def _read_text(path: Path, name: str, limit: int = MAX_BYTES) -> str | InputError:
    """Decode one file, or say precisely why it is not usable text.

    The size is checked with stat before reading so an enormous file is never loaded; the read is
    still capped in case the file grows in between.
    """
    try:
        st = path.stat()
    except OSError as e:
        return InputError(name, f"cannot access ({e.strerror or e})")
    if not stat.S_ISREG(st.st_mode):
        return InputError(name, "not a regular file")
    if st.st_size == 0:
        return InputError(name, "empty file")
    if st.st_size >= limit:
        return _too_large(name, st.st_size, limit)
    try:
        with path.open("rb") as f:
            data = f.read(limit)
    except PermissionError:
        return InputError(name, "cannot read file (permission denied)")
    except OSError as e:
        return InputError(name, f"cannot read file ({e.strerror or e})")
    if len(data) >= limit:
        return _too_large(name, len(data), limit)
    if not data:
        return InputError(name, "empty file")
    text = _decode(data, name)
    if isinstance(text, InputError):
        return text
    if not text:
        return InputError(name, "empty file")  # nothing but a byte-order mark
    if not text.strip():
        return InputError(name, "no text (whitespace only)")
    return text


def _too_large(name: str, size: int, limit: int = MAX_BYTES, what: str = "file") -> InputError:
    return InputError(name, f"{what} too large ({_mb(size)}, limit {_mb(limit, exact=True)})")


def _mb(size: int, *, exact: bool = False) -> str:
    mib = 1024 * 1024
    if exact and size % mib == 0:
        return f"{size // mib} MB"
    return f"{size / mib:.1f} MB" if size >= mib // 10 else f"{size:,} bytes"


def _decode(data: bytes, name: str) -> str | InputError:
    """UTF-8 (BOM stripped), or UTF-16 only when its BOM says so; never a guessed legacy encoding."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")  # consumes the BOM
        except UnicodeDecodeError as e:
            return InputError(name, f"not valid UTF-16 at byte {e.start}")
        if "\x00" in text:
            return InputError(name, "binary file, not text")
        return text
    offset = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    body = data[offset:]
    if _looks_binary(body):
        return InputError(name, "binary file, not text")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as e:
        return InputError(name, f"not valid UTF-8 at byte {e.start + offset}")


def _looks_binary(data: bytes) -> bool:
    """NUL anywhere, or mostly control characters at the start: the usual text/binary heuristic."""
    if b"\x00" in data:
        return True
    sample = data[:_SNIFF_BYTES]
    if not sample:
        return False
    controls = sum(1 for b in sample if (b < 0x20 and b not in _TEXT_CONTROLS) or b == 0x7F)
    return controls / len(sample) > _MAX_CONTROL_RATIO


def _parse_date(value: str) -> dt.date | None:
    """YYYY-MM-DD or an ISO datetime starting with one; the date is taken as written (no tz shift)."""
    value = value.strip()
    if not _ISO_DATE_PREFIX.match(value):
        return None
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
        return dt.datetime.fromisoformat(value).date()
    except ValueError:
        return None


# --- plain text ------------------------------------------------------------------------------


def plain_article(article_id: str, text: str, source: str) -> Article | InputError:
    """One article of plain text; a leading `date YYYY-MM-DD` gives its publication date."""
    published: dt.date | None = None
    basis: str | None = None
    m = DATE_LINE.match(text)
    if m:
        published = _parse_date(m.group(1))
        if published is None:
            return InputError(source, f"invalid date on the date line: {m.group(1)!r}")
        basis = "date line"
    return Article(id=article_id, text=text, published=published, published_basis=basis, source=source)


# --- HTML ------------------------------------------------------------------------------------


def _html_article(article_id: str, name: str, html: str) -> Article | InputError:
    """Main text of a page: <article> (else <body>) minus navigation and boilerplate."""
    tree = LexborHTMLParser(html)
    root = tree.css_first("article") or tree.body or tree.root
    text = _flatten(root) if root is not None else ""
    if not text.strip():
        return InputError(name, "no text in the HTML main content")
    published = _html_published(tree)
    return Article(
        id=article_id,
        text=text,
        published=published,
        published_basis="html meta" if published else None,
        source=name,
        url=_html_url(tree),
    )


def _flatten(root: LexborNode) -> str:
    """Text of a subtree with block elements as paragraphs (blank lines) and <br> as line breaks.

    Iterative so deeply nested markup cannot hit the recursion limit.
    """
    parts: list[str] = []
    stack: list[LexborNode | str] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            parts.append(node)
            continue
        tag = node.tag
        if tag == "-text":
            parts.append(node.text_content or "")
            continue
        if tag is None or tag.startswith("-") or tag in _HTML_DROP:
            continue  # comments, doctype, boilerplate
        if tag == "br":
            parts.append(_LINE)
            continue
        block = tag in _HTML_BLOCKS
        if block:
            parts.append(_PARAGRAPH)
            stack.append(_PARAGRAPH)
        stack.extend(reversed(list(node.iter(include_text=True))))
    paragraphs = []
    for chunk in "".join(parts).split(_PARAGRAPH):
        lines = (" ".join(line.split()) for line in chunk.split(_LINE))
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)


def _html_published(tree: LexborHTMLParser) -> dt.date | None:
    candidates = [
        node.attributes.get("content")
        for node in tree.css('meta[property="article:published_time"], meta[name="article:published_time"]')
    ]
    candidates += [node.attributes.get("datetime") for node in tree.css("time[datetime]")]
    for value in candidates:
        parsed = _parse_date(value) if value else None
        if parsed is not None:
            return parsed
    return None


def _html_url(tree: LexborHTMLParser) -> str | None:
    for node, attr in (
        (tree.css_first('link[rel="canonical"]'), "href"),
        (tree.css_first('meta[property="og:url"]'), "content"),
    ):
        value = node.attributes.get(attr) if node is not None else None
        if value and value.strip():
            return value.strip()
    return None


# --- records: .jsonl, .json, .csv ------------------------------------------------------------


def _record_article(record: Any, item: str) -> Article | InputError:
    """Validate one {id, text, published?, url?, source?} record; `item` names it in errors."""
    if not isinstance(record, dict):
        return InputError(item, f"expected a JSON object, got {_json_type(record)}")
    raw_id = record.get("id")
    if raw_id is None:
        return InputError(item, "missing 'id'")
    if isinstance(raw_id, bool) or not isinstance(raw_id, str | int):
        return InputError(item, f"'id' must be a string or integer, got {_json_type(raw_id)}")
    article_id = str(raw_id)
    if not article_id.strip():
        return InputError(item, "empty 'id'")
    text = record.get("text")
    if text is None:
        return InputError(item, "missing 'text'")
    if not isinstance(text, str):
        return InputError(item, f"'text' must be a string, got {_json_type(text)}")
    if not text:
        return InputError(item, "empty 'text'")
    if not text.strip():
        return InputError(item, "no text (whitespace only)")
    if "\x00" in text:
        return InputError(item, "binary data in 'text' (NUL characters)")
    optional: dict[str, str | None] = {}
    for key in ("published", "url", "source"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            return InputError(item, f"'{key}' must be a string, got {_json_type(value)}")
        optional[key] = (value.strip() or None) if value is not None else None
    published: dt.date | None = None
    if optional["published"] is not None:
        published = _parse_date(optional["published"])
        if published is None:
            return InputError(
                item, f"bad 'published' date {optional['published']!r} (want YYYY-MM-DD or ISO datetime)"
            )
    return Article(
        id=article_id,
        text=text,
        published=published,
        published_basis="record field" if published else None,
        source=item,
        url=optional["url"],
        outlet=optional["source"],
    )


def _json_type(value: object) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _stream_records(path: Path, name: str, limit: int) -> Iterator[Article | InputError]:
    """A .jsonl or .csv collection, read a record at a time so memory stays flat whatever its size."""
    try:
        st = path.stat()
        f = path.open("rb")
    except PermissionError:
        yield InputError(name, "cannot read file (permission denied)")
        return
    except OSError as e:
        yield InputError(name, f"cannot read file ({e.strerror or e})")
        return
    with f:
        head = f.read(_SNIFF_BYTES)
        if st.st_size == 0 or not head:
            yield InputError(name, "empty file")
            return
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            encoding = "utf-16"  # rare: decoded by the text layer, still one record at a time
        else:
            if _looks_binary(head[len(codecs.BOM_UTF8):] if head.startswith(codecs.BOM_UTF8) else head):
                yield InputError(name, "binary file, not text")
                return
            encoding = "utf-8-sig"
        f.seek(0)
        if path.suffix.lower() == ".csv":
            yield from _csv_articles(name, io.TextIOWrapper(f, encoding=encoding, newline=""), limit)
        elif encoding == "utf-16":
            yield from _jsonl_lines(name, (line.encode("utf-8") for line in io.TextIOWrapper(
                f, encoding=encoding, newline="\n")), limit)
        else:
            yield from _jsonl_lines(name, _raw_lines(f, limit), limit)


def _raw_lines(f: BinaryIO, limit: int) -> Iterator[bytes | int]:
    """The lines of a binary file (split on LF only: JSON allows U+2028 raw); a line of `limit`
    bytes or more is skipped unread and reported by its size."""
    while True:
        line = f.readline(limit)
        if not line:
            return
        if len(line) >= limit and not line.endswith(b"\n"):
            size = len(line)
            while True:
                more = f.readline(_READ_CHUNK)
                size += len(more)
                if not more or more.endswith(b"\n"):
                    break
            yield size
            continue
        yield line


def _jsonl_lines(name: str, lines: Iterator[bytes | int], limit: int) -> Iterator[Article | InputError]:
    """One record per line; a bad line is reported and the rest still load."""
    text_seen = False
    for lineno, raw in enumerate(lines, start=1):
        item = f"{name}:{lineno}"
        if isinstance(raw, int):
            text_seen = True
            yield _too_large(item, raw, limit, "article")
            continue
        if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            text_seen = True
            yield InputError(item, f"not valid UTF-8 at byte {e.start} of the line")
            continue
        if not line.strip():
            continue
        text_seen = True
        if len(raw) >= limit:
            yield _too_large(item, len(raw), limit, "article")
            continue
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as e:
            yield InputError(item, f"invalid JSON: {_json_problem(e)}")
            continue
        yield _record_article(record, item)
    if not text_seen:
        yield InputError(name, "no text (whitespace only)")


def _json_articles(name: str, text: str, limit: int = MAX_BYTES) -> Iterator[Article | InputError]:
    """A list of records, or {"articles": [...]}; malformed JSON is one error for the file."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as e:
        yield InputError(name, f"invalid JSON: {_json_problem(e)}")
        return
    records = data.get("articles") if isinstance(data, dict) else data
    if not isinstance(records, list):
        yield InputError(name, 'expected a JSON list of articles or {"articles": [...]}')
        return
    if not records:
        yield InputError(name, "no articles in file")
        return
    for index, record in enumerate(records):
        item = f"{name}[{index}]"
        body = record.get("text") if isinstance(record, dict) else None
        size = len(body.encode("utf-8", "surrogatepass")) if isinstance(body, str) else 0
        if size >= limit:
            yield _too_large(item, size, limit, "article")
            continue
        yield _record_article(record, item)


def _json_problem(e: Exception) -> str:
    if isinstance(e, json.JSONDecodeError):
        return f"{e.msg} at line {e.lineno} column {e.colno}"
    if isinstance(e, RecursionError):
        return "nested too deeply"
    return str(e)


def _csv_articles(name: str, stream: io.TextIOWrapper, limit: int = MAX_BYTES) -> Iterator[Article | InputError]:
    """Header with at least id,text; rows are numbered like a spreadsheet (header = row 1).

    A field of `limit` characters or more stops the file with an error naming its row: the csv
    module cannot resume reliably after an over-long field."""
    csv.field_size_limit(limit)
    reader = csv.reader(stream)
    header: list[str] | None = None
    columns: dict[str, int] = {}
    loaded = 0
    row_number = 0
    while True:
        row_number += 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            big = "larger than field limit" in str(e)
            yield InputError(f"{name}:row {row_number}", f"article too large (limit {_mb(limit, exact=True)}); "
                             "the rest of the file is not read" if big else f"malformed CSV: {e}")
            return
        except UnicodeDecodeError as e:
            yield InputError(f"{name}:row {row_number}", f"not valid UTF-8 ({e.reason}); the rest of the file "
                             "is not read")
            return
        if not row or not any(cell.strip() for cell in row):
            continue
        if header is None:
            header = row
            columns = {cell.strip().lower(): i for i, cell in reversed(list(enumerate(row)))}
            missing = [col for col in ("id", "text") if col not in columns]
            if missing:
                yield InputError(
                    name, f"CSV header lacks column(s) {', '.join(missing)} (header: {', '.join(row)})"
                )
                return
            continue
        item = f"{name}:row {row_number}"
        loaded += 1
        if len(row) != len(header):
            yield InputError(item, f"row has {len(row)} fields but the header has {len(header)}")
            continue
        record = {key: row[i] for key, i in columns.items() if key in _RECORD_FIELDS}
        yield _record_article(record, item)
    if header is None:
        yield InputError(name, "no CSV header")
    elif not loaded:
        yield InputError(name, "no articles in file")
