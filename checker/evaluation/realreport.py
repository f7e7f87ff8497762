"""The table `checker eval FILE.jsonl` prints, and its gate: the [realgold] section of a thresholds TOML."""

from __future__ import annotations

from typing import Any

from checker.evaluation.run import fmt_cell, headline_rows

REAL_HEADLINE: list[tuple[str, Any]] = [
    ("claim precision", lambda m: m["claims"]["precision"]),
    ("claim recall", lambda m: m["claims"]["recall"]),
    ("claim F1", lambda m: m["claims"]["f1"]),
    ("digit-regex baseline recall", lambda m: m["digit_baseline"]["recall"]),
    ("digit-regex baseline precision", lambda m: m["digit_baseline"]["precision"]),
    ("flips caught (rate)", lambda m: m["flips"]["rate"]),
    ("flips caught", lambda m: f"{m['flips']['caught']}/{m['flips']['total']}"),
    ("false contradictions / 100 clean", lambda m: m["contradictions"]["false_contradictions_per_100_clean"]),
    ("real inconsistencies caught", lambda m: f"{m['contradictions']['real_caught']}/"
                                              f"{m['contradictions']['real_items']}"),
    ("failed items", lambda m: m["failed_items"]),
    ("event links: precision", lambda m: m["batch"]["link_precision"]),
    ("event links: recall", lambda m: m["batch"]["link_recall"]),
    ("cross-item pairs flagged", lambda m: f"{sum(m['batch']['gold_cross_pairs_flagged'].values())}/"
                                           f"{sum(m['batch']['gold_cross_pairs'].values())}"),
]

REAL_GATES: dict[str, tuple[str, Any]] = {
    "claim_recall_min": (">=", lambda m: m["claims"]["recall"]),
    "claim_precision_min": (">=", lambda m: m["claims"]["precision"]),
    "claim_f1_min": (">=", lambda m: m["claims"]["f1"]),
    "flips_caught_min": (">=", lambda m: m["flips"]["rate"]),
    "false_contradictions_per_100_max": ("<=", lambda m: m["contradictions"]["false_contradictions_per_100_clean"]),
    "real_inconsistencies_caught_min": (">=", lambda m: m["contradictions"]["real_caught"]),
    "failed_items_max": ("<=", lambda m: m["failed_items"]),
    "event_link_precision_min": (">=", lambda m: m["batch"]["link_precision"]),
    "cross_contradictions_unlisted_max": ("<=", lambda m: len(m["batch"]["unlisted_contradictions"])),
}

MAX_LISTED = 20  # misses and false alarms printed; --out has them all


def gate_section(extractor: str) -> str:
    """[realgold] for the offline extractor, [realgold_replay] / [realgold_llm] for the others."""
    return "realgold" if extractor == "rules" else f"realgold_{extractor}"


def render_real_table(m: dict[str, Any], baseline: dict[str, Any] | None = None) -> str:
    flips, con = m["flips"], m["contradictions"]
    lines = [f"checker eval {m['gold']} — extractor {m['extractor']}: {m['items']} items, {m['gold_figures']} gold "
             f"figures, {flips['total']} flips, {m['seconds']} s", ""]
    lines += headline_rows(REAL_HEADLINE, m, baseline)
    lines += ["", f"{'recall by gold scope':<22}{'gold':>6}{'checker':>9}{'digits':>8}"]
    for scope, s in m["claims_by_scope"].items():
        lines.append(f"{scope:<22}{s['gold']:>6}{fmt_cell(s['recall']):>9}"
                     f"{fmt_cell(m['digit_baseline_by_scope'][scope]['recall']):>8}")
    lines += ["", f"{'precision by kind':<22}{'found':>6}{'matched':>9}{'P':>8}"]
    for kind, s in m["claims_by_kind"].items():
        lines.append(f"{kind:<22}{s['predicted']:>6}{s['matched']:>9}{fmt_cell(s['precision']):>8}")
    lines += ["", f"{'flips by form':<22}{'caught':>8}{'total':>7}{'rate':>8}"]
    for form, s in flips["by_form"].items():
        lines.append(f"{form:<22}{s['caught']:>8}{s['total']:>7}{fmt_cell(s['rate']):>8}")
    lines.append(f"relations that hold and are stated: {flips['relations_eligible']}, flipped: "
                 f"{flips['relations_used']}; skipped: {_counts(flips['relations_skipped'])}")
    lines.append(f"numbers not edited: {_counts(flips['numbers_skipped'])}; caught only by an echo of an "
                 f"old finding (not counted): {flips['echoes_only']}")
    lines.append(f"flips missed, why: {_counts(flips.get('missed_why', {}))}")
    lines += _listed("flips missed", [f"{x['item']}: {x['expr']}  [{x['role']}] {x['edit']}"
                                      + (f"  ({x['why'].split(':')[0]})" if x.get("why") else "")
                                      for x in flips["missed"]])
    lines += _listed(f"false contradictions on {con['clean_items']} clean items",
                     [f"{x['item']}: {x['check']}: {x['working']}" for x in con["false_alarms"]])
    lines += _listed(f"contradictions on {con['nonreal_items']} items whose inconsistencies are all apparent, "
                     "ambiguity or wording (not counted as false)",
                     [f"{x['item']}: {x['check']}: {x['working']}" for x in con["nonreal_contradictions"]])
    lines += _listed(f"real within-item inconsistencies missed ({con['real_items']} items)",
                     [f"{x['item']}: wants {' | '.join(x['numbers'])}" for x in con["real_missed"]]
                     + [f"{i}: no failing relation with two numbers in the text" for i in con["real_unmeasured"]])
    lines += _batch_lines(m.get("batch"))
    return "\n".join(lines) + "\n"


def _batch_lines(b: dict[str, Any] | None) -> list[str]:
    """The items as one batch: events linked, and the cross-item inconsistencies flagged."""
    if b is None:
        return []
    lines = ["", f"as one batch: {b['gold_events']} gold events; the checker formed {b['events_formed']}; "
                 f"article pairs linked {b['linked_pairs']}, {b['linked_pairs_same_gold_event']} of them in one gold "
                 f"event (precision {fmt_cell(b['link_precision'])}), of {b['gold_same_event_pairs']} same-event "
                 f"pairs (recall {fmt_cell(b['link_recall'])})",
             f"cross-article findings: {_counts(b['cross_findings'])}; gold cross-item pairs "
             f"{_counts(b['gold_cross_pairs'])}, flagged (contradiction or unclear naming both): "
             f"{_counts(b['gold_cross_pairs_flagged'])}"]
    lines += _listed("linked pairs from different gold events", b["wrong_links"])
    lines += _listed("cross-article contradictions between items with no gold cross-item inconsistency (to read)",
                     [f"{' + '.join(x['articles'])}: {x['check']}: {x['working']}"
                      for x in b["unlisted_contradictions"]])
    return lines


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in counts.items()) or "none"


def _listed(title: str, rows: list[str]) -> list[str]:
    out = ["", f"{title}: {len(rows)}"]
    out += [f"  {r}" for r in rows[:MAX_LISTED]]
    if len(rows) > MAX_LISTED:
        out.append(f"  … {len(rows) - MAX_LISTED} more in --out")
    return out
