"""`checker serve`: a small local web page where an editor pastes or uploads one article, sets its
publication date, and gets the same HTML report as `checker check -f html`.

Flask (the `serve` extra). Loopback by default. Input is checked by the same rules as files
(`checker.inputs.article_from_bytes`: size, empty, binary, UTF-8, whitespace only), and the request
size is capped before Flask reads it. Every page is rendered with Jinja2 autoescaping, so nothing a
user sends comes back as markup, and is served with a Content-Security-Policy that allows only its
own inline style and script.
"""

from __future__ import annotations

import datetime as dt
import re
import socket
import threading
from pathlib import PurePath
from typing import Any

from flask import Flask, Response, request
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.serving import BaseWSGIServer, make_server

from checker.errors import InputError
from checker.extract import Extractor
from checker.inputs import MAX_BYTES, article_from_bytes
from checker.pipeline import run
from checker.report import render_html
from checker.report.html import environment, inline

DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 8000
FORM_OVERHEAD = 64 * 1024  # the other form fields and multipart boundaries, beyond the article itself
MAX_REQUEST = MAX_BYTES + FORM_OVERHEAD
PASTED_ID = "pasted"
_SAFE_ID = re.compile(r"[^A-Za-z0-9_.-]+")
HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "Cache-Control": "no-store",
           "X-Frame-Options": "DENY"}


class BadRequest(Exception):
    """What is wrong with a submission, in one sentence for the editor."""


def create_app(extractor: Extractor, *, today: dt.date | None = None) -> Flask:
    """The web app; `today` fixes the date year assumptions count back from (tests)."""
    app = Flask(__name__, static_folder=None)
    app.config.update(MAX_CONTENT_LENGTH=MAX_REQUEST, MAX_FORM_MEMORY_SIZE=MAX_REQUEST, MAX_FORM_PARTS=16)
    one_at_a_time = threading.Lock()  # extractors and the LLM cache are not shared across threads

    @app.get("/")
    def form() -> Response:
        return _page(_form_html())

    @app.post("/check")
    def check() -> Response:
        try:
            article = _article(request.form, request.files)
        except BadRequest as e:
            return _page(_form_html(str(e), request.form), status=400)
        with one_at_a_time:
            result = run([article], extractor, today=today)
        return _page(render_html(result), csp=inline().csp)

    @app.errorhandler(RequestEntityTooLarge)
    def too_large(_e: RequestEntityTooLarge) -> Response:
        mib = 1024 * 1024
        return _page(_form_html(f"The article is too large: the limit is {MAX_BYTES // mib} MB."), status=413)

    return app


def _page(html: str, *, status: int = 200, csp: str | None = None) -> Response:
    response = Response(html, status=status, mimetype="text/html")
    response.headers["Content-Security-Policy"] = csp or inline("'self'").csp
    response.headers.update(HEADERS)
    return response


def _form_html(error: str | None = None, form: Any = None) -> str:
    page = inline("'self'")
    return environment().get_template("serve.html.j2").render(
        css=page.css, csp=page.csp, error=error, text=(form or {}).get("text", ""),
        published=(form or {}).get("published", ""), limit_mb=MAX_BYTES // (1024 * 1024))


def _published(value: str) -> dt.date | None:
    value = value.strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise BadRequest(f"The publication date {value!r} is not a date in YYYY-MM-DD form.") from None


def _article(form: Any, files: Any) -> Any:
    """The submitted article, or BadRequest saying why there is none."""
    published = _published(form.get("published", ""))
    upload = files.get("file")
    text = form.get("text", "")
    has_file = upload is not None and bool(upload.filename)
    if has_file and text.strip():
        raise BadRequest("Give the article either as pasted text or as a file, not both.")
    if has_file:
        name = PurePath(upload.filename).name
        data = upload.stream.read(MAX_BYTES)
        suffix = PurePath(name).suffix or ".txt"
        article_id = _SAFE_ID.sub("_", PurePath(name).stem).strip("_.") or "upload"
        item = article_from_bytes(data, name, article_id, suffix)
        label = f"The file {name}"
    elif text.strip():
        item = article_from_bytes(text.encode("utf-8"), "pasted text", PASTED_ID)
        label = "The pasted text"
    else:
        raise BadRequest("Paste the article text or choose a file: nothing was sent.")
    if isinstance(item, InputError):
        raise BadRequest(f"{label} was not checked: {item.problem}.")
    if published is not None:
        item = item.model_copy(update={"published": published, "published_basis": "given on the page"})
    return item


def make(host: str, port: int, extractor: Extractor, *, today: dt.date | None = None) -> BaseWSGIServer:
    """A server bound to host:port (0: a free port), not yet serving. Threaded, so that a browser's
    idle keep-alive connection cannot hold up others; checks still run one at a time.

    The socket is bound here, so that a port in use is an OSError for the caller to report (Werkzeug
    binding it itself would print and exit)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.create_server((host, port), family=family) as sock:
        bound = sock.getsockname()[1]
        return make_server(host, bound, create_app(extractor, today=today), threaded=True, fd=sock.fileno())
