# ruff: noqa: E501
"""Invented event: a migrant boat capsizes off Lampedusa early on Wednesday June 17, 2026."""

from _dsl import C, D, I, R, item, text

EVENT = "lampedusa_shipwreck_jun2026"

ITEMS = [
    item(
        "shipwreck_d1_wire",
        "2026-06-17",
        EVENT,
        text("""
 date 2026-06-17 Nine dead, about 10 missing as migrant boat capsizes off Lampedusa

LAMPEDUSA, Italy, June 17 (Wire) - A boat carrying about 60 migrants capsized off the Italian island of Lampedusa early on Wednesday. The coast guard rescued 41 people and recovered nine bodies, and about 10 are missing.

The survivors, comprising 35 men, four women and two children, said the boat had left Sfax in Tunisia, about 190 km away, on Monday night.

So far this year, 487 migrants have died or gone missing in the central Mediterranean, according to the International Organization for Migration.
"""),
        [
            C(9, "dead (headline)", "cumulative", "Nine dead", date="2026-06-17"),
            C(10, "missing (headline)", "remaining", "about 10 missing", date="2026-06-17", approx=True),
            C(60, "migrants aboard", "event_target", "A boat carrying about 60 migrants", approx=True),
            C(41, "people rescued", "other", "The coast guard rescued 41 people", date="2026-06-17"),
            C(9, "bodies recovered", "cumulative", "recovered nine bodies", date="2026-06-17"),
            C(10, "missing", "remaining", "about 10 are missing", date="2026-06-17", approx=True),
            C(35, "men among the survivors", "other", "comprising 35 men, four women and two children", date="2026-06-17"),
            C(4, "women among the survivors", "other", "comprising 35 men, four women and two children", date="2026-06-17"),
            C(2, "children among the survivors", "other", "comprising 35 men, four women and two children", date="2026-06-17"),
            C(190, "distance from Sfax, km", "other", "about 190 km away", approx=True),
            C(487, "migrants dead or missing in the central Mediterranean this year", "cumulative", "So far this year, 487 migrants have died or gone missing", date="2026-06-17"),
        ],
        [
            R("arithmetic", "35 + 4 + 2 == 41", True, True, "'comprising 35 men, four women and two children'.", exhaustive=True),
            R("arithmetic", "41 + 9 + 10 == 60", True, True, "Rescued, dead and missing account for the about 60 aboard (hedged).", exhaustive=True),
            R("arithmetic", "9 + 10 <= 487", True, False, "This wreck's dead and missing within the year's count."),
            R("weekday", "date(2026, 6, 17).weekday() == 2", True, True, "Dateline June 17 with 'early on Wednesday'."),
            R("weekday", "date(2026, 6, 15).weekday() == 0", True, False, "Left Sfax 'on Monday night', two days earlier."),
        ],
        [],
        "The IOM year count is another, wider quantity.",
    ),
    item(
        "shipwreck_d2_meridian",
        "2026-06-18",
        EVENT,
        text("""
Lampedusa shipwreck toll rises to 11

By Meridian staff | 18 June 2026

The bodies of two more migrants were recovered on Thursday, bringing the toll from the shipwreck off Lampedusa to 11, with about eight still missing, the coast guard said.

The boat capsized in the early hours of Thursday, June 17, about 12 nautical miles south of the island. Prosecutors in Agrigento have opened an investigation.
"""),
        [
            C(11, "dead (headline)", "cumulative", "Lampedusa shipwreck toll rises to 11", date="2026-06-18"),
            C(2, "more bodies recovered", "other", "The bodies of two more migrants were recovered on Thursday", date="2026-06-18"),
            C(11, "dead", "cumulative", "bringing the toll from the shipwreck off Lampedusa to 11", date="2026-06-18"),
            C(8, "still missing", "remaining", "about eight still missing", date="2026-06-18", approx=True),
            D(17, "date given for the capsizing", "Thursday, June 17", "2026-06-17"),
            C(12, "distance south of the island, nautical miles", "other", "about 12 nautical miles south of the island", approx=True),
        ],
        [
            R("arithmetic", "9 + 2 == 11", True, False, "Nine bodies on Wednesday (shipwreck_d1_wire) plus two more."),
            R("arithmetic", "10 - 2 == 8", True, False, "About 10 missing (shipwreck_d1_wire), two found: about eight."),
            R("weekday", "date(2026, 6, 17).weekday() == 3", False, True, "June 17, 2026 is a Wednesday, not a Thursday."),
            R("weekday", "date(2026, 6, 18).weekday() == 3", True, True, "Byline date 18 June 2026 with 'on Thursday'."),
        ],
        [
            I("within_item", "real", "'Thursday, June 17': in 2026 June 17 is a Wednesday; the recovery on Thursday is June 18."),
        ],
        "Weekday that does not match its date; the two Thursdays in the text refer to different dates.",
    ),
    item(
        "shipwreck_d2_agrigentonews",
        "2026-06-18",
        EVENT,
        text("""
Survivors say 61 people were aboard capsized boat

Agrigento News | 18/06/2026

Sixty-one people had been aboard the boat that sank off Lampedusa, survivors told investigators: 41 survivors, 11 dead and nine missing. Each had paid 1,500 euros for the crossing, they said.

The island's reception centre, built for 400 people, was housing 1,140 on Thursday.
"""),
        [
            C(61, "people aboard (headline)", "event_target", "Survivors say 61 people were aboard capsized boat"),
            C(61, "people aboard", "event_target", "Sixty-one people had been aboard the boat"),
            C(41, "survivors", "other", "41 survivors, 11 dead and nine missing", date="2026-06-18"),
            C(11, "dead", "cumulative", "41 survivors, 11 dead and nine missing", date="2026-06-18"),
            C(9, "missing", "remaining", "41 survivors, 11 dead and nine missing", date="2026-06-18"),
            C(1500, "price paid per person, euros", "other", "Each had paid 1,500 euros for the crossing"),
            C(400, "capacity of the reception centre", "other", "built for 400 people"),
            C(1140, "people housed at the reception centre", "remaining", "was housing 1,140 on Thursday", date="2026-06-18"),
        ],
        [
            R("arithmetic", "41 + 11 + 9 == 61", True, True, "Colon list of everyone aboard.", exhaustive=True),
            R("arithmetic", "60 <= 61", True, False, "'about 60' aboard (shipwreck_d1_wire) and 61 here agree within the hedge."),
            R("weekday", "date(2026, 6, 18).weekday() == 3", True, True, "Dated 18/06/2026, 'on Thursday'."),
        ],
        [],
        "Survivors' count of those aboard (61) against the coast guard's about 60: within the hedge. Missing nine here against about eight elsewhere: both hedged or sourced differently, not flagged.",
    ),
]
