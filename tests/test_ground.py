"""Grounding: quotes map to offsets in the article text, and a near-miss never changes a number."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.claims import Grounding
from checker.ground import Grounder, ground

SEED = Path(__file__).resolve().parent.parent / "examples" / "000_57411453c1ec540b.txt"

TEXT = (
    "Kyiv said on Saturday that 307 Ukrainian soldiers came home.\n"
    "“Another 307 Ukrainian defenders are home,” Zelenskyy wrote.\n"
    "The 1,000-for-1,000 exchange – the largest yet – was agreed in Türkiye.\n"
    "On Friday, May 23, 392 Ukrainians were released from Russian captivity.\n"
    "The Grounding   of quotes\n   spans   whitespace and\u00a0non-breaking spaces.\n"
    "He said it wasn’t over.\n"
)


@pytest.fixture(scope="module")
def seed() -> str:
    return SEED.read_text(encoding="utf-8")


def test_exact_quote_is_found_at_its_offsets() -> None:
    g = ground(TEXT, "307 Ukrainian soldiers came home")
    assert g is not None
    assert (g.match, g.score) == ("exact", 100)
    assert g.start == TEXT.index("307 Ukrainian soldiers")
    assert TEXT[g.start : g.end] == g.quote == "307 Ukrainian soldiers came home"


@pytest.mark.parametrize(
    ("quote", "match"),
    [
        ("307 Ukrainian soldiers came home", "exact"),
        ("Türkiye", "exact"),
        ('"Another 307 Ukrainian defenders are home,"', "normalized"),
        ("ANOTHER 307 UKRAINIAN DEFENDERS", "normalized"),
        ("exchange - the largest yet - was agreed", "normalized"),
        ("Grounding of quotes spans whitespace and non-breaking spaces", "normalized"),
        ("it wasn't over", "normalized"),
        ("  307 Ukrainian soldiers  ", "exact"),
        ("On Friday, May 23, 392 Ukrainians were releasd", "fuzzy"),
        ("the 1,000-for-1,000 exchnge, the largest yet", "fuzzy"),
        ("Kyiv said on Saturday that 307 Ukrainain soldiers", "fuzzy"),
    ],
)
def test_offsets_cover_the_articles_own_characters_for_every_match_type(quote: str, match: str) -> None:
    g = ground(TEXT, quote)
    assert g is not None, quote
    assert g.match == match
    assert TEXT[g.start : g.end] == g.quote
    assert g.quote == g.quote.strip(), "evidence never starts or ends with whitespace"
    assert 0 <= g.start < g.end <= len(TEXT)


def test_straight_quotes_find_curly_quoted_text() -> None:
    g = ground(TEXT, '"Another 307 Ukrainian defenders are home,"')
    assert g is not None and g.match == "normalized" and g.score == 100
    assert g.quote == "“Another 307 Ukrainian defenders are home,”"


def test_curly_apostrophe_in_quote_finds_straight_apostrophe() -> None:
    text = "He said it wasn't over."
    g = ground(text, "it wasn’t over")
    assert g is not None and g.match == "normalized"
    assert g.quote == "it wasn't over"


def test_whitespace_and_newline_differences_are_tolerated() -> None:
    g = ground(TEXT, "Grounding of quotes spans whitespace and non-breaking spaces")
    assert g is not None and g.match == "normalized"
    assert g.quote == "Grounding   of quotes\n   spans   whitespace and\u00a0non-breaking spaces"


def test_case_difference_is_tolerated() -> None:
    g = ground(TEXT, "another 307 ukrainian DEFENDERS are home")
    assert g is not None and g.match == "normalized"
    assert g.quote == "Another 307 Ukrainian defenders are home"


def test_hyphen_matches_en_dash() -> None:
    g = ground(TEXT, "exchange - the largest yet - was agreed")
    assert g is not None and g.match == "normalized"
    assert g.quote == "exchange – the largest yet – was agreed"


def test_fuzzy_accepts_small_typo_in_long_quote() -> None:
    g = ground(TEXT, "On Friday, May 23, 392 Ukrainians were releasd from Russian captivity")
    assert g is not None
    assert g.match == "fuzzy" and 90 <= g.score < 100
    assert g.quote == "On Friday, May 23, 392 Ukrainians were released from Russian captivity"


def test_fuzzy_never_changes_a_number() -> None:
    text = "The headquarters said 392 Ukrainians were released on Friday."
    # The same misquote with the right number would be accepted, so the rejection is the number's.
    assert ground(text, "392 Ukrainians were releasd") is not None
    assert ground(text, "390 Ukrainians were released") is None


def test_fuzzy_never_changes_a_number_word() -> None:
    text = "Today is the second day of the exchange, officials said."
    assert ground(text, "Today is the second day of the exchang") is not None
    assert ground(text, "Today is the third day of the exchange") is None


def test_fuzzy_ignores_thousands_separators_but_not_magnitudes() -> None:
    text = "It was agreed as a 1,000-for-1,000 exchange of prisoners."
    g = ground(text, "agreed as a 1000-for-1000 exchange")
    assert g is not None and g.match == "fuzzy"
    assert g.quote == "agreed as a 1,000-for-1,000 exchange"
    assert ground(text, "agreed as a 100-for-1,000 exchange") is None


def test_short_quote_never_fuzzy_matches() -> None:
    assert ground(TEXT, "308") is None
    assert ground(TEXT, "307 Ukraine") is None  # 11 characters, one edit away from the text


def test_quote_never_matches_inside_a_larger_number() -> None:
    text = "In all, 1,390 people and 2390 others returned; 390 came on Friday."
    g = ground(text, "390")
    assert g is not None and g.start == text.index("390 came")
    assert ground("In all, 1,390 people returned.", "390 people") is None


def test_repeated_quote_maps_to_successive_occurrences_then_wraps(seed: str) -> None:
    occurrences = [i for i in range(len(seed)) if seed.startswith("307", i)]
    assert len(occurrences) == 4
    grounder = Grounder(seed)
    starts = [grounder.place("307").start for _ in range(5)]  # type: ignore[union-attr]
    assert starts == [*occurrences, occurrences[0]]


def test_near_picks_the_closest_unused_occurrence(seed: str) -> None:
    occurrences = [i for i in range(len(seed)) if seed.startswith("307", i)]
    grounder = Grounder(seed)
    third = grounder.place("307", near=occurrences[2] + 40)
    assert third is not None and third.start == occurrences[2]
    fourth = grounder.place("307", near=occurrences[2] + 40)  # the third is taken: next closest
    assert fourth is not None and fourth.start == occurrences[3]
    first = grounder.place("307", near=0)
    assert first is not None and first.start == occurrences[0]


def test_fuzzy_repeats_move_to_the_next_unused_occurrence() -> None:
    text = "First: 27 defenders of Mariupol are home. Later: 27 defenders of Mariupol are home."
    grounder = Grounder(text)
    a = grounder.place("27 defenders of Mariupl are home")
    b = grounder.place("27 defenders of Mariupl are home")
    assert a is not None and b is not None
    assert (a.match, b.match) == ("fuzzy", "fuzzy")
    assert a.start < b.start
    assert text[a.start : a.end] == text[b.start : b.end] == "27 defenders of Mariupol are home"


@pytest.mark.parametrize("quote", ["", "   ", "\n\t"])
def test_empty_or_whitespace_quote_is_not_grounded(quote: str) -> None:
    assert ground(TEXT, quote) is None


def test_quote_not_in_text_is_not_grounded() -> None:
    assert ground(TEXT, "Russia returned 1,200 bodies to Ukraine on Monday") is None


def test_grounding_is_a_claims_grounding() -> None:
    assert isinstance(ground(TEXT, "Türkiye"), Grounding)


def test_seed_article_quotes(seed: str) -> None:
    grounder = Grounder(seed)
    released = grounder.place("On Friday, May 23, 390 Ukrainians were released")
    assert released is not None and released.match == "exact"
    assert seed[released.start : released.end] == released.quote

    home = grounder.place('"Another 307 Ukrainian defenders are home.')
    assert home is not None and home.match == "normalized"
    assert home.quote == "“Another 307 Ukrainian defenders are home."
    assert seed[home.start : home.end] == home.quote

    misquoted = grounder.place("In just these two days, 697 people had been brought home")
    assert misquoted is not None and misquoted.match == "fuzzy"
    assert misquoted.quote == "In just these two days, 697 people have been brought home"

    assert grounder.place("In just these two days, 679 people have been brought home") is None
    assert grounder.place("On Friday, May 23, 392 Ukrainians were released") is None
