# ruff: noqa: E501
"""Invented event: a cantonal referendum on a tram line in the fictional canton of Lindenberg, Sunday June 14, 2026."""

from _dsl import C, R, item, text

EVENT = "lindenberg_referendum_jun2026"

ITEMS = [
    item(
        "lindenberg_result_wire",
        "2026-06-14",
        EVENT,
        text("""
 date 2026-06-14 Lindenberg voters reject 640 million franc tram line

LINDENBERG, June 14 (Alpine Press) - Voters in the canton of Lindenberg rejected a 640 million franc tram line on Sunday, official results showed.

Yes: 98,412 (46.8%)
No: 111,870 (53.2%)
Turnout: 51.3%
Blank ballots: 2,118

The no vote carried 38 of the canton's 41 municipalities. Only three municipalities - the city and two suburbs - voted yes.
"""),
        [
            C(640000000, "cost of the tram line, francs (headline)", "other", "reject 640 million franc tram line"),
            C(640000000, "cost of the tram line, francs", "other", "rejected a 640 million franc tram line"),
            C(98412, "yes votes", "stage_component", "Yes: 98,412 (46.8%)"),
            C(46.8, "yes share, %", "stage_component", "Yes: 98,412 (46.8%)"),
            C(111870, "no votes", "stage_component", "No: 111,870 (53.2%)"),
            C(53.2, "no share, %", "stage_component", "No: 111,870 (53.2%)"),
            C(51.3, "turnout, %", "other", "Turnout: 51.3%"),
            C(2118, "blank ballots", "other", "Blank ballots: 2,118"),
            C(38, "municipalities voting no", "stage_component", "The no vote carried 38 of the canton's 41 municipalities"),
            C(41, "municipalities in the canton", "other", "38 of the canton's 41 municipalities"),
            C(3, "municipalities voting yes", "stage_component", "Only three municipalities - the city and two suburbs - voted yes"),
            C(2, "suburbs voting yes", "stage_component", "the city and two suburbs"),
        ],
        [
            R("arithmetic", "46.8 + 53.2 == 100", True, True, "Yes and no shares.", exhaustive=True),
            R("arithmetic", "38 + 3 == 41", True, True, "No and yes municipalities make all 41.", exhaustive=True),
            R("ordinal", "98412 < 111870", True, True, "Rejected: fewer yes than no votes."),
            R("weekday", "date(2026, 6, 14).weekday() == 6", True, True, "Dateline June 14 with 'on Sunday'."),
        ],
        [],
        "Results block. Shares are of valid votes; blank ballots are outside them.",
    ),
    item(
        "lindenberg_analysis_zeitung",
        "2026-06-15",
        EVENT,
        text("""
Tram defeat: a narrower no than in 2019

Lindenberger Zeitung | Monday, 15 June 2026

The tram line was rejected by 13,458 votes: 111,870 against 98,412 in favour. A similar proposal in 2019 won 41.2% of the vote; this time the yes side gained 5.6 points to reach 46.8%.

The canton's government said it would present a cheaper plan, costing about 420 million francs, by 2028.
"""),
        [
            C(13458, "margin of the no vote", "other", "rejected by 13,458 votes"),
            C(111870, "no votes", "stage_component", "111,870 against 98,412 in favour"),
            C(98412, "yes votes", "stage_component", "111,870 against 98,412 in favour"),
            C(41.2, "yes share in 2019, %", "other", "A similar proposal in 2019 won 41.2% of the vote", date="2019"),
            C(5.6, "gain of the yes side, points", "other", "the yes side gained 5.6 points"),
            C(46.8, "yes share, %", "stage_component", "to reach 46.8%"),
            C(420000000, "cost of the cheaper plan, francs", "other", "costing about 420 million francs", approx=True, planned=True),
        ],
        [
            R("arithmetic", "111870 - 98412 == 13458", True, True, "The margin is no minus yes."),
            R("arithmetic", "41.2 + 5.6 == 46.8", True, True, "'gained 5.6 points to reach 46.8%'."),
            R("weekday", "date(2026, 6, 15).weekday() == 0", True, True, "'Monday, 15 June 2026'."),
        ],
        [],
        "2019 is another vote; 420 million is a plan.",
    ),
]
