"""Clean texts, in our own words, in the forms where real news states relations (a total and its parts
told in later sentences, 'N of those ...', a hedged round figure beside an exact one, stages and a
tally, seats in a chamber) but where the figures are NOT tied together: another day, another place,
another incident, another election, groups that overlap. None may give a contradiction (SPEC,
"Evidence before verdict"); they guard the rules that read those forms."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import findings, run_text

PUB = dt.date(2026, 3, 6)  # a Friday

UNRELATED = [
    # a hedged round figure beside an exact one that counts something else
    ("hedge, another place",
     "More than 300 people have died in the floods across the country. In the capital alone, 287 people "
     "have died, officials said."),
    ("hedge, another day",
     "More than 120 migrants landed on the island on Tuesday. On Wednesday, 104 migrants landed there."),
    ("hedge dropped in the body",
     "Over 1,450 people evacuated by air\nThe air force has evacuated 1,450 people from the port, the "
     "ministry said."),
    ("hedge, another noun",
     "Nearly 900 homes were destroyed by the fire. Crews said 912 buildings were damaged."),
    ("hedge, a stock that falls",
     "At least 140 people were missing on Monday. By Thursday, 96 people were still missing."),
    # a whole and a subgroup from different times or places
    ("whole then an earlier subgroup",
     "Rescuers have recovered 64 bodies since the dam burst. Last year 80 people died in a similar "
     "collapse upstream, 70 of them in one village."),
    ("subgroup of another event",
     "The storm has killed 41 people. It is the deadliest storm since 1988, when a cyclone killed 300 "
     "people. Among those killed this week were 12 fishermen."),
    ("those of another count",
     "The court heard 35 cases this month. Some 410 appeals are pending, and 52 of those were filed "
     "by companies."),
    # per-stage counts and totals of other spans
    ("stages and a total since another start",
     "The first group of 18 detainees was freed on Monday and a second group of 22 on Tuesday. Since "
     "January, 515 detainees have been freed."),
    ("a batch and a tally of recent weeks",
     "The ministry freed 230 inmates over the holiday. A total of 3,940 inmates have been freed in "
     "recent weeks."),
    ("other incident",
     "Five hikers died in the avalanche on Saturday. In a separate accident, two climbers died on "
     "the north face, bringing the weekend's toll in the range to nine."),
    # overlapping groups
    ("overlapping groups",
     "The shelling killed 60 civilians. Among the dead were 25 women and 30 children, and 40 of the "
     "victims were under 18."),
    ("women and children against civilians",
     "At least 75 civilians were wounded. Women and children made up 50 of the wounded, medics said, "
     "and 31 of the wounded were men."),
    # seats and votes of other elections or forecasts
    ("seats of another election",
     "The Green Party won 48 of the 120 seats, up from 31 in 2019, when the Liberals won 65 seats."),
    ("forecast beside result",
     "An exit poll had forecast 210 of the 400 seats for the alliance. It won 198 seats, while the "
     "opposition won 170 seats and 32 went to independents."),
    ("seats gained and lost",
     "The party won 140 seats in the 300-seat chamber, gaining 90 seats, while its rival lost 85 seats "
     "and now holds 112."),
    # parts told in later sentences that belong to another whole
    ("flights of another day",
     "A total of 260 prisoners were transferred on Saturday. On Friday, a first flight carried 140 "
     "prisoners and another flight took 150 prisoners."),
    ("legs of a convoy and a running total",
     "Aid agencies sent 45 trucks on Monday. One convoy of 30 trucks crossed at the north gate and "
     "another of 25 trucks at the south gate on Tuesday."),
    ("complement of another count",
     "The hospital treated 120 patients after the blast. Officials said 70 of them had minor injuries. "
     "The other 35 people hurt in the blast were treated at home."),
    ("a comparison with a record",
     "The island saw 50 boat landings in a day, more than the previous record of 36 set in 2021. Last "
     "month there were 41 landings in one day."),
]


@pytest.mark.parametrize("form,text", UNRELATED, ids=[f for f, _t in UNRELATED])
def test_figures_the_text_does_not_tie_give_no_contradiction(form: str, text: str) -> None:
    found = findings(run_text(text, published=PUB), verdict="contradiction")
    assert not found, f"{form}: {[f.working for f in found]}"
