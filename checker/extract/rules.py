"""The offline extractor: deterministic rules over English news prose, no API key needed.

It reads sentence by sentence. Each number is classified by the pattern tables below (what it
counts, which side, which kind of figure); dates and ordinals in the same sentence are attached to
it. Document-level reasoning (which day an undated figure belongs to, relative dates, years) is not
done here but in `checker.resolve`, which every extractor shares.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from checker.claims import Article, Category, Claim, DateRef, Extraction, Grounding, Interval, Kind
from checker.dates import DATE_LINE, DEICTIC, WEEKDAY_NAMES, DateMention, anchor_date, find_dates
from checker.numbers import ORDINAL_RE, NumberMention, find_numbers, hedge_before, hedged, ordinal_value

# --- sentences ----------------------------------------------------------------------------------

_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n\s*\n|\n")
_NO_SPLIT_AFTER = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Capt|Maj|Rep|Sen|Gov|Jr|Sr|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|"
    r"Aug|Sep|Sept|Oct|Nov|Dec)\.|\b[A-Z]\.)$"
)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) with surrounding whitespace trimmed; abbreviations do not split."""
    spans: list[tuple[int, int]] = []
    start = 0
    m0 = DATE_LINE.match(text)
    if m0:  # the publication-date line is metadata, not prose
        start = m0.end()
    for m in _BOUNDARY.finditer(text, start):
        if _NO_SPLIT_AFTER.search(text[max(start, m.start() - 6):m.start()]):
            continue
        _push(text, start, m.start(), spans)
        start = m.end()
    _push(text, start, len(text), spans)
    return spans


def _push(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append((a, b))


# --- what is counted ----------------------------------------------------------------------------

# (noun pattern, category). The first row whose noun follows the number wins.
NOUNS: list[tuple[str, Category]] = [
    (r"prisoners? of war|POWs?|PoWs?", Category.MILITARY),
    (r"service ?(?:men|women|members|man|woman)|soldiers?|defenders?|troops|fighters|marines|"
     r"military personnel|combatants|border guards?|guardsmen|sailors|officers", Category.MILITARY),
    (r"civilians?(?: (?:detainees|hostages|prisoners|captives|citizens))?", Category.CIVILIAN),
    (r"bodies|remains|dead|deaths|fatalities|people (?:were |have been )?killed", Category.BODY),
    (r"(?:people )?(?:injured|wounded|hurt)|injuries", Category.INJURED),
    (r"(?:people )?missing", Category.MISSING),
    (r"hostages?", Category.HOSTAGE),
    (r"(?:Palestinian |political )?(?:prisoners|detainees|inmates)", Category.PRISONER),
    (r"trucks|lorries|vehicles|truckloads", Category.VEHICLE),
    (r"convoys", Category.OTHER),
    (r"votes?|ballots", Category.VOTE),
    (r"people|persons|individuals|citizens|captives|nationals|children|women|men|minors|"
     r"Ukrainians|Russians|Israelis|Palestinians|Americans|residents|survivors|evacuees", Category.PEOPLE),
]
# Nationality / side words, and the party key they stand for.
PARTIES: dict[str, str] = {
    "ukrainian": "ukrainian", "ukrainians": "ukrainian", "ukraine": "ukrainian",
    "russian": "russian", "russians": "russian", "russia": "russian",
    "israeli": "israeli", "israelis": "israeli", "israel": "israeli",
    "palestinian": "palestinian", "palestinians": "palestinian",
    "american": "american", "americans": "american",
}
for _demonym in ("belarusian", "armenian", "azerbaijani", "kyrgyz", "tajik", "uzbek", "kazakh", "georgian",
                 "moldovan", "colombian", "venezuelan", "british", "german", "french", "chinese", "indian",
                 "pakistani", "afghan", "iranian", "iraqi", "syrian", "lebanese", "turkish", "sudanese",
                 "ethiopian", "eritrean", "somali", "nigerian", "congolese", "rwandan", "thai", "cambodian"):
    PARTIES[_demonym] = PARTIES[_demonym + "s"] = _demonym
_MODS = r"(?:(?:[A-Za-z'’-]+)\s+){0,3}?"
_NOUN_RE = [(re.compile(rf"^\s*(?:of\s+(?:our|their|the|them|those)\s+)?(?P<mods>{_MODS})(?P<noun>{n})\b",
                        re.I), c) for n, c in NOUNS]
_OUR = re.compile(r"^\s*of\s+our\b|\bour\s+$", re.I)

# --- what kind of figure ------------------------------------------------------------------------

_TARGET_RE = re.compile(r"(?<![\d,])(\d{1,3}(?:,\d{3})*|\d+)\s*[-‐ ]\s*for\s*[-‐ ]\s*(\d{1,3}(?:,\d{3})*|\d+)\b")
_PERIOD_RE = re.compile(
    r"\b(?:over|in|during|across|for|within)\s+(?:just\s+)?(?:the\s+)?(?:past|last|these|those|first)?\s*"
    r"(?P<n>two|three|four|five|six|seven|2|3|4|5|6|7)\s+(?P<unit>days|stages|phases|rounds)\b|"
    r"\b(?:this|over the past|over the last|during the|in the past)\s+(?P<week>week)\b(?!')", re.I)
_TOTAL_RE = re.compile(
    r"\b(?:in total|a total of|total(?:ling)? (?:number )?(?:of )?|totals?|brings? the total|bringing the total|"
    r"bring(?:s|ing)? (?:the )?number|"
    r"altogether|combined|overall|in all)\b", re.I)
_TOTAL_AFTER = re.compile(r"[^.;,]{0,40}?\b(?:in total|altogether|combined|in all)\b", re.I)
_CUMULATIVE_RE = re.compile(
    r"\b(?:since (?:the (?:start|beginning|outbreak) of|the start|the beginning|(?:19|20)\d{2}|the (?:full-scale )?"
    r"(?:invasion|war)|(?:the|its|their) \w+)|so far|to date|in all since|thus far|up to now)\b", re.I)
_SUBSET_BEFORE = re.compile(
    r"\b(?:including|included|includes|include|among them|among whom|of whom|of them|among those|among the)\b", re.I)
_SUBSET_AFTER = re.compile(r"^\s*(?:of (?:them|whom|those|the|these|\w+'s)\b)", re.I)
# "Of Monday's convoy, 31 trucks carried fuel": a clause opened by "Of ..." names the whole.
_SUBSET_OF_CLAUSE = re.compile(r"^\s*Of\b[^,]{2,60},\s*$")
# A figure per unit of time is a rate ("600 trucks a day"), not a count of what happened.
_RATE_RE = re.compile(r"^[^,.;]{0,30}?\b(?:a|per|each|every)\s+(?:day|week|month|year|hour)\b|^[^,.;]{0,20}?\bdaily\b",
                      re.I)
# "80 trucks on Monday, 96 on Wednesday": a bare figure with its day continues the list before it.
_LIST_ITEM = re.compile(r"\s+(?:on|by)\s+(?:%s)\b" % "|".join(WEEKDAY_NAMES), re.I)
# "brings to seven the number of hostages freed": the figure is a running total.
_BRINGS_TO = re.compile(r"\b(?:brings?|bringing|raises?|raising|takes?|taking|pushe[sd]|pushing)\s+to\s+$", re.I)
# "Forty of the 193 trucks": the 193 refers back to a whole stated elsewhere, not a new count.
_BACK_REFERENCE = re.compile(r"\bof the\s+$", re.I)
# Money is not a count of people or things.
_MONEY_BEFORE = re.compile(r"(?:[$€£¥]|\bUS\$|\bUSD\s?)\s*$")
_MONEY_AFTER = re.compile(r"^\s*(?:million|billion)?\s*(?:dollars|euros|pounds|francs|yuan|rupees)\b", re.I)
# What the people did or suffered decides what is counted ("1,003 people had died").
VERB_CATEGORIES: list[tuple[re.Pattern[str], Category]] = [
    (re.compile(r"^\s*(?:\w+\s+){0,4}?(?:died|dead|killed|perished|drowned|lost their lives)\b", re.I), Category.BODY),
    (re.compile(r"^\s*(?:\w+\s+){0,3}?(?:injured|wounded|hurt)\b", re.I), Category.INJURED),
    (re.compile(r"^\s*(?:\w+\s+){0,3}?(?:missing|unaccounted)\b", re.I), Category.MISSING),
    (re.compile(r"^\s*(?:\w+\s+){0,3}?(?:displaced|evacuated|homeless|in need|affected|moved|sheltered|"
                r"stranded|rescued|rely|depend|need)\b", re.I), Category.OTHER),
]
_SUBSET_OF_PLACE = re.compile(r"^\s+(?:[a-z]+\s+){0,2}(?:defenders|soldiers|fighters|residents|servicemen)\s+"
                              r"of\s+[A-Z]")
# "brings the total number of Ukrainians freed ... to 500", "the death toll rose to 1,204"
_TO_FIGURE = re.compile(
    r"\b(?P<what>(?:total|number|toll|tally|count)\b[^.;]{0,140}?)\b(?:to|at|reached|stands at|of|from)\s+$", re.I)
_TOLL_RE = re.compile(r"\b(?:death toll|toll|number of (?:dead|deaths|people killed))\b", re.I)
# Clause boundaries inside a sentence: figures on either side describe different things.
_CLAUSE_RE = re.compile(
    r";|\band that\b|\bwhile\b|\bwhereas\b|\bbut\b|\band (?:a|the) (?:total|number)\b|\bfollowed\b|\bfollowing\b|"
    r"\b(?:a|one|the) day after\b|\bafter\b|\b(?:that|which) (?:began|started)\b|\b(?:and )?continued\b", re.I)
# A clause opened by these words happened that many days before/after the rest of the sentence.
CLAUSE_RELATIVE: dict[str, int] = {"a day after": -1, "one day after": -1, "the day after": -1}
# Figures in a clause about the future are plans, not reported facts: they are not extracted.
_FUTURE_RE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:expected|due|scheduled|set|planned|slated|to be)\b|\bwill\b|\bexpects?\b|"
    r"\bplans? to\b|\bin the coming days\b|\bnext (?:week|month|stage|phase|round)\b|\bcalls? for\b|"
    r"\bprovides? for\b|\ballows?\b|\bare needed\b|\bis needed\b|\bthe minimum\b|\bpromised?\b|"
    r"\bscheduled\b|\bplanned\b|\bto be (?:freed|released|handed|exchanged|returned)\b|"
    r"\b(?:is|are) (?:due )?to (?:release|free|hand|return)\b", re.I)
# Dates that say when something began or ended do not date the figures beside them: start points
# ("since Feb. 14") and background ("the attack on Oct. 7") never, a beginning ("the exchange that began
# on Friday") only when it sits in another clause than the figure.
_START_DATE = re.compile(r"(?:\b(?:since|until)\b[^,;.]{0,40}|\b(?:from|than)\s+|\b(?:attack|raid|offensive|invasion|"
                         r"assault|war)\s+on\s+|\b(?:taken|seized|abducted|kidnapped|captured|detained)\s+(?:on|in)\s+)$",
                         re.I)
_NOT_A_FIGURE_DATE = re.compile(r"\b(?:began|begun|started|starting|since|until|launched|took effect)\s+(?:on\s+)?$",
                                re.I)
# "since the truce took effect on Sunday, Jan. 19, when three women were released": the start date
# also dates its 'when' clause.
_WHEN_AFTER = re.compile(r",?\s+when\b")
# "held since 2022" dates a captivity, not a running total.
_CAPTIVITY_BEFORE = re.compile(r"\b(?:held|detained|imprisoned|missing|jailed|kept)\s+$", re.I)
# "handed over 115": a verb particle, not the hedge "over".
_PARTICLE_OVER = re.compile(r"\b(?:hand|hands|handed|handing|turn|turns|turned|pass|passed|gave|give|took|take)\s+$",
                            re.I)
_STAGE_RE = re.compile(
    rf"{ORDINAL_RE.pattern}\s+(?:of\s+(?:the\s+)?(?:\w+\s+)?)?(?:and\s+(?P<final>final|last)\s+)?"
    r"(?P<unit>day|stage|phase|part|round|batch|wave)s?\b",
    re.I)
_FINAL_RE = re.compile(r"\b(?:final|last|concluding|completing|completes|completed)\s+(?:stage|phase|part|round)\b",
                       re.I)
_AGE_RE = re.compile(
    r"\b(?:is|was|aged|age of)\s+(?P<now>\d{1,3})\b(?:\s*(?:years old)?,?\s*(?:who was\s+)?(?:captured|taken|"
    r"detained|imprisoned|abducted|kidnapped|seized|held)\s+(?:at|aged|when he was|when she was)\s+"
    r"(?P<then>\d{1,3})\s+in\s+(?P<year>(?:19|20)\d{2}))?", re.I)
_AGE_RE2 = re.compile(
    r"\b(?:youngest|oldest)\b[^.;]{0,30}?,\s*(?P<now>\d{1,3}),\s*(?:was|who was)\s+(?:captured|taken|detained|"
    r"imprisoned|abducted|kidnapped|seized)\s+(?:at|aged)\s+(?P<then>\d{1,3})\s+in\s+(?P<year>(?:19|20)\d{2})", re.I)
_AGE_CONTEXT = re.compile(r"\b(?:youngest|oldest|aged|age|years? old|-year-old)\b", re.I)
_AGE_HYPHEN = re.compile(r"\b(?P<now>\d{1,3})-year-old\b")
_DURATION_RE = re.compile(
    r"(?P<num>\S+(?:\s+\S+)?)\s+(?P<unit>years?|months?|days?)\s+(?:into|since|after|of)\s+(?:the\s+)?"
    r"(?P<anchor>[\w' -]{3,40}?)(?=[,.;]|\s+(?:the|and|is|was|has|had|in|on)\b)", re.I)
_YEAR_CONTEXT = re.compile(r"(?:\bin|\bsince|\bof|\bfrom|\buntil|\bby)\s+$", re.I)
_ANNOUNCE_RE = re.compile(
    r"(?:according to|said|announced|reported|told|confirmed|wrote)\s+(?:by\s+)?(?P<who>(?:the\s+)?[A-Z][\w.'’-]*"
    r"(?:\s+(?:of\s+)?[A-Z][\w.'’-]*){0,4})|(?P<who2>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})\s+"
    r"(?:said|announced|reported|wrote|confirmed|told)\b")

MAX_QUOTE = 240
ANCHOR_REACH = 600  # 'a day later' counts from a date named at most this many characters before


@dataclass
class _Sentence:
    start: int
    end: int
    dates: list[DateMention] = field(default_factory=list)
    stages: list[tuple[int, int, int, bool, str]] = field(default_factory=list)  # start, end, n, final, unit
    numbers: list[NumberMention] = field(default_factory=list)


class RuleExtractor:
    """Deterministic extractor; the default when no LLM endpoint is configured."""

    name = "rules"

    def extract(self, article: Article) -> Extraction:
        text = article.text
        out = _Builder(article)
        for s_start, s_end in sentences(text):
            sent = _Sentence(s_start, s_end, find_dates(text, s_start, s_end), _stages(text, s_start, s_end),
                             find_numbers(text, s_start, s_end))
            out.sentence(sent)
        return Extraction(article_id=article.id, extractor=self.name, claims=out.claims)


def _stages(text: str, a: int, b: int) -> list[tuple[int, int, int, bool, str]]:
    found = []
    for m in _STAGE_RE.finditer(text, a, b):
        final = bool(m.group("final")) or bool(_FINAL_RE.search(text, m.start(), min(b, m.end() + 1)))
        found.append((m.start(), m.end(), ordinal_value(m.group(1)), final, m.group("unit").lower()))
    return found


class _Builder:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.claims: list[Claim] = []
        self.dates = find_dates(article.text)

    # -- emission
    def add(self, kind: Kind, span: tuple[int, int], focus: tuple[int, int], **fields: object) -> None:
        a, b = _quote_span(self.text, span, focus)
        quote = self.text[a:b]
        self.claims.append(Claim(
            id=f"{self.article.id}/c{len(self.claims) + 1}", article_id=self.article.id, kind=kind,
            grounding=Grounding(quote=quote, start=a, end=b), **fields))  # type: ignore[arg-type]

    def sentence(self, s: _Sentence) -> None:
        text = self.text
        used: list[tuple[int, int]] = []  # number spans already explained by a special pattern
        who = _attribution(text, s.start, s.end)
        sent_span = (s.start, s.end)

        for d in s.dates:
            if (d.weekday is not None and d.month is not None) or d.relative_days is not None:
                self.add(Kind.DATE, sent_span, (d.start, d.end), unit="other", attribution=who,
                         date=self._ref(d))
        for a, b, n, final, unit in s.stages:
            if _FUTURE_RE.search(text, *_clause(text, s, a)):
                continue
            self.add(Kind.ORDINAL, sent_span, (a, b), value=Interval.point(n), unit="stage", stage=n,
                     final_stage=final, label=unit, date=self._date_near(s, a, b, ordinal=True), attribution=who)
        for m in _TARGET_RE.finditer(text, s.start, s.end):
            left, right = (Decimal(x.replace(",", "")) for x in m.groups())
            if left == right:
                self.add(Kind.TARGET, sent_span, m.span(), value=Interval.point(left), label=m.group(0),
                         event="swap", attribution=who)
            used.append(m.span())
        ages = list(_AGE_RE2.finditer(text, s.start, s.end))
        ages += [m for m in _AGE_RE.finditer(text, s.start, s.end) if not any(
            a.start() <= m.start() < a.end() for a in ages)]
        for m in ages:
            if not _AGE_CONTEXT.search(text, max(s.start, m.start() - 40), m.end() + 12):
                continue
            self.add(Kind.AGE, sent_span, m.span(), value=Interval.point(int(m.group("now"))), unit="years",
                     then_value=Decimal(m.group("then")) if m.group("then") else None,
                     then_year=int(m.group("year")) if m.group("year") else None,
                     label=_age_label(text, s.start, m.start()), attribution=who)
            used.append(m.span())
        for m in _AGE_HYPHEN.finditer(text, s.start, s.end):
            used.append(m.span())
        for m in _DURATION_RE.finditer(text, s.start, s.end):
            anchor = m.group("anchor").strip().lower()
            since = anchor_date(anchor)
            nums = find_numbers(text, m.start("num"), m.end("num"))
            if since is None or not nums:
                continue
            num = nums[-1]
            h = hedge_before(text, num.start)
            unit = m.group("unit").lower().rstrip("s") + "s"
            self.add(Kind.DURATION, sent_span, (h[1] if h else num.start, m.end()),
                     value=hedged(num.value, h[0] if h else None, integer=False), unit=unit,  # type: ignore[arg-type]
                     since=since, since_text=m.group("anchor").strip(), attribution=who)
            used.append((num.start, num.end))

        for num in s.numbers:
            if any(a <= num.start < b for a, b in used) or _is_year(text, num):
                continue
            if any(d.start <= num.start < d.end for d in s.dates):
                continue
            self.number(s, num, who)

    def number(self, s: _Sentence, num: NumberMention, who: str | None) -> None:
        text = self.text
        after = text[num.end:min(s.end, num.end + 80)]
        c_start, c_end = _clause(text, s, num.start)
        if _FUTURE_RE.search(text, c_start, c_end):
            return
        noun = next(((m, c) for rx, c in _NOUN_RE if (m := rx.match(after))), None)
        to_figure = None
        previous = self._previous_figure(s, num.start)
        if noun is None and previous is not None and (re.match(r"\s+more\b", after) or (
                _LIST_ITEM.match(after) and previous.grounding and previous.grounding.start >= s.start)):
            # "... 60 Ukrainians were freed, and on Friday 75 more": the same noun as the figure before
            self.add(Kind.COUNT, (s.start, s.end), (num.start, num.end + 5), value=hedged(num.value, None),
                     category=previous.category, party=previous.party, label=previous.label, attribution=who,
                     date=self._date_near(s, num.start, num.end))
            return
        if noun is None:
            to_figure = _TO_FIGURE.search(text[max(c_start, num.start - 170):num.start])
            if to_figure is None:
                return  # a bare number ("one of", "No 2"): nothing counted, nothing to check
            what = to_figure.group("what")
            if _TOLL_RE.search(what):
                noun = (re.match(r"(?P<mods>)(?P<noun>.*)", "dead"), Category.BODY)
            else:
                noun = next(((m2, c) for rx, c in _NOUN_RE for i in range(len(what))
                             if what[i - 1:i] in ("", " ") and (m2 := rx.match(what[i:]))), None)
            if noun is None and previous is not None:  # "bringing the number freed so far to 18"
                noun = (re.match(r"(?P<mods>)(?P<noun>.*)", previous.label or previous.category.value),
                        previous.category)
            if noun is None:
                return
        m, category = noun
        rest = text[num.end + m.end():c_end]
        if _BACK_REFERENCE.search(text[max(s.start, num.start - 8):num.start]):
            return
        if _RATE_RE.match(rest) or _MONEY_BEFORE.search(text[max(s.start, num.start - 5):num.start]) \
                or _MONEY_AFTER.match(text[num.end:num.end + 20]):
            return
        if category == Category.PEOPLE and not to_figure:
            category = next((c for rx, c in VERB_CATEGORIES if rx.match(rest)), category)
        mods = (m.group("mods") or "").lower()
        if "civilian" in mods and category in (Category.PRISONER, Category.PEOPLE, Category.HOSTAGE):
            category = Category.CIVILIAN
        before = text[max(s.start, num.start - 60):num.start]
        party = _party(mods + " " + m.group("noun"))
        if party is None and (_OUR.search(after[:12] + " ") or _OUR.search(before[-8:])):
            party = "ours"
        h = hedge_before(text, num.start)
        if h and h[0] == "over" and _PARTICLE_OVER.search(text[max(s.start, h[1] - 12):h[1]]):
            h = None
        value = hedged(num.value, h[0] if h else None)
        focus = (h[1] if h else num.start, num.end + (0 if to_figure else m.end()))
        clause = text[c_start:c_end]
        rel = num.start - c_start
        fields: dict[str, object] = dict(
            value=value, category=category, party=party, attribution=who,
            label=(m.group("mods") or "") + m.group("noun"), date=self._date_near(s, num.start, num.end),
        )
        stage = self._stage_near(s, num.start)
        if stage:
            fields["stage"] = stage[2]
            fields["final_stage"] = stage[3]

        period = _PERIOD_RE.search(clause)
        # A total's marker comes before its figure ("a total of 500") or right after it ("500 in total").
        totalled = bool(to_figure and not _TOLL_RE.search(to_figure.group("what"))) or bool(
            _BRINGS_TO.search(text[max(c_start, num.start - 30):num.start])) or bool(
            _TOTAL_RE.search(text, c_start, num.start) or _TOTAL_AFTER.match(text, focus[1], c_end))
        # "including 15", "of whom 12" mark a part; "brings ... to 27 of the 40" is a running total.
        marked_part = bool(_SUBSET_BEFORE.search(text[max(c_start, num.start - 90):num.start])
                           or _SUBSET_AFTER.match(after))
        if (marked_part and not totalled) or _SUBSET_OF_CLAUSE.match(text[s.start:num.start]) \
                or _SUBSET_OF_PLACE.match(text[num.end:s.end]):
            kind = Kind.SUBSET
            fields["whole_hint"] = "sentence" if any(
                c.kind == Kind.COUNT and c.grounding and c.grounding.start >= s.start for c in self.claims
            ) else "reported day"
        elif (cm := _cumulative_marker(text, c_start, c_end, num, s)) or (
                to_figure and _TOLL_RE.search(to_figure.group("what"))):
            kind = Kind.CUMULATIVE
            fields["since_text"] = cm.group(0) if cm else "toll"
            fields["since"] = anchor_date(clause)
        elif period and (totalled or period.start() > rel - 120):
            kind = Kind.TOTAL
            fields["period_days"] = 7 if period.group("week") else _word_int(period.group("n"))
        elif totalled and not (fields.get("date") and not fields["date"].relative_days  # type: ignore[union-attr]
                               and _TOTAL_RE.search(text, c_start, num.start)):
            kind = Kind.TOTAL  # "a total of 915 trucks crossed on Monday" is that day's count
        else:
            kind = Kind.COUNT
        self.add(kind, (s.start, s.end), focus, **fields)

    def _date_near(self, s: _Sentence, pos: int, end: int | None = None, *, ordinal: bool = False) -> DateRef | None:
        """The date of the figure at pos: a date in its clause, else (figures only) in its sentence.

        A clause opened by 'a day after' is the day before; dates of a beginning ('began on Friday')
        and future dates ('tomorrow') never date a figure.
        """
        text = self.text
        a, b = _clause(text, s, pos)
        opener = text[max(s.start, a - 14):a].lower().strip()
        for words, days in CLAUSE_RELATIVE.items():
            if opener.endswith(words):
                return DateRef(text=words, relative_days=days)
        end = pos if end is None else end
        others = [n for n in s.numbers if not n.start <= pos < n.end]
        usable = [d for d in s.dates if not ((d.relative_days or 0) > 0 and d.text.lower() in DEICTIC)
                  and not (_START_DATE.search(text[max(s.start, d.start - 60):d.start])
                           and not _WHEN_AFTER.match(text, d.end))
                  and (ordinal or not _owned_by_other(d, others, (pos, end)))]
        near = [d for d in usable if a <= d.start < b] or ([] if ordinal else [
            d for d in usable if not _NOT_A_FIGURE_DATE.search(text[max(s.start, d.start - 14):d.start])])
        best = min(near, key=lambda d: d.start - end if d.start >= end else max(0, pos - d.end), default=None)
        if best is None:
            return None
        return self._ref(best)

    def _ref(self, d: DateMention) -> DateRef:
        """A DateRef; a relative one ('a day later') keeps the date the text named before it."""
        relative_to = None
        if d.relative_days is not None and d.text.lower() not in DEICTIC:
            before = [m for m in self.dates if m.end <= d.start and m.relative_days is None
                      and d.start - m.end < ANCHOR_REACH and (m.weekday is not None or m.month is not None)
                      and not _START_DATE.search(self.text[max(0, m.start - 60):m.start])
                      and not _FUTURE_RE.search(self.text[max(0, m.start - 80):m.start])]
            if before:
                m = before[-1]
                relative_to = DateRef(text=m.text, weekday=m.weekday, month=m.month, day=m.day, year=m.year)
        return DateRef(text=d.text, weekday=d.weekday, month=d.month, day=d.day, year=d.year,
                       relative_days=d.relative_days, relative_to=relative_to)

    def _stage_near(self, s: _Sentence, pos: int) -> tuple[int, int, int, bool, str] | None:
        a, b = _clause(self.text, s, pos)
        return min((st for st in s.stages if a <= st[0] < b), key=lambda st: abs(st[0] - pos), default=None)

    def _previous_figure(self, s: _Sentence, pos: int) -> Claim | None:
        """The figure before pos in this sentence or the one before ('148 more crossed')."""
        return next((c for c in reversed(self.claims) if c.grounding and c.grounding.start >= s.start - 300
                     and c.grounding.start < pos and c.kind in (Kind.COUNT, Kind.TOTAL)
                     and c.category != Category.OTHER), None)


def _owned_by_other(d: DateMention, others: list[NumberMention], mine: tuple[int, int]) -> bool:
    """'71 a day earlier', 'On Monday, 54': a date right beside another figure belongs to that one."""
    for n in others:
        if 0 <= d.start - n.end <= 3 and not 0 <= d.start - mine[1] <= 3:
            return True
        if 0 <= n.start - d.end <= 2 and not 0 <= mine[0] - d.end <= 2:
            return True
    return False


def _cumulative_marker(text: str, a: int, b: int, num: NumberMention, s: _Sentence) -> re.Match[str] | None:
    """A running-total marker ('since the start of', 'so far') that belongs to this figure: no other
    figure of the clause is closer to it."""
    others = [n for n in s.numbers if a <= n.start < b and n.start != num.start
              and not any(d.start <= n.start < d.end for d in s.dates)]
    for m in _CUMULATIVE_RE.finditer(text, a, b):
        if _CAPTIVITY_BEFORE.search(text[max(a, m.start() - 25):m.start()]):
            continue
        gap = _gap(m.span(), (num.start, num.end))
        if all(_gap(m.span(), (n.start, n.end)) >= gap for n in others):
            return m
    return None


def _gap(x: tuple[int, int], y: tuple[int, int]) -> int:
    return max(0, y[0] - x[1], x[0] - y[1])


def _clause(text: str, s: _Sentence, pos: int) -> tuple[int, int]:
    """The part of the sentence around pos between clause boundaries."""
    a, b = s.start, s.end
    for m in _CLAUSE_RE.finditer(text, s.start, s.end):
        if m.end() <= pos:
            a = m.end()
        elif m.start() > pos:
            b = m.start()
            break
    return a, b


def _quote_span(text: str, sent: tuple[int, int], focus: tuple[int, int]) -> tuple[int, int]:
    """The sentence, or for a long one the clause window around the figure, on word boundaries."""
    a, b = sent
    if b - a <= MAX_QUOTE:
        return a, b
    lo = max(a, focus[0] - 100)
    hi = min(b, focus[1] + 100)
    while lo > a and not text[lo - 1].isspace():
        lo -= 1
    while hi < b and not text[hi].isspace():
        hi += 1
    for sep in (". ", "; ", "… ", "... "):
        cut = text.rfind(sep, lo, focus[0])
        if cut != -1:
            lo = cut + len(sep)
            break
    return lo, hi


def _party(words: str) -> str | None:
    for w in re.findall(r"[a-z']+", words.lower()):
        w = w.removesuffix("'s")
        if w in PARTIES:
            return PARTIES[w]
    return None


def _is_year(text: str, num: NumberMention) -> bool:
    if num.is_word or not (1900 <= num.value <= 2100) or "," in num.text:
        return False
    return bool(_YEAR_CONTEXT.search(text[max(0, num.start - 8):num.start])) or not re.match(
        r"\s+[a-z]", text[num.end:num.end + 3])


def _attribution(text: str, a: int, b: int) -> str | None:
    m = _ANNOUNCE_RE.search(text, a, b)
    if not m:
        return None
    who = (m.group("who") or m.group("who2") or "").strip()
    return who if who and who.lower() not in {"the", "he", "she", "it", "they"} else None


def _age_label(text: str, a: int, pos: int) -> str | None:
    m = re.search(r"\b(youngest|oldest)\b[^.,;]*$", text[a:pos], re.I)
    return m.group(1).lower() if m else None


def _word_int(w: str) -> int:
    words = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
    return words.get(w.lower()) or int(w)
