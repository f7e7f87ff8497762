"""HTML validity for the reports: html5lib's strict WHATWG parse, then structural rules of our own.

html5lib (the maintained `html5lib-modern` fork) implements the WHATWG parsing algorithm; with
strict=True any parse error (a stray end tag, an unclosed element, a bad attribute, a missing
doctype) raises. The parse does not check the content model, so the rules below add what the
reports rely on: unique ids, every in-page link and data-marks id resolves, no external resource.
"""

from __future__ import annotations

import base64
import hashlib
import re
from xml.etree.ElementTree import Element

import html5lib

EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.I)


def parse(text: str) -> Element:
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    tree: Element = parser.parse(text)
    return tree


def problems(text: str) -> list[str]:
    """What is wrong with a page (empty when it is valid by these rules); parse errors raise."""
    root = parse(text)
    out: list[str] = []
    ids = [e.get("id") for e in root.iter() if e.get("id") is not None]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        out.append(f"duplicate ids: {dupes[:5]}")
    known = set(ids)
    for e in root.iter():
        for attr in ("href", "src", "action", "formaction", "poster", "data"):
            value = e.get(attr)
            if value is None:
                continue
            if value.startswith("#"):
                if value[1:] not in known:
                    out.append(f"<{e.tag} {attr}={value!r}> points to no element")
            elif EXTERNAL.match(value) and not (e.tag == "form" and value.startswith("/")):
                out.append(f"<{e.tag} {attr}={value!r}> is an external reference")
        for mark in (e.get("data-marks") or "").split():
            if mark not in known:
                out.append(f"data-marks {mark!r} names no element")
        if e.tag == "button" and e.get("type") not in ("button", "submit"):
            out.append("a button without an explicit type")
        if e.tag == "link" or (e.tag == "script" and e.get("src")):
            out.append(f"<{e.tag}> loads a resource")
    return out + _csp_problems(root)


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _csp_problems(root: Element) -> list[str]:
    """The inline style and script are exactly the ones the page's CSP allows; nothing else is."""
    metas = [m for m in root.iter("meta") if (m.get("http-equiv") or "").lower() == "content-security-policy"]
    if len(metas) != 1:
        return ["no Content-Security-Policy meta element"]
    csp = metas[0].get("content") or ""
    out = [] if "default-src 'none'" in csp else ["the CSP does not start from default-src 'none'"]
    for tag in ("style", "script"):
        for e in root.iter(tag):
            if _sha256(e.text or "") not in csp:
                out.append(f"an inline <{tag}> the CSP does not allow")
    return out
