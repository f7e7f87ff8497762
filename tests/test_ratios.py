"""Ratios the text states, in our own wording: a share of a stated whole ("30% of the 400 orchards, or
120"), a percentage change ("rose 12% to 56,000 from 50,000") and a multiple ("doubled to 64 from 32").
Each clean text holds; a planted error is called by its numbers; rounding and hedges stay within."""

from __future__ import annotations

import datetime as dt

from checker.claims import RelationKind
from tests.helpers import run_text

PUB = dt.date(2026, 3, 6)


def verdicts(text: str, check: str) -> list[tuple[str, str]]:
    return [(f.verdict, f.working) for f in run_text(text, published=PUB).findings if f.check == check]


def verdict(text: str, check: str) -> str:
    found = verdicts(text, check)
    assert len(found) == 1, found
    return found[0][0]


def alarms(text: str) -> list[str]:
    return [f.working for f in run_text(text, published=PUB).findings if f.verdict == "contradiction"]


# --- shares of a stated whole -------------------------------------------------------------------


def test_a_percentage_of_a_whole_restated_as_an_amount_is_checked():
    text = "The frost has ruined 30% of the 400 orchards in the Velmar valley, or {} orchards, growers said."
    assert verdicts(text.format(120), "share") == [("consistent", "30% × 400 = 120 ≈ 120")]
    assert verdicts(text.format(150), "share") == [("contradiction", "30% × 400 = 120 ≠ 150")]


def test_a_share_rounded_as_written_is_no_alarm():
    text = "Clerks said {}% of the 1,250 ballots, or 514, were spoiled."  # 514 / 1,250 = 41.1%
    assert verdict(text.format(41), "share") == "consistent"
    assert verdict(text.format(45), "share") == "contradiction"


def test_a_hedged_share_is_an_interval():
    text = "{}60% of the 5,000 tickets, or 3,300, were sold online."  # 66%: within 'about 60%'
    assert verdict(text.format("About "), "share") == "consistent"
    assert verdict(text.format(""), "share") == "contradiction"


def test_a_share_in_words_of_a_whole_told_before():
    text = "The port of Orrin moved 2,900 containers on Monday. Half of them, {}, went by rail."
    assert verdict(text.format("1,450"), "share") == "consistent"
    assert verdict(text.format("1,490"), "share") == "unclear"  # 51%: loose, not wrong
    assert verdict(text.format("1,650"), "share") == "contradiction"


def test_a_fraction_word_is_no_count_and_states_a_share():
    text = "Three quarters of the 48 seats, or {}, went to the Lantern Party."
    assert verdict(text.format(36), "share") == "consistent"
    assert verdict(text.format(30), "share") == "contradiction"
    claims = run_text(text.format(36), published=PUB).articles[0].claims
    assert sorted(int(c.value.lo) for c in claims if c.value is not None and c.value.lo is not None) == [36, 48]


def test_an_amount_then_its_share_of_the_whole():
    text = "Mira Tolk won 18,600 votes, or {}% of the 30,000 cast."
    assert verdict(text.format(62), "share") == "consistent"
    assert verdict(text.format(72), "share") == "contradiction"


def test_a_turnout_is_the_share_of_the_partitive_whole():
    text = "Of the town's 24,000 registered voters, 15,000 voted, a turnout of {}%."
    assert verdict(text.format("62.5"), "share") == "consistent"
    assert verdict(text.format("68"), "share") == "contradiction"


def test_a_percentage_spelled_out_is_a_figure():
    text = "{} percent of the 850 pupils, 340, come from the hills."
    assert verdict(text.format("Forty"), "share") == "consistent"
    assert verdict(text.format("Fifty"), "share") == "contradiction"


def test_shares_the_text_does_not_tie_raise_nothing():
    assert alarms("Turnout was 62%. A total of 30,000 votes were cast in Brell.") == []
    assert alarms("Half of the 18 passengers were children, and 40 crew members were rescued.") == []
    assert alarms("The fire burned 40% of the 200 farms, or 3,000 hectares, in the Brenn valley.") == []
    kinds = [r.kind for r in run_text("About 30% of the 400 orchards, 80 more than last year, were lost.",
                                      published=PUB).articles[0].relations]
    assert RelationKind.SHARE not in kinds


# --- percentage changes -------------------------------------------------------------------------


def test_a_percentage_change_with_both_figures_is_checked():
    text = "Ferry passengers rose {}% to 56,000 from 50,000."
    assert verdict(text.format(12), "change") == "consistent"
    assert verdict(text.format(20), "change") == "contradiction"
    fall = "Clinic visits in Harrow fell by 25% to 900 from {}."
    assert verdict(fall.format("1,200"), "change") == "consistent"
    assert verdict(fall.format("1,300"), "change") == "contradiction"


def test_up_a_percentage_from_an_earlier_figure():
    text = "The Kessel museum drew 84,000 visitors last year, up {}% from 80,000."
    assert verdict(text.format(5), "change") == "consistent"
    assert verdict(text.format(15), "change") == "contradiction"


def test_a_percentage_worked_out_before_rounding_the_figures_is_no_alarm():
    # 54 / 50 = 8.0%, but '54 billion' may be 54.2 billion: 8.4% is within the figures' rounding
    assert alarms("Grain exports from Tarn rose 8.4% to 54 billion dinars from 50 billion.") == []
    assert alarms("Grain exports from Tarn rose 18% to 54 billion dinars from 50 billion.") != []


# --- multiples ----------------------------------------------------------------------------------


def test_doubled_to_from_is_a_multiple_with_slack():
    text = "The number of measles cases in Ulm doubled to {} from 32 in a month."
    assert verdict(text.format(64), "change") == "consistent"
    assert verdict(text.format(62), "change") == "consistent"  # 1.94 times: ordinary usage
    assert verdict(text.format(59), "change") == "unclear"  # 1.84 times: loose
    assert verdict(text.format(48), "change") == "contradiction"


def test_a_multiple_of_a_figure_compared():
    text = "The fair in Dossel drew 36,000 people, {} times the 12,000 of last year."
    assert verdict(text.format("three"), "change") == "consistent"
    assert verdict(text.format("four"), "change") == "contradiction"
    text = "The challenger got 19,400 votes, nearly {} as many as the 10,100 of the incumbent."
    assert verdict(text.format("twice"), "change") == "consistent"
    assert verdict(text.format("three times"), "change") == "contradiction"
    # no figure compared: no relation
    assert alarms("His blood alcohol was twice the legal limit, and 12 people were hurt.") == []
    assert alarms("The 40 riders called the marshal three times.") == []


def test_fell_by_half_and_double_the():
    text = "Burglaries in Wend fell by half to {} from 6,200 over five years."
    assert verdict(text.format("3,100"), "change") == "consistent"
    assert verdict(text.format("4,100"), "change") == "contradiction"
    text = "The number of detainees freed on Friday, {}, was double the 45 freed on Thursday."
    assert verdict(text.format(90), "change") == "consistent"
    assert verdict(text.format(70), "change") == "contradiction"


def test_as_many_of_one_deed_as_another_then_the_figures_after_a_colon():
    text = "Twice as many people were hurt as killed when the Fenn pier gave way: 9 dead and {} injured."
    assert verdict(text.format(18), "change") == "consistent"
    assert verdict(text.format(25), "change") == "contradiction"


# --- the size of a change of two percentages, written in percent ----------------------------------


def test_a_change_of_two_percentages_may_state_its_size_relative_or_in_points():
    text = "Jobless claims in Vell fell to 6.3% in June from 7.0% a year earlier, a drop of {}%."
    assert alarms(text.format(10)) == []  # relative: 0.7 / 7.0 = 10%
    assert alarms(text.format("0.7")) == []  # in points
    assert alarms(text.format(30)) == ["7 − 6.3 = 0.7 ≠ 30 (nor 30% of 7, even allowing for rounding)"]
