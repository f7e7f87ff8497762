"""The Markdown report: read in ten seconds.

Verdict first, then one line per article, then every contradiction and unclear finding in full
(working, message, evidence, trimmed quotes with the figure in bold), then what holds as one short
line each (in full with `--show all`), then anything that was not read or not used.
"""

from __future__ import annotations

import re

from checker.report.values import plural
from checker.report.view import SYMBOL, ArticleView, FindingView, QuoteView, Report

TITLES = {"contradiction": "Contradictions", "unclear": "Unclear", "holds": "What holds"}
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>])")


def _md(text: str) -> str:
    """Quote text with Markdown's inline markers escaped, so article words never turn into markup."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def render(report: Report) -> str:
    single = len(report.articles) == 1
    out = [f"# Consistency report: {report.headline}", _summary(report), ""]
    if report.articles:
        out.append("## Articles")
        out += [_article_line(a) for a in report.articles]
        out.append("")
    for verdict in ("contradiction", "unclear"):
        fs = report.of(verdict)
        if fs:
            out.append(f"## {TITLES[verdict]} ({len(fs)})")
            for f in fs:
                out += _full(f, single)
            out.append("")
    holds = report.of("holds")
    if holds:
        out.append(f"## {TITLES['holds']} ({len(holds)})")
        for f in holds:
            out += _full(f, single) if report.show_all else [_short(f, single)]
        out.append("")
    out += _ledger(report) + _problems(report)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n"


def _summary(r: Report) -> str:
    what = r.why if r.verdict == "nothing checked" else r.tally
    parts = [what, f"{plural(len(r.articles), 'article')}, {plural(r.claims, 'claim')}"]
    extras = [(r.ungrounded, "ungrounded"), (r.rejected, "rejected"), (r.partial, "partly extracted")]
    parts += [f"{n:,} {word}" for n, word in extras if n]
    if r.errors:
        parts.append(plural(r.errors, "error"))
    line = " · ".join(parts) + f" · extractor `{r.extractor}`"
    return line + (f"  \n{r.usage}" if r.usage else "")


def _article_line(a: ArticleView) -> str:
    return f"- {a.symbol} **{a.verdict}** · `{a.id}` · {a.dated} · {plural(len(a.claims), 'claim')}: {a.why}"


def _where(f: FindingView, single: bool) -> str:
    return "" if single else " · " + ", ".join(f"`{a}`" for a in f.articles)


def _full(f: FindingView, single: bool) -> list[str]:
    ref = f.id + (f", relation {f.relation.rsplit('/', 1)[-1]}" if f.relation else "")
    out = [f"- {f.symbol} **{f.check}** `{f.working}`{_where(f, single)} · {ref}", f"  {f.message}"]
    if f.evidence:
        out.append(f"  Evidence ({f.basis}): " + "; ".join(f.evidence))
    out += [_quote(q, f.across) for q in f.quotes]
    return out


def _short(f: FindingView, single: bool) -> str:
    return f"- {f.symbol} {f.working} · {f.check}{_where(f, single)}"


def _quote(q: QuoteView, across: bool) -> str:
    text = "".join(f"**{_md(p.text)}**" if p.claim else _md(p.text) for p in q.pieces)
    text = ("…" if q.cut_before else "") + text.strip() + ("…" if q.cut_after else "")
    ids = ", ".join(c if across else c.rsplit("/", 1)[-1] for c in q.claims)
    said = f", per {q.attribution}" if q.attribution else ""
    return f"  > “{text}” — {ids}, chars {q.start}–{q.end}{said}"


def _ledger(r: Report) -> list[str]:
    if not r.ledger:
        return []
    out = [f"## Event ledger ({len(r.ledger)})"]
    for row in r.ledger:
        day = f" {row.day}" if row.day else ""
        note = f" — {row.note}" if row.note else ""
        out.append(f"- {row.event}{day}: {row.figure} {row.what}".rstrip() + f" · {', '.join(row.articles)}{note}")
    return out + [""]


def _problems(r: Report) -> list[str]:
    """Errors, partly extracted articles, ungrounded and rejected claims: each section only if any."""
    out: list[str] = []
    errors = [f"`{item}`: {problem}" for item, problem in r.input_errors] + [
        f"`{a.id}`: {e}" for a in r.articles for e in a.errors]
    if errors:
        out += [f"## Errors ({len(errors)})"] + [f"- {e}" for e in errors] + [""]
    partial = [f"- `{a.id}`: {a.partial}" for a in r.articles if a.partial]
    if partial:
        out += ["## Partly extracted (the claims found are checked; the rest of the text is not)"] + partial + [""]
    ungrounded = [p for a in r.articles for p in a.ungrounded]
    if ungrounded:
        out += ["## Ungrounded claims (not used by any check)"]
        out += [f"- `{p.article_id}` {p.kind}: “{_md(p.quote)}” — {p.reason}" for p in ungrounded] + [""]
    rejected = [p for a in r.articles for p in a.rejected]
    if rejected:
        out += ["## Rejected claims (failed validation, not used by any check)"]
        out += [f"- `{p.article_id}` {p.kind}: “{_md(p.quote)}” — {p.reason}" for p in rejected] + [""]
    return out


__all__ = ["SYMBOL", "render"]
