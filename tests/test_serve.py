"""`checker serve`: the web page's error paths through Flask's test client, and the CLI around it."""

from __future__ import annotations

import io
import re
import threading
import urllib.request
from collections.abc import Iterator

import pytest

pytest.importorskip("flask", reason="checker serve needs the serve extra (pip install -e '.[serve]')")

from flask.testing import FlaskClient  # noqa: E402

from checker.cli import main  # noqa: E402
from checker.extract.rules import RuleExtractor  # noqa: E402
from checker.inputs import MAX_BYTES  # noqa: E402
from checker.serve import MAX_REQUEST, create_app, make  # noqa: E402
from tests.helpers import TODAY  # noqa: E402
from tests.htmlcheck import problems  # noqa: E402
from tests.reports import perturbed_text  # noqa: E402

HOSTILE = "<script>alert('x')</script>"


@pytest.fixture
def client() -> Iterator[FlaskClient]:
    app = create_app(RuleExtractor(), today=TODAY)
    app.config["TESTING"] = True
    with app.test_client() as c:
        yield c


def _error(html: str) -> str:
    m = re.search(r'<p class="error" role="alert" id="error">(.*?)</p>', html, re.S)
    assert m is not None, html[:500]
    return m.group(1)


def _upload(client: FlaskClient, data: bytes, name: str = "story.txt", **fields: str):  # type: ignore[no-untyped-def]
    return client.post("/check", data={"file": (io.BytesIO(data), name), **fields},
                       content_type="multipart/form-data")


def test_the_form_is_valid_and_locked_down(client: FlaskClient) -> None:
    r = client.get("/")
    assert r.status_code == 200 and problems(r.get_data(as_text=True)) == []
    csp = r.headers["Content-Security-Policy"]
    assert csp.startswith("default-src 'none'") and "form-action 'self'" in csp
    assert r.headers["X-Content-Type-Options"] == "nosniff"


def test_pasted_text_gets_the_html_report(client: FlaskClient) -> None:
    r = client.post("/check", data={"text": perturbed_text(), "published": "2025-05-24"})
    page = r.get_data(as_text=True)
    assert r.status_code == 200 and "Consistency report: 1 contradiction found" in page
    assert "2025-05-24 (given on the page)" in page and problems(page) == []
    assert "form-action 'none'" in r.headers["Content-Security-Policy"]


def test_an_uploaded_file_gets_the_report(client: FlaskClient) -> None:
    r = _upload(client, perturbed_text().encode("utf-8"), "wire story.txt")
    page = r.get_data(as_text=True)
    assert r.status_code == 200 and "wire_story" in page and "1 contradiction found" in page


@pytest.mark.parametrize(("data", "name", "says"), [
    (b"", "empty.txt", "The file empty.txt was not checked: empty input."),
    (b"  \n\t\n", "blank.txt", "The file blank.txt was not checked: no text (whitespace only)."),
    (b"\x00\x01\x02\x03binary", "photo.txt", "The file photo.txt was not checked: binary file, not text."),
    (b"caf\xe9 300 freed", "latin1.txt", "The file latin1.txt was not checked: not valid UTF-8 at byte 3."),
    (b"300 freed", "table.xlsx", "unsupported file type &#39;.xlsx&#39; for one article"),
    (b"a" * MAX_BYTES, "huge.txt", "The file huge.txt was not checked: file too large (10.0 MB, limit 10 MB)."),
])
def test_a_bad_upload_is_refused_with_a_clear_message(client: FlaskClient, data: bytes, name: str,
                                                       says: str) -> None:
    r = _upload(client, data, name)
    assert r.status_code == 400 and says in _error(r.get_data(as_text=True))


def test_a_request_over_the_limit_is_refused_before_it_is_read(client: FlaskClient) -> None:
    r = _upload(client, b"a" * (MAX_REQUEST + 1), "huge.txt")
    assert r.status_code == 413 and "too large: the limit is 10 MB" in _error(r.get_data(as_text=True))


@pytest.mark.parametrize(("fields", "says"), [
    ({"text": ""}, "nothing was sent"),
    ({"text": "   \n "}, "nothing was sent"),
    ({"text": "300 freed", "published": "24/05/2025"}, "&#39;24/05/2025&#39; is not a date in YYYY-MM-DD form"),
])
def test_bad_form_fields_are_refused(client: FlaskClient, fields: dict[str, str], says: str) -> None:
    r = client.post("/check", data=fields)
    assert r.status_code == 400 and says in _error(r.get_data(as_text=True))


def test_text_and_a_file_together_are_refused(client: FlaskClient) -> None:
    r = _upload(client, b"300 freed", text="200 freed")
    assert r.status_code == 400 and "either as pasted text or as a file" in _error(r.get_data(as_text=True))


def test_input_is_never_echoed_unescaped(client: FlaskClient) -> None:
    echoed = [
        client.post("/check", data={"text": HOSTILE + " 300 freed", "published": HOSTILE}),  # error page
        client.post("/check", data={"text": HOSTILE + " Officials said 300 soldiers were freed on Monday."}),
        _upload(client, HOSTILE.encode() + b" 300 freed", "story.txt"),
        _upload(client, b"\x00", "<img src=x onerror=alert(1)>.txt"),
    ]
    for r in echoed:
        page = r.get_data(as_text=True)
        assert "<script>alert" not in page and "<img src=x" not in page, page[:300]
        assert "&lt;script&gt;" in page or "The file &lt;img src=x onerror=alert(1)&gt;.txt was not checked" in page
    page = _upload(client, b"\x00", f"{HOSTILE}.txt").get_data(as_text=True)  # a path in the name: its last part
    assert "<script>alert" not in page and "The file script&gt;.txt was not checked" in page


def test_the_server_listens_on_loopback_by_default_and_says_where(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    started: list[object] = []

    class Stop(Exception):
        pass

    def serve_forever(self: object) -> None:
        started.append(self)
        raise KeyboardInterrupt  # what Ctrl+C does

    from werkzeug.serving import BaseWSGIServer

    monkeypatch.setattr(BaseWSGIServer, "serve_forever", serve_forever)
    assert main(["serve", "--port", "0"]) == 0
    (server,) = started
    assert server.host == "127.0.0.1"  # type: ignore[attr-defined]
    assert re.search(r"serving on http://127\.0\.0\.1:\d+/ with the rules extractor", capsys.readouterr().err)


def test_a_port_in_use_is_a_usage_error(capsys) -> None:  # type: ignore[no-untyped-def]
    server = make("127.0.0.1", 0, RuleExtractor())
    try:
        assert main(["serve", "--port", str(server.port)]) == 2
        assert f"cannot listen on 127.0.0.1:{server.port}" in capsys.readouterr().err
    finally:
        server.server_close()


def test_a_real_server_answers_on_loopback() -> None:
    server = make("127.0.0.1", 0, RuleExtractor())
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{server.port}/", timeout=10) as r:  # noqa: S310
            assert r.status == 200 and b"Check an article" in r.read()
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)
