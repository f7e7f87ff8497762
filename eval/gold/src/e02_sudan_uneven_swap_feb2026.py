# ruff: noqa: E501
"""Invented event: an uneven detainee exchange between Sudan's army and the RSF, Thursday Feb 19, 2026."""

from _dsl import C, I, R, item, text

EVENT = "sudan_uneven_swap_feb2026"

ITEMS = [
    item(
        "sudanswap_wire",
        "2026-02-19",
        EVENT,
        text("""
Sudan's RSF frees 118 army detainees in exchange for 62 fighters

PORT SUDAN, Feb 19 (Wire) - The paramilitary Rapid Support Forces released 118 detainees, comprising 96 soldiers and 22 civilians, in exchange for 62 of its fighters held by the army, the International Committee of the Red Cross said on Thursday.

The handover took place in a village 35 km south of El Obeid, where ICRC teams, including 14 medical staff, checked the health of every detainee before the buses left.

It was the third exchange between the two sides since the war began in April 2023, and the largest. Nearly three years into the conflict, the United Nations says more than 12 million people have been driven from their homes.

A further exchange of about 200 detainees is being discussed, a mediator said.
"""),
        [
            C(118, "detainees freed by the RSF (headline)", "stage", "Sudan's RSF frees 118 army detainees", date="2026-02-19", side="RSF -> army"),
            C(62, "RSF fighters freed by the army (headline)", "stage", "in exchange for 62 fighters", date="2026-02-19", side="army -> RSF"),
            C(118, "detainees released by the RSF", "stage", "The paramilitary Rapid Support Forces released 118 detainees", date="2026-02-19", side="RSF -> army"),
            C(96, "soldiers among the 118", "stage_component", "comprising 96 soldiers and 22 civilians", date="2026-02-19", side="RSF -> army"),
            C(22, "civilians among the 118", "stage_component", "comprising 96 soldiers and 22 civilians", date="2026-02-19", side="RSF -> army"),
            C(62, "RSF fighters released by the army", "stage", "in exchange for 62 of its fighters held by the army", date="2026-02-19", side="army -> RSF"),
            C(35, "distance of the handover village from El Obeid, km", "other", "a village 35 km south of El Obeid"),
            C(14, "ICRC medical staff", "other", "including 14 medical staff"),
            C(3, "ordinal of this exchange since the war began", "ordinal", "It was the third exchange between the two sides"),
            C(3, "years into the conflict", "other", "Nearly three years into the conflict", approx=True),
            C(12000000, "people driven from their homes (UN)", "other", "more than 12 million people have been driven from their homes", approx=True),
            C(200, "detainees in a further exchange under discussion", "event_target", "A further exchange of about 200 detainees is being discussed", approx=True, planned=True),
        ],
        [
            R("arithmetic", "96 + 22 == 118", True, True, "'comprising 96 soldiers and 22 civilians'.", exhaustive=True),
            R("weekday", "date(2026, 2, 19).weekday() == 3", True, True, "Dateline Feb 19 with 'on Thursday'."),
            R("sequence", "date(2023 + 2, 4, 30) < date(2026, 2, 19) < date(2023 + 3, 4, 1)", True, True, "'Nearly three years' after April 2023: more than two, less than three."),
        ],
        [],
        "Uneven swap: 118 one way, 62 the other; no parity expected. The 200 is a plan, the 12 million a standing figure.",
    ),
    item(
        "sudanswap_nilepost",
        "2026-02-20",
        EVENT,
        text("""
 date 2026-02-20 Sudan's warring parties swap 180 prisoners in Red Cross-brokered deal

Nile Post | Africa | 20/02/2026

A total of 180 people were freed on Thursday in an exchange between Sudan's army and the paramilitary RSF - 118 held by the RSF and 62 held by the army - the Red Cross said.

Among the 118 were 14 officers, including a brigadier general who had been missing since the first weeks of the war.

The previous swap, in July 2025, freed 49 people. Rights groups estimate that more than 5,000 people are still held by the two sides.

Advertisement
"""),
        [
            C(180, "prisoners freed by both sides (headline)", "stage", "swap 180 prisoners", date="2026-02-19", side="both sides"),
            C(180, "people freed in the exchange", "stage", "A total of 180 people were freed on Thursday", date="2026-02-19", side="both sides"),
            C(118, "freed who had been held by the RSF", "stage_component", "118 held by the RSF", date="2026-02-19", side="RSF -> army"),
            C(62, "freed who had been held by the army", "stage_component", "62 held by the army", date="2026-02-19", side="army -> RSF"),
            C(14, "officers among the 118", "stage_component", "Among the 118 were 14 officers", date="2026-02-19", side="RSF -> army"),
            C(1, "brigadier general among the officers", "stage_component", "including a brigadier general", date="2026-02-19", side="RSF -> army"),
            C(49, "people freed in the previous swap (July 2025)", "other", "The previous swap, in July 2025, freed 49 people", date="2025-07"),
            C(5000, "people still held by the two sides", "remaining", "more than 5,000 people are still held by the two sides", approx=True),
        ],
        [
            R("arithmetic", "118 + 62 == 180", True, True, "Dash list of the two sides' releases.", exhaustive=True),
            R("arithmetic", "14 <= 118", True, True, "'Among the 118 were 14 officers'.", exhaustive=False),
            R("arithmetic", "1 <= 14", True, True, "The brigadier general is one of the 14 officers.", exhaustive=False),
            R("weekday", "date(2026, 2, 19).weekday() == 3", True, False, "'on Thursday' in a report dated Feb 20: the day before."),
        ],
        [],
        "Headline total of both sides. 49 is an earlier swap (July 2025); 5,000 is a stock of detainees, not a flow.",
    ),
    item(
        "sudanswap_alsahafa",
        "2026-02-20",
        EVENT,
        text("""
Army receives its freed members at Omdurman ceremony

Khartoum - Al-Sahafa

The army on Friday received 118 of its members freed by the Rapid Support Forces - 94 soldiers and 22 civilians employed by the armed forces - at a ceremony in Omdurman, a day after the exchange, a military spokesman said.

In return, the army handed over 62 RSF fighters to the Red Cross. The swap ended 10 months of indirect talks.

Those freed included a 71-year-old retired judge. The detainees had been held for periods ranging from six months to two years, relatives said.

Tags: Sudan, prisoners, Red Cross
"""),
        [
            C(118, "army members freed by the RSF", "stage", "received 118 of its members freed by the Rapid Support Forces", date="2026-02-19", side="RSF -> army"),
            C(94, "soldiers among the 118 (as printed)", "stage_component", "94 soldiers and 22 civilians employed by the armed forces", date="2026-02-19", side="RSF -> army"),
            C(22, "civilian employees among the 118", "stage_component", "94 soldiers and 22 civilians employed by the armed forces", date="2026-02-19", side="RSF -> army"),
            C(62, "RSF fighters handed over", "stage", "the army handed over 62 RSF fighters", date="2026-02-19", side="army -> RSF"),
            C(10, "months of indirect talks", "other", "The swap ended 10 months of indirect talks"),
            C(71, "age of a freed retired judge", "other", "a 71-year-old retired judge"),
            C(6, "shortest detention, months", "other", "ranging from six months to two years"),
            C(2, "longest detention, years", "other", "ranging from six months to two years"),
        ],
        [
            R("arithmetic", "94 + 22 == 118", False, True, "The dash list adds up to 116, not 118.", exhaustive=True),
            R("arithmetic", "94 == 96", False, False, "Soldiers: 94 here, 96 in sudanswap_wire (where 96 + 22 = 118)."),
            R("weekday", "date(2026, 2, 20).weekday() == 4", True, False, "'on Friday', 'a day after the exchange' of Thursday Feb 19."),
        ],
        [
            I("within_item", "real", "The dash breakdown of the 118 (94 soldiers + 22 civilians) adds up to 116."),
            I("cross_item", "real", "94 soldiers here against 96 in the wire report; with 22 civilians only 96 fits the 118.", ("sudanswap_wire",)),
        ],
        "Dash list that does not add up. The six months and two years are durations of detention, not counts of people.",
    ),
]
