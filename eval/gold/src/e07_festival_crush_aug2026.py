# ruff: noqa: E501
"""Invented event: a crush at a temple fair in Bihar, India, Monday Aug 10, 2026."""

from _dsl import C, R, item, text

EVENT = "festival_crush_aug2026"

ITEMS = [
    item(
        "crush_d1_wire",
        "2026-08-11",
        EVENT,
        text("""
 date 2026-08-11 Crush at Indian temple fair kills 34

PATNA, Aug 11 (Wire) - At least 34 people were killed and more than 80 injured in a crush at a temple fair in India's Bihar state on Monday, police said.

District officials had given permission for 80,000 people, but about 250,000 turned up, a police officer said. The crush began at about 4:30 p.m. when a railing gave way on a bridge 3 metres wide leading to the temple.

It was the worst such disaster in the state since 2012, when 18 people died in a crush at a festival in Gaya.
"""),
        [
            C(34, "dead (headline)", "cumulative", "Crush at Indian temple fair kills 34", date="2026-08-10"),
            C(34, "dead", "cumulative", "At least 34 people were killed", date="2026-08-10", approx=True),
            C(80, "injured", "cumulative", "more than 80 injured", date="2026-08-10", approx=True),
            C(80000, "people the fair was permitted for", "other", "given permission for 80,000 people"),
            C(250000, "people who turned up", "other", "about 250,000 turned up", date="2026-08-10", approx=True),
            C(3, "width of the bridge, metres", "other", "a bridge 3 metres wide"),
            C(18, "people who died in the 2012 crush in Gaya", "other", "18 people died in a crush at a festival in Gaya", date="2012"),
        ],
        [
            R("ordinal", "80000 < 250000", True, True, "The crowd was about three times the permitted number."),
            R("weekday", "date(2026, 8, 10).weekday() == 0", True, False, "'on Monday' in a report dated Aug 11: the day before."),
        ],
        [],
        "4:30 p.m. is a clock time. 2012 is an old event.",
    ),
    item(
        "crush_d2_meridian",
        "2026-08-12",
        EVENT,
        text("""
Toll in Bihar temple crush rises to 41

PATNA, Aug 12 (Meridian) - The death toll from Monday's crush at a temple fair in Bihar rose to 41 from 34 after seven injured people died in hospital, officials said on Wednesday.

Among the dead were 31 women and 7 children. The state government announced compensation of 400,000 rupees for the family of each victim and 50,000 rupees for each of the injured.

Three officials, including the district police chief, were suspended, and a judicial inquiry is to report within 30 days.
"""),
        [
            C(41, "dead (headline)", "cumulative", "Toll in Bihar temple crush rises to 41", date="2026-08-12"),
            C(41, "dead", "cumulative", "rose to 41 from 34", date="2026-08-12"),
            C(34, "dead, earlier figure", "cumulative", "rose to 41 from 34", date="2026-08-11"),
            C(7, "injured who died in hospital", "other", "after seven injured people died in hospital"),
            C(31, "women among the dead", "cumulative_component", "Among the dead were 31 women and 7 children", date="2026-08-12"),
            C(7, "children among the dead", "cumulative_component", "Among the dead were 31 women and 7 children", date="2026-08-12"),
            C(400000, "compensation per victim's family, rupees", "other", "compensation of 400,000 rupees for the family of each victim"),
            C(50000, "compensation per injured person, rupees", "other", "50,000 rupees for each of the injured"),
            C(3, "officials suspended", "other", "Three officials, including the district police chief, were suspended"),
            C(30, "days for the judicial inquiry to report", "other", "to report within 30 days", planned=True),
        ],
        [
            R("arithmetic", "34 + 7 == 41", True, True, "The toll rose by the seven who died in hospital."),
            R("arithmetic", "31 + 7 <= 41", True, True, "'Among the dead': not exhaustive.", exhaustive=False),
            R("weekday", "date(2026, 8, 12).weekday() == 2", True, True, "Dateline Aug 12 with 'on Wednesday'."),
        ],
        [],
        "Revised toll with the reason for the rise stated.",
    ),
    item(
        "crush_d2_patnadaily",
        "2026-08-12",
        EVENT,
        text("""
Temple fair crush: 41 dead, 62 still in hospital

Patna Daily | City | Updated: Aug 12, 2026, 22:10 IST

Forty-one people died in Monday's crush - 31 women, 7 children and 3 men - the district magistrate said. The youngest was a girl aged 6 and the oldest a woman of 82.

Police said 62 injured people were still in hospital, 11 of them in a critical condition.

The fair usually runs for three days; its final day was cancelled.
"""),
        [
            C(41, "dead (headline)", "cumulative", "41 dead, 62 still in hospital", date="2026-08-12"),
            C(62, "injured still in hospital (headline)", "remaining", "62 still in hospital", date="2026-08-12"),
            C(41, "dead", "cumulative", "Forty-one people died in Monday's crush", date="2026-08-12"),
            C(31, "women among the dead", "cumulative_component", "31 women, 7 children and 3 men", date="2026-08-12"),
            C(7, "children among the dead", "cumulative_component", "31 women, 7 children and 3 men", date="2026-08-12"),
            C(3, "men among the dead", "cumulative_component", "31 women, 7 children and 3 men", date="2026-08-12"),
            C(6, "age of the youngest victim", "other", "The youngest was a girl aged 6"),
            C(82, "age of the oldest victim", "other", "the oldest a woman of 82"),
            C(62, "injured still in hospital", "remaining", "62 injured people were still in hospital", date="2026-08-12"),
            C(11, "injured in a critical condition", "remaining", "11 of them in a critical condition", date="2026-08-12"),
            C(3, "days the fair usually runs", "other", "The fair usually runs for three days"),
        ],
        [
            R("arithmetic", "31 + 7 + 3 == 41", True, True, "Dash list of the dead.", exhaustive=True),
            R("arithmetic", "11 <= 62", True, True, "'11 of them in a critical condition'.", exhaustive=False),
            R("ordinal", "6 <= 82", True, True, "Youngest and oldest."),
        ],
        [],
        "Dash list complete (women, children, men). 'its final day' is an ordinal without a figure.",
    ),
]
