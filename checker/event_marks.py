"""The names and agreed sizes an article gives the happening it reports, read once from its text.

Computed with the article's other document facts (`resolve.py`), so the reconciler's event linker
reads typed marks and never the prose:

- `named`: the place a text names an agreement, talks or disaster by ("an exchange agreed in
  Geneva", "talks in Istanbul", "the Abu Dhabi deal", "the Wayanad landslides", "the earthquake
  that struck Herat"), keyed without case or accents;
- `size`: an agreed N-for-N size as written ("the 1,000-for-1,000 exchange").
"""

from __future__ import annotations

import re
import unicodedata

from checker.claims import EventMark
from checker.dates import MONTHS, WEEKDAYS

_WORD = r"[^\W\d_][\w'’\-]*"
_PLACE = rf"(?P<place>{_WORD}(?:\s+{_WORD}){{0,2}})"
_HAPPENINGS = r"earthquake|quake|landslides?|floods?|flooding|wildfires?|stampede|hurricane|cyclone|typhoon|tsunami"
# Keyword first, then the place next to it: scanning for a capitalised name at every word is slow.
_KEYWORD = re.compile(r"\b(?:(?P<verb>agreed|agree|negotiated|negotiate|brokered|struck|reached|signed|mediated|"
                      r"concluded|arranged)|(?P<venue>talks|negotiations|summit|meeting)|(?P<deal>deal|agreement|"
                      rf"accord)|(?P<happening>{_HAPPENINGS}))\b", re.IGNORECASE)
_AFTER_VERB = re.compile(r"(?:\s+(?:upon|on|during|at|the|talks|negotiations|meetings?|summit|earlier|last|this|week|"
                         rf"month|year))*\s+(?:in|at)\s+{_PLACE}")
_AFTER_VENUE = re.compile(rf"\s+(?:in|at)\s+{_PLACE}")
# "floods in northern Ruvania", "the earthquake in the Dalmor region": a direction, or 'the' before a named region
_REGION_NOUNS = r"(?:region|province|state|district|county|area|valley|coast|island|islands|governorate|prefecture)"
_REGION_WORDS = (rf"(?:the\s+(?=[A-Z][\w'’\-]*\s+{_REGION_NOUNS}\b))?"
                 r"(?:(?P<direction>north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
                 r"(?:ern)?\s+)?")
_AFTER_HAPPENING = re.compile(rf"\s+(?:in|that\s+(?:struck|hit))\s+{_REGION_WORDS}{_PLACE}")
_AFTER = {"verb": _AFTER_VERB, "venue": _AFTER_VENUE, "happening": _AFTER_HAPPENING}
_BEFORE = re.compile(rf"(?P<place>{_WORD}(?:\s+{_WORD}){{0,2}})\s+$")
_NAMED_BEFORE = ("venue", "deal", "happening")  # keywords a name can precede: "the Abu Dhabi deal"
LOOK_BACK = 80  # characters before a keyword searched for the name it follows ("the Abu Dhabi deal")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_SIZE = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d+)(?:-| )for(?:-| )(\d{1,3}(?:,\d{3})+|\d+)\b")
_NOT_PLACES = frozenset(
    {m.capitalize() for m in MONTHS} | {d.capitalize() for d in WEEKDAYS}
    | {"The", "A", "An", "In", "On", "At", "This", "That", "Its", "Their", "His", "Her", "Our", "Last", "Next",
       "Earlier", "Under", "During", "After", "Before", "Since", "Today", "Yesterday", "President", "Minister"})


def event_marks(text: str) -> tuple[EventMark, ...]:
    """Every event name and agreed size the text states, each key once, in text order."""
    marks: dict[tuple[str, str], EventMark] = {}
    for m in (*_names(text), *_sizes(text)):
        marks.setdefault((m.kind, m.key), m)
    return tuple(marks.values())


def _names(text: str) -> list[EventMark]:
    out = []
    for k in _KEYWORD.finditer(text):
        kind = k.lastgroup or ""
        after = _AFTER.get(kind)
        m = after.match(text, k.end()) if after is not None else None
        if m is not None and (place := _place(m.group("place"), from_end=False)):
            direction = m.groupdict().get("direction")  # "northern Ruvania" is not "southern Ruvania"
            key = _norm(f"{direction.replace('-', '')} {place}" if direction else place)
            out.append(EventMark(kind="named", key=key, words=" ".join(text[k.start():m.end()].split())))
        if kind in _NAMED_BEFORE:
            b = _BEFORE.search(text, max(0, k.start() - LOOK_BACK), k.start())
            if b is not None and (place := _place(b.group("place"), from_end=True)):
                out.append(EventMark(kind="named", key=_norm(place),
                                     words=" ".join(text[b.start("place"):k.end()].split())))
    return out


def _place(words: str, *, from_end: bool) -> str | None:
    """The capitalised name in a run of words: its start after 'in', its end before 'deal'."""
    parts = [_POSSESSIVE.sub("", w) for w in words.split()]
    if from_end:
        parts.reverse()
    kept = []
    for w in parts:
        if not w or not w[0].isupper() or w in _NOT_PLACES:
            break
        kept.append(w)
    if from_end:
        kept.reverse()
    return " ".join(kept) if kept else None


def _norm(words: str) -> str:
    """Lower case without accents: 'Türkiye' and 'Turkiye' are one key."""
    plain = unicodedata.normalize("NFKD", words.lower())
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


def _sizes(text: str) -> list[EventMark]:
    """'1,000-for-1,000': the same number on both sides is an agreed size."""
    return [EventMark(kind="size", key=m.group(1).replace(",", ""), words=m.group(0)) for m in _SIZE.finditer(text)
            if m.group(1) == m.group(2)]
