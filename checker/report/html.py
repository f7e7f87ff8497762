"""The HTML report: one self-contained page rendered with Jinja2 from the view model.

CSS and JS are inline and named in the page's Content-Security-Policy by their SHA-256 hashes, with
`default-src 'none'`: the page can load nothing from anywhere (no font, image, script or frame), so
it works offline and cannot leak that it was opened. Autoescaping is on for every template: article
text, quotes, ids and file names are always text, never markup.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from checker.report.values import plural
from checker.report.view import SYMBOL, Report, anchor

TEMPLATES = "templates"
GROUPS = (("contradiction", "Contradictions"), ("unclear", "Unclear"), ("holds", "What holds"))
KINDS = (("count", "solid"), ("target", "double"), ("ordinal", "dotted"), ("age", "dashed"),
         ("duration", "wavy"), ("measure", "thin dashed"), ("date", "thin dotted"))


@dataclass(frozen=True, slots=True)
class Inline:
    """The inline stylesheet and script, and the CSP that allows exactly them."""

    css: Markup
    js: Markup
    csp: str


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


@cache
def environment() -> Environment:
    env = Environment(loader=PackageLoader("checker.report", TEMPLATES), autoescape=True,
                      undefined=StrictUndefined, keep_trailing_newline=True)
    env.filters["plural"] = lambda n, word: plural(int(n), word)
    env.filters["anchor"] = lambda ident, prefix: anchor(prefix, ident)
    env.filters["vclass"] = lambda verdict: "none" if verdict in (None, "nothing checked") else verdict
    env.filters["symbol"] = lambda verdict: SYMBOL.get(verdict or "", "")
    return env


def _source(name: str) -> str:
    env = environment()
    assert env.loader is not None
    return env.loader.get_source(env, name)[0]


@cache
def inline(form_action: str = "'none'") -> Inline:
    """CSS, JS and their CSP. `form-action` is 'none' for a report, 'self' for the web page's form."""
    css, js = _source("report.css"), _source("report.js")
    csp = (f"default-src 'none'; style-src '{_sha256(css)}'; script-src '{_sha256(js)}'; img-src 'none'; "
           f"base-uri 'none'; form-action {form_action}")
    return Inline(Markup(css), Markup(js), csp)


def render(report: Report) -> str:
    page = inline()
    return environment().get_template("report.html.j2").render(
        r=report, css=page.css, js=page.js, csp=page.csp, groups=GROUPS, kinds=KINDS)
