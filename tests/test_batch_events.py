"""Across articles: events linked on stated evidence, and the checks that run inside one event.

The articles under tests/batches/ are written here (invented outlets and figures): three reports of
one swap agreed in Geneva with a running total that falls, a three-day 1,000-for-1,000 exchange
agreed in Oslo, two sources giving one day's count differently.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Literal

from checker.claims import Interval
from checker.extract.rules import RuleExtractor
from checker.inputs import load
from checker.pipeline import RunResult, run
from checker.reconcile.batch import MAX_FALLS_SHOWN, SeriesPoint, check_series
from checker.reconcile.events import MAX_GAP_DAYS, Mark, Profile, link

HERE = Path(__file__).resolve().parent
BATCHES = HERE / "batches"
SEED_003 = HERE.parent / "examples" / "003_d028d9d8b9cb004c.txt"
TODAY = dt.date(2026, 12, 1)


def check(*paths: Path) -> RunResult:
    return run(list(load(paths)), RuleExtractor(), today=TODAY)


def contradictions(result: RunResult, check_name: str | None = None) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.working, f.articles) for f in result.findings
            if f.verdict == "contradiction" and (check_name is None or f.check == check_name)]


def test_a_third_article_does_not_hide_a_falling_running_total() -> None:
    result = check(BATCHES / "cumulative_falls")
    falls = contradictions(result, "running_total")
    assert any("6,722" in w and "6,700" in w and set(a) == {"a_0305", "b_0306"} for w, a in falls), falls


def test_the_falling_total_is_still_reported_with_the_seed_added() -> None:
    result = check(BATCHES / "cumulative_falls", SEED_003)
    falls = contradictions(result, "running_total")
    assert any("6,722" in w and "6,700" in w and set(a) == {"a_0305", "b_0306"} for w, a in falls), falls
    # two different tallies as of the same publication day are compared too, and are unclear
    same_day = [f for f in result.findings if f.check == "running_total" and f.verdict == "unclear"]
    assert any({"003_d028d9d8b9cb004c", "b_0306"} == set(f.articles) for f in same_day)


def test_every_pair_is_compared_whatever_the_input_order(tmp_path: Path) -> None:
    renamed = tmp_path / "batch"
    shutil.copytree(BATCHES / "cumulative_falls", renamed)
    (renamed / "a_0306_moscow.txt").rename(renamed / "z_0306_moscow.txt")  # now read last, not second
    ids = {f.id for f in check(renamed).findings if f.check == "running_total"}
    base = check(BATCHES / "cumulative_falls")
    assert len(ids) == len([f for f in base.findings if f.check == "running_total"])
    assert contradictions(check(renamed), "running_total")


def test_a_three_day_exchange_told_in_three_articles_adds_up() -> None:
    result = check(BATCHES / "exchange_three_days")
    assert not contradictions(result)
    sums = {f.working for f in result.findings if f.check == "sum" and len(f.articles) > 1}
    assert {"390 + 307 = 697", "390 + 307 + 303 = 1,000"} <= sums
    targets = [f for f in result.findings if f.check == "target" and len(f.articles) == 3]
    assert [f.working for f in targets] == ["390 + 307 + 303 = 1,000 (complete)"]
    [event] = result.events
    assert event.articles == ["day1", "day2", "day3"] and event.verdict == "consistent"
    assert event.target == "1,000"


def test_one_day_changed_in_one_article_is_a_contradiction_naming_both(tmp_path: Path) -> None:
    batch = tmp_path / "exchange"
    shutil.copytree(BATCHES / "exchange_three_days", batch)
    day1 = batch / "day1.txt"
    day1.write_text(day1.read_text().replace(" 390 ", " 380 "))
    result = check(batch)
    found = contradictions(result, "sum")
    assert ("380 + 307 = 687 ≠ 697", ("day2", "day1")) in found
    assert ("380 + 307 + 303 = 990 ≠ 1,000", ("day3", "day1", "day2")) in found
    assert result.events[0].verdict == "contradiction"


def test_two_sources_disagreeing_on_one_day_are_named() -> None:
    result = check(BATCHES / "source_disagreement")
    [f] = [f for f in result.findings if f.check == "source_disagreement"]
    assert f.verdict == "contradiction" and set(f.articles) == {"kyiv", "moscow"}
    assert "Ukraine's Coordination Headquarters" in f.message and "Russia's Defence Ministry" in f.message


def test_outlets_disagreeing_on_one_day_make_one_finding_listing_each_value(tmp_path: Path) -> None:
    """Was one finding per disagreeing pair (six here); one per quantity lists each value with its
    articles, and names every claim, so each article's verdict is the same as before."""
    batch = tmp_path / "sources"
    shutil.copytree(BATCHES / "source_disagreement", batch)
    kyiv, moscow = (batch / "kyiv.txt").read_text(), (batch / "moscow.txt").read_text()
    (batch / "kyiv_post.txt").write_text(kyiv.replace("(Newswire)", "(Harbour Post)"))
    (batch / "kyiv_daily.txt").write_text(kyiv.replace("(Newswire)", "(Fjord Daily)"))
    (batch / "moscow_post.txt").write_text(moscow.replace("(Newswire)", "(Harbour Post)"))
    result = check(batch)
    [f] = [f for f in result.findings if f.verdict == "contradiction"]
    assert f.check == "source_disagreement" and f.working == "84 ≠ 86"
    assert set(f.articles) == {"kyiv", "kyiv_daily", "kyiv_post", "moscow", "moscow_post"}
    assert f.message == ("Sources disagree on 2026-07-02: 5 articles give 2 figures: 84 per Ukraine's Coordination "
                         "Headquarters (kyiv, kyiv_daily, kyiv_post); 86 per Russia's Defence Ministry (moscow, "
                         "moscow_post).")
    agree = sorted(len(g.articles) for g in result.findings if g.check == "restatement" and g.verdict == "consistent")
    assert agree == [2, 3]  # the outlets that agree still make one finding each way


def test_the_two_seed_exchanges_are_different_events() -> None:
    result = check(HERE.parent / "examples")
    assert result.events == []
    assert all(len(f.articles) == 1 for f in result.findings)


def test_each_linked_article_says_why_in_typed_reasons() -> None:
    [event] = check(BATCHES / "cumulative_falls").events
    assert event.label == "agreed in Geneva"
    linked = {link.article for link in event.links}
    assert linked == set(event.articles) - {event.articles[0]}
    named = [link for link in event.links if link.kind == "named"]
    assert named and all("Geneva" in link.words and "Geneva" in link.other_words for link in named)


def _profile(article: str, day: dt.date, *marks: Mark, sides: tuple[str, ...] = ("ukrainian",)) -> Profile:
    return Profile(article, day, sides, marks)


def test_the_same_name_far_apart_in_time_is_another_event() -> None:
    geneva = Mark("named", "geneva", "agreed in Geneva")
    start = dt.date(2026, 3, 5)
    later = start + dt.timedelta(days=MAX_GAP_DAYS + 1)
    assert link([_profile("a", start, geneva), _profile("b", later, geneva)]) == []
    [event] = link([_profile("a", start, geneva), _profile("b", start + dt.timedelta(days=2), geneva)])
    assert event.articles == ("a", "b") and event.clusters == (("a", "b"),)


def test_no_common_side_means_no_link() -> None:
    geneva = Mark("named", "geneva", "talks in Geneva")
    day = dt.date(2026, 3, 5)
    assert link([_profile("a", day, geneva, sides=("ukrainian",)), _profile("b", day, geneva, sides=("syrian",))]) == []


def test_a_same_day_figure_links_an_event_but_not_a_summing_cluster() -> None:
    day = dt.date(2026, 3, 5)
    same = Mark("same_day", "2026-03-05|exchanged|ukrainian", "390 Ukrainians (March 5)")
    [event] = link([_profile("a", day, same), _profile("b", day, same)])
    assert event.clusters == (("a",), ("b",))


def test_event_ids_do_not_depend_on_input_order() -> None:
    day = dt.date(2026, 3, 5)
    size = Mark("size", "1000", "1,000-for-1,000")
    ps = [_profile(x, day, size) for x in "cab"]
    assert link(ps)[0].id == link(list(reversed(ps)))[0].id


def _point(article: str, day: int, value: int, basis: Literal["stated", "publication"] = "publication") -> SeriesPoint:
    return SeriesPoint("k", "people returned since 2022", None, "ukrainian", f"{article}/c1", article,
                       dt.date(2026, 3, day), basis, Interval.point(value))


def test_a_running_total_compares_every_pair_not_only_neighbours() -> None:
    # 6,722 (5th) → 6,924 (6th, a) and 6,700 (6th, b): the fall 6,722 → 6,700 hides behind the higher value
    found = check_series([_point("m5", 5, 6722), _point("a6", 6, 6924), _point("b6", 6, 6700)])
    falls = [f for f in found if f.verdict == "contradiction"]
    assert [(f.articles, f.working) for f in falls] == [
        (("m5", "b6"), "6,722 (2026-03-05, m5) → 6,700 (2026-03-06, b6)")]
    assert [f.verdict for f in found if f.working.startswith("6,924")] == ["unclear"]  # same publication day


def test_same_day_values_stated_with_the_figures_are_a_contradiction() -> None:
    found = check_series([_point("a", 6, 6924, "stated"), _point("b", 6, 6700, "stated")])
    assert [f.verdict for f in found] == ["contradiction"]


def test_a_tally_quoted_by_thousands_of_articles_stays_bounded() -> None:
    points = [_point(f"a{i:05}", 1 + (i % 28), 5000 + 10 * (i % 28)) for i in range(5000)]
    points.append(_point("wild", 1, 90000))  # one misprint above every later value
    found = check_series(points)
    assert len(found) <= 28 * MAX_FALLS_SHOWN
    assert all("wild" in f.articles for f in found)
    assert any("more earlier figures" not in f.message for f in found)


def test_a_value_below_many_earlier_ones_shows_the_highest_and_counts_the_rest() -> None:
    points = [_point(f"a{i}", 1, 100 + i) for i in range(8)]  # eight articles, each above the later 50
    points += [_point("x", 1, 200), _point("x", 2, 50)]  # x's own fall is checked within x
    falls = [f for f in check_series(points) if f.working.startswith(("10", "20")) and "50" in f.working]
    assert [f.articles[0] for f in falls] == ["a7", "a6", "a5", "a4", "a3"]
    assert falls[-1].message.endswith(" 3 more earlier figures are above it too.")


def test_articles_naming_different_events_never_link_on_a_shared_size() -> None:
    day = dt.date(2026, 3, 5)
    size = Mark("size", "1000", "1,000-for-1,000")
    a = _profile("a", day, size, Mark("named", "geneva", "agreed in Geneva"))
    b = _profile("b", day, size, Mark("named", "istanbul", "agreed in Istanbul"))
    c = _profile("c", day, size)  # names no event: the shared size may link it
    assert link([a, b]) == []
    [event] = link([a, c])
    assert event.articles == ("a", "c")


def test_an_article_naming_no_event_does_not_bridge_two_named_events() -> None:
    day = dt.date(2026, 3, 5)
    size = Mark("size", "1000", "1,000-for-1,000")
    a = _profile("a", day, size, Mark("named", "geneva", "agreed in Geneva"))
    b = _profile("b", day, size, Mark("named", "istanbul", "agreed in Istanbul"))
    c = _profile("c", day, size)
    [event] = link([a, b, c])
    assert len(event.articles) == 2 and "c" in event.articles


def test_two_deals_that_each_hold_a_first_phase_on_the_same_day_are_not_one_event(tmp_path: Path) -> None:
    (tmp_path / "north.txt").write_text(
        " date 2025-03-15 A rebel group freed seven hostages on Saturday in the third of six phases of a deal "
        "agreed in Lisbon.\n\nUnder the deal the group committed to freeing 33 hostages. Five were released in the "
        "first phase on March 1 and six in the second a week later.\n", encoding="utf-8")
    (tmp_path / "south.txt").write_text(
        " date 2025-03-22 A militia freed 10 hostages on Saturday in the third phase of a ceasefire, bringing "
        "the number freed to 27 of the 40 it agreed to release.\n\nThe militia released eight hostages in the first "
        "phase on Saturday, March 1, and nine in the second phase on Thursday, March 13.\n", encoding="utf-8")
    result = check(tmp_path)
    assert contradictions(result) == []
    assert all(len(e.articles) == 1 for e in result.events), [e.links for e in result.events]


def test_event_names_and_sizes_are_read_with_the_facts_of_the_article() -> None:
    from checker.event_marks import event_marks

    text = ("The swap agreed in Geneva last week went ahead. Officials called it the Lakeport deal, "
            "a 300-for-300 exchange; a 12-for-9 trade of pilots is another matter.")
    marks = {(m.kind, m.key) for m in event_marks(text)}
    assert marks == {("named", "geneva"), ("named", "lakeport"), ("size", "300")}
    [article] = check(BATCHES / "exchange_three_days").articles[:1]
    assert article.facts.event_marks and ("named", "oslo") in {(m.kind, m.key) for m in article.facts.event_marks}


def test_the_linker_reads_the_facts_never_the_prose() -> None:
    from checker.claims import Article, DocumentFacts, EventMark
    from checker.reconcile.doc import Doc
    from checker.reconcile.events import profile

    article = Article(id="x", text="An exchange agreed in Geneva.", published=dt.date(2026, 3, 1))
    assert not profile(Doc.of("x", [], [], DocumentFacts(), article)).marks
    facts = DocumentFacts(event_marks=(EventMark(kind="named", key="geneva", words="agreed in Geneva"),))
    assert profile(Doc.of("x", [], [], facts, article)).marks == (Mark("named", "geneva", "agreed in Geneva"),)


def test_every_article_quoting_a_multi_day_total_is_checked_against_the_days(tmp_path: Path) -> None:
    batch = tmp_path / "exchange"
    shutil.copytree(BATCHES / "exchange_three_days", batch)
    (batch / "day3_wire.txt").write_text(
        "date 2026-06-11\nOSLO, June 11 (Wire) - The exchange agreed in Oslo is over: in total, 1,000 prisoners "
        "of war came home over the three days, the coordination headquarters said.\n")
    (batch / "day3_late.txt").write_text(
        "date 2026-06-11\nOSLO, June 11 (Wire) - The exchange agreed in Oslo is over: in total, 1,010 prisoners "
        "of war came home over the three days, one official said.\n")
    result = check(batch)
    sums = {(f.verdict, f.working, f.articles[0]) for f in result.findings if f.check == "sum" and len(f.articles) > 1}
    assert ("consistent", "390 + 307 + 303 = 1,000", "day3_wire") in sums
    assert ("contradiction", "390 + 307 + 303 = 1,000 ≠ 1,010", "day3_late") in sums


def test_outlets_quoting_one_figure_make_one_finding_naming_them_all(tmp_path: Path) -> None:
    batch = tmp_path / "exchange"
    shutil.copytree(BATCHES / "exchange_three_days", batch)
    day1 = (batch / "day1.txt").read_text()
    for outlet in ("Harbour Post", "Fjord Daily"):
        (batch / f"day1_{outlet.split()[0].lower()}.txt").write_text(day1.replace("(Newswire)", f"({outlet})"))
    result = check(batch)
    same = [f for f in result.findings if f.check == "restatement" and f.verdict == "consistent"
            and len(f.articles) > 1 and "390" in f.working]
    assert len(same) == 1 and set(same[0].articles) == {"day1", "day1_harbour", "day1_fjord"}, same
    assert same[0].message == "3 articles give the same figure."


def _pair(text_a: str, text_b: str, day: dt.date) -> RunResult:
    from checker.claims import Article

    return run([Article(id="a", text=text_a, published=day), Article(id="b", text=text_b, published=day)],
               RuleExtractor(), today=TODAY)


def test_a_total_with_no_side_is_not_held_to_one_side_of_an_exchange_told_elsewhere() -> None:
    day = dt.date(2026, 3, 6)
    result = _pair("Under the swap agreed in Geneva, 180 people were freed on Thursday, March 5.",
                   "Under the swap agreed in Geneva, the militia freed 118 detainees on Thursday, March 5, in "
                   "exchange for 62 of its fighters.", day)
    assert [e.articles for e in result.events] == [["a", "b"]]
    assert contradictions(result) == []
    # two outlets' releases that name no side may be the two sides of the swap (each capital counting
    # its own people): no side link is stated, so no contradiction; naming the side states it
    unsided = _pair("Under the swap agreed in Geneva, 180 people were freed on Thursday, March 5.",
                    "Under the swap agreed in Geneva, 118 people were freed on Thursday, March 5.", day)
    assert contradictions(unsided) == []
    sided = _pair("Under the swap agreed in Geneva, 180 Ukrainians were freed on Thursday, March 5.",
                  "Under the swap agreed in Geneva, 118 Ukrainians were freed on Thursday, March 5.", day)
    assert [w for w, _a in contradictions(sided)] == ["180 ≠ 118"]


def test_unsided_deaths_told_by_two_outlets_for_one_day_are_still_compared() -> None:
    result = _pair("The floods in northern Ruvania killed 40 people on Thursday, March 5.",
                   "The floods in northern Ruvania killed 46 people on Thursday, March 5.", dt.date(2026, 3, 6))
    assert [w for w, _a in contradictions(result)] == ["40 ≠ 46"]


def test_each_day_of_an_event_has_its_own_first_flight() -> None:
    result = _pair("Under the swap agreed in Geneva, the first flight carried 120 prisoners on Friday, March 6.",
                   "Under the swap agreed in Geneva, the first flight carried 125 prisoners on Saturday, March 7.",
                   dt.date(2026, 3, 7))
    assert [e.articles for e in result.events] == [["a", "b"]]
    assert [f.working for f in result.findings if f.check == "stage_sequence"] == []


def test_a_disaster_named_by_region_or_direction_links_its_reports():
    from checker.event_marks import event_marks

    def keys(text: str) -> set[str]:
        return {m.key for m in event_marks(text) if m.kind == "named"}

    assert keys("The toll from the floods in northern Ruvania rose to 70.") == {"north ruvania"}
    assert keys("Floods in southern Ruvania kill 12") == {"south ruvania"}  # another flood, not linked
    assert keys("An earthquake in the Dalmor region killed 230 people.") == {"dalmor"}
    assert keys("the quake in the Himalayan nation") == set()  # 'the' before a bare adjective names nothing


def test_a_total_of_both_sides_is_not_summed_from_one_sides_days_told_elsewhere() -> None:
    result = _pair("In the first stage of the exchange agreed in Istanbul, 390 Ukrainians and 390 Russians were "
                   "freed on Friday, May 22.",
                   "The exchange agreed in Istanbul ended on Saturday, May 23, with 307 Ukrainians and 307 Russians "
                   "freed. In all, 1,394 prisoners were exchanged over the two days.", dt.date(2026, 5, 23))
    assert contradictions(result) == []
