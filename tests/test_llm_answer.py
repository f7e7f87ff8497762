"""The LLM answer format holds everything the claim and relation models hold: any extraction written
as a model's answer and read back through the same parsing, validation and grounding as a live
answer gives equal claims and relations (a property, over generated articles and our own texts)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.claims import Article
from checker.extract.llm_answer import answer_from_extraction, answer_json
from checker.extract.llm_schema import ChunkAnswer, build_extraction
from checker.extract.rules import RuleExtractor
from checker.inputs import load

ROOT = Path(__file__).resolve().parent.parent
NOUNS = ["prisoners of war", "Ukrainian servicemen", "civilians", "hostages", "aid trucks", "people", "miners",
         "detainees", "Russian soldiers", "women", "children", "evacuees"]
HEDGES = ["", "more than ", "about ", "nearly ", "at least ", "up to ", "some "]
DAYS = ["on Monday", "on Tuesday, March 3", "the previous day", "a day later", "on Friday, May 23", ""]
VERBS = ["were released", "came home", "were killed", "were evacuated", "crossed the border", "remain missing",
         "are to be freed next week", "were handed over"]


def _figure(n: int, hedge: str) -> str:
    return f"{hedge}{n:,}"


@st.composite
def sentences(draw: st.DrawFn) -> str:
    n = draw(st.integers(1, 12000))
    noun = draw(st.sampled_from(NOUNS))
    form = draw(st.integers(0, 10))
    hedge = draw(st.sampled_from(HEDGES))
    day = draw(st.sampled_from(DAYS))
    verb = draw(st.sampled_from(VERBS))
    a, b = draw(st.integers(1, 500)), draw(st.integers(1, 500))
    return [
        f"{day.capitalize() + ', ' if day else ''}{_figure(n, hedge)} {noun} {verb}.",
        f"A total of {a + b} {noun} - {a} men and {b} women - {verb} {day}.".replace(" .", "."),
        f"The death toll rose to {a + b} {day} from {a}.".replace(" .", "."),
        f"{a} {noun} {verb} {day}, bringing the total to {a + b + n}.".replace(" ,", ","),
        f"Since the start of the war, {n:,} {noun} have been brought back.",
        f"Police freed {a + b} {noun}, including {a} women and {b} minors.",
        f"The youngest is {a % 60 + 18}, captured at {a % 18 + 17} in 2022.",
        f"Today is the {draw(st.sampled_from(['first', 'second', 'third']))} day of the {n:,}-for-{n:,} exchange.",
        f"{hedge.capitalize()}{a % 99 + 1}% of the {n:,} {noun}, or {b}, {verb}.",  # a share, rate or hedged
        f"The number of {noun} {draw(st.sampled_from(['doubled', 'rose 12%', 'fell by half']))} to {a} from {b}.",
        f"{a + b} {noun} {verb}, {draw(st.sampled_from(['nearly twice', 'three times', 'double']))} the {b}.",
    ][form]


def round_trip(article: Article) -> tuple[object, object]:
    rules = RuleExtractor().extract(article)
    raw = answer_json(answer_from_extraction(rules, article.text))
    back = build_extraction(article, [ChunkAnswer(0, len(article.text), raw)], rules.extractor)
    assert back.rejected == [] and back.ungrounded == [] and back.errors == []
    return (rules.claims, rules.relations), (back.claims, back.relations)


@settings(max_examples=300, deadline=None)
@given(st.lists(sentences(), min_size=1, max_size=6), st.booleans())
def test_any_rules_extraction_survives_the_llm_answer_format(parts, headline):
    text = ("Headline of the day with 12 figures\n\n" if headline else "") + " ".join(parts)
    original, back = round_trip(Article(id="gen", text=text))
    assert back == original


def test_our_own_articles_survive_the_llm_answer_format():
    paths = [*sorted((ROOT / "examples").glob("*.txt")),
             *sorted((ROOT / "tests" / "traps_own" / "cases").glob("*.txt")),
             ROOT / "eval" / "gold" / "own_dev.jsonl"]
    articles = [a for a in load(paths) if isinstance(a, Article)]
    assert len(articles) > 100
    claims = relations = 0
    for a in articles:
        original, back = round_trip(a)
        assert back == original, a.id
        claims += len(original[0])  # type: ignore[index]
        relations += len(original[1])  # type: ignore[index]
    assert claims > 700 and relations > 60
