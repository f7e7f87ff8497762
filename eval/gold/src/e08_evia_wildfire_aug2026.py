# ruff: noqa: E501
"""Invented event: a wildfire on the Greek island of Evia, evacuations by sea and road, Aug 3-5, 2026."""

from _dsl import C, I, R, item, text

EVENT = "evia_wildfire_aug2026"

ITEMS = [
    item(
        "evia_d1_wire",
        "2026-08-03",
        EVENT,
        text("""
Greek coastguard evacuates 1,550 as wildfire nears villages on Evia

ATHENS, Aug 3 (Wire) - The Greek coastguard evacuated 1,120 people by sea from beaches in the north of Evia on Monday and police moved 430 by road, bringing the total to 1,550, the civil protection ministry said.

Six ferries and 14 fishing boats took part in the operation.

More than 510 firefighters with 130 vehicles and nine aircraft - five planes and four helicopters - were battling the blaze, fanned by winds of up to 70 km/h. Temperatures are forecast to reach 42C on Tuesday.

Residents in danger should call 112.
"""),
        [
            C(1550, "people evacuated (headline)", "stage", "Greek coastguard evacuates 1,550", date="2026-08-03", stage="day 1"),
            C(1120, "people evacuated by sea", "stage_component", "evacuated 1,120 people by sea", date="2026-08-03", stage="day 1"),
            C(430, "people moved by road", "stage_component", "police moved 430 by road", date="2026-08-03", stage="day 1"),
            C(1550, "people evacuated in total", "stage", "bringing the total to 1,550", date="2026-08-03", stage="day 1"),
            C(6, "ferries in the operation", "other", "Six ferries and 14 fishing boats took part"),
            C(14, "fishing boats in the operation", "other", "Six ferries and 14 fishing boats took part"),
            C(510, "firefighters", "other", "More than 510 firefighters", approx=True),
            C(130, "fire vehicles", "other", "with 130 vehicles"),
            C(9, "aircraft", "other", "nine aircraft - five planes and four helicopters -"),
            C(5, "planes among the aircraft", "other", "nine aircraft - five planes and four helicopters -"),
            C(4, "helicopters among the aircraft", "other", "nine aircraft - five planes and four helicopters -"),
            C(70, "wind speed, km/h", "other", "winds of up to 70 km/h", approx=True),
            C(42, "forecast temperature on Tuesday, degrees Celsius", "other", "Temperatures are forecast to reach 42C on Tuesday", date="2026-08-04", planned=True),
        ],
        [
            R("arithmetic", "1120 + 430 == 1550", True, True, "By sea and by road, 'bringing the total to 1,550'.", exhaustive=True),
            R("arithmetic", "5 + 4 == 9", True, True, "Dash list of the aircraft.", exhaustive=True),
            R("weekday", "date(2026, 8, 3).weekday() == 0", True, True, "Dateline Aug 3 with 'on Monday'."),
        ],
        [],
        "112 is the emergency number, not a figure. The 42C is a forecast.",
    ),
    item(
        "evia_d2_meridian",
        "2026-08-04",
        EVENT,
        text("""
More than 2,600 evacuated in two days as Evia fire burns

By Meridian staff
Published 4 August 2026

ATHENS, Aug 4 (Meridian) - More than 2,600 people have been evacuated from northern Evia in two days: 1,550 on Monday and 1,080 on Tuesday, the civil protection ministry said.

The fire has burned 9,800 hectares, according to the EU's satellite service. A 67-year-old volunteer firefighter died when his water truck overturned.

Greece has asked for four planes from an EU pool; Italy and Croatia are sending two each. Schools in 12 villages will serve as shelters.
"""),
        [
            C(2600, "people evacuated in two days (headline)", "multi_stage_total", "More than 2,600 evacuated in two days", date="2026-08-04", approx=True),
            C(2, "days of evacuations (headline)", "other", "evacuated in two days as Evia fire burns"),
            C(2600, "people evacuated in two days", "multi_stage_total", "More than 2,600 people have been evacuated from northern Evia in two days", date="2026-08-04", approx=True),
            C(1550, "evacuated on Monday", "stage", "1,550 on Monday", date="2026-08-03", stage="day 1"),
            C(1080, "evacuated on Tuesday", "stage", "1,080 on Tuesday", date="2026-08-04", stage="day 2"),
            C(9800, "hectares burned", "cumulative", "The fire has burned 9,800 hectares", date="2026-08-04"),
            C(67, "age of the volunteer firefighter who died", "other", "A 67-year-old volunteer firefighter died"),
            C(4, "planes requested from an EU pool", "other", "asked for four planes from an EU pool", planned=True),
            C(2, "planes Italy is sending", "other", "Italy and Croatia are sending two each", planned=True),
            C(2, "planes Croatia is sending", "other", "Italy and Croatia are sending two each", planned=True),
            C(12, "villages whose schools serve as shelters", "other", "Schools in 12 villages will serve as shelters"),
        ],
        [
            R("arithmetic", "2600 <= 1550 + 1080", True, True, "Monday and Tuesday (2,630) make 'more than 2,600'.", exhaustive=True),
            R("arithmetic", "2 + 2 == 4", True, True, "Two planes each from Italy and Croatia fill the request (a plan)."),
            R("weekday", "date(2026, 8, 4).weekday() == 1", True, True, "Dateline Aug 4 with 'on Tuesday'."),
            R("weekday", "date(2026, 8, 3).weekday() == 0", True, False, "'on Monday', the day before."),
        ],
        [],
        "Hedged two-day total over exact day figures.",
    ),
    item(
        "evia_d3_athensnews",
        "2026-08-05",
        EVENT,
        text("""
 date 2026-08-05 Evia fire: burned area rises to 14,500 hectares

The area burned by the wildfire on Evia rose to 14,500 hectares on Wednesday from 9,800 a day earlier, making it the third-largest fire in Greece since 2021, when more than 50,000 hectares burned on the same island.

Two people have died: the 67-year-old volunteer and an 81-year-old woman who refused to leave her home.

About 400 evacuees remain in hotels in Chalkida; the rest have returned home. Between 120 and 150 homes were destroyed, and local officials put the damage at 90 million euros.
"""),
        [
            C(14500, "hectares burned (headline)", "cumulative", "burned area rises to 14,500 hectares", date="2026-08-05"),
            C(14500, "hectares burned", "cumulative", "rose to 14,500 hectares on Wednesday", date="2026-08-05"),
            C(9800, "hectares burned a day earlier", "cumulative", "from 9,800 a day earlier", date="2026-08-04"),
            C(3, "rank of the fire in Greece since 2021", "ordinal", "the third-largest fire in Greece since 2021"),
            C(50000, "hectares burned in 2021", "other", "more than 50,000 hectares burned on the same island", date="2021", approx=True),
            C(2, "people who died", "cumulative", "Two people have died", date="2026-08-05"),
            C(67, "age of the volunteer who died", "other", "the 67-year-old volunteer"),
            C(81, "age of the woman who died", "other", "an 81-year-old woman who refused to leave her home"),
            C(400, "evacuees still in hotels", "remaining", "About 400 evacuees remain in hotels in Chalkida", date="2026-08-05", approx=True),
            C(120, "homes destroyed, lower bound", "cumulative", "Between 120 and 150 homes were destroyed", date="2026-08-05", approx=True),
            C(150, "homes destroyed, upper bound", "cumulative", "Between 120 and 150 homes were destroyed", date="2026-08-05", approx=True),
            C(90000000, "damage, euros", "other", "put the damage at 90 million euros"),
        ],
        [
            R("monotonic", "9800 <= 14500", True, True, "'rose to 14,500 ... from 9,800'."),
            R("ordinal", "14500 < 50000", True, True, "Third-largest: smaller than the 2021 fire."),
            R("weekday", "date(2026, 8, 5).weekday() == 2", True, True, "Date token 2026-08-05 with 'on Wednesday'."),
            R("arithmetic", "400 <= 2600", True, False, "Evacuees still in hotels within the evacuated (evia_d2_meridian)."),
        ],
        [],
        "The two dead are named by description (the 67-year-old, an 81-year-old), a complete colon list without its own figures. 'Between 120 and 150' is one hedged figure, given as its two bounds.",
    ),
    item(
        "evia_d3_islandradio",
        "2026-08-05",
        EVENT,
        text("""
Evia: 2,630 evacuated as fire rages for third day

Island Radio | 05/08/2026 | 11:32

In all, 2,630 people have been evacuated since the fire broke out on Monday: 1,550 on Monday and 1,180 on Tuesday, the mayor of Istiaia said on Wednesday, the third day of the fire.

"I have never seen anything like it in 58 years," the mayor said.
"""),
        [
            C(2630, "people evacuated (headline)", "multi_stage_total", "Evia: 2,630 evacuated", date="2026-08-04"),
            C(3, "ordinal of the day of the fire (headline)", "ordinal", "fire rages for third day", date="2026-08-05"),
            C(2630, "people evacuated since the fire broke out", "multi_stage_total", "In all, 2,630 people have been evacuated", date="2026-08-04"),
            C(1550, "evacuated on Monday", "stage", "1,550 on Monday", date="2026-08-03", stage="day 1"),
            C(1180, "evacuated on Tuesday (as printed)", "stage", "1,180 on Tuesday", date="2026-08-04", stage="day 2"),
            C(3, "ordinal of the day of the fire", "ordinal", "the third day of the fire", date="2026-08-05"),
            C(58, "years of the mayor's life", "other", "in 58 years"),
        ],
        [
            R("arithmetic", "1550 + 1180 == 2630", False, True, "The two days add up to 2,730, not the stated 2,630.", exhaustive=True),
            R("arithmetic", "1180 == 1080", False, False, "Tuesday: 1,180 here, 1,080 in evia_d2_meridian (where 1,550 + 1,080 = 2,630)."),
            R("sequence", "(date(2026, 8, 5) - date(2026, 8, 3)).days == 3 - 1", True, True, "The fire broke out on Monday; Wednesday is its third day."),
            R("weekday", "date(2026, 8, 5).weekday() == 2", True, True, "Timestamp 05/08/2026 with 'on Wednesday'."),
        ],
        [
            I("within_item", "real", "Colon list 1,550 + 1,180 = 2,730, but the stated total is 2,630."),
            I("cross_item", "real", "Tuesday's evacuations: 1,180 here, 1,080 in evia_d2_meridian; only 1,080 fits the 2,630 total.", ("evia_d2_meridian",)),
        ],
        "Radio web copy with a mistyped day figure. 'in 58 years' is the mayor's age, indirectly.",
    ),
]
