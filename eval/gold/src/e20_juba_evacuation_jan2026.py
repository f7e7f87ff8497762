# ruff: noqa: E501
"""Invented event: evacuation flights of foreign nationals from Juba, South Sudan, Tuesday-Friday Jan 13-16, 2026."""

from _dsl import C, I, R, item, text

EVENT = "juba_evacuation_jan2026"

ITEMS = [
    item(
        "juba_d1_wire",
        "2026-01-13",
        EVENT,
        text("""
 date 2026-01-13 First evacuation flight from Juba lands in Nairobi with 186 people

NAIROBI, Jan 13 (Wire) - A first evacuation flight carrying 186 people, comprising 142 Kenyans and 44 Ugandans, landed in Nairobi on Tuesday after fighting closed the main roads out of the South Sudanese capital, Kenya's foreign ministry said.

The flight took nearly two hours. Kenya plans two more flights on Wednesday.

About 4,000 Kenyans are registered with the embassy in Juba. Families can call the ministry's hotline on +254 20 555 0147.
"""),
        [
            C(186, "people on the first flight (headline)", "stage", "lands in Nairobi with 186 people", date="2026-01-13", stage="day 1"),
            C(1, "ordinal of the flight (headline)", "ordinal", "First evacuation flight from Juba", date="2026-01-13", stage="day 1"),
            C(1, "ordinal of the flight", "ordinal", "A first evacuation flight", date="2026-01-13", stage="day 1"),
            C(186, "people on the first flight", "stage", "A first evacuation flight carrying 186 people", date="2026-01-13", stage="day 1"),
            C(142, "Kenyans on the flight", "stage_component", "comprising 142 Kenyans and 44 Ugandans", date="2026-01-13", stage="day 1"),
            C(44, "Ugandans on the flight", "stage_component", "comprising 142 Kenyans and 44 Ugandans", date="2026-01-13", stage="day 1"),
            C(2, "flight duration, hours", "other", "The flight took nearly two hours", approx=True),
            C(2, "more flights planned for Wednesday", "other", "Kenya plans two more flights on Wednesday", date="2026-01-14", planned=True),
            C(4000, "Kenyans registered with the embassy in Juba", "other", "About 4,000 Kenyans are registered with the embassy in Juba", approx=True),
        ],
        [
            R("arithmetic", "142 + 44 == 186", True, True, "'comprising 142 Kenyans and 44 Ugandans'.", exhaustive=True),
            R("arithmetic", "142 <= 4000", True, False, "Evacuated Kenyans within those registered (a stock)."),
            R("weekday", "date(2026, 1, 13).weekday() == 1", True, True, "Dateline Jan 13 with 'on Tuesday'."),
        ],
        [],
        "The hotline number is not a figure. 4,000 registered is a stock; 'two more flights' a plan.",
    ),
    item(
        "juba_d2_meridian",
        "2026-01-15",
        EVENT,
        text("""
Juba evacuations reach 697 after three more flights

By Meridian staff
15 January 2026, 07:30 EAT

NAIROBI - Three flights on Wednesday carried 511 people out of Juba, bringing to 697 the number evacuated since Tuesday, Kenyan officials said. Among them were 38 nationals of other countries, including Ethiopians and Rwandans.
"""),
        [
            C(697, "people evacuated since Tuesday (headline)", "multi_stage_total", "Juba evacuations reach 697", date="2026-01-14"),
            C(3, "flights on Wednesday (headline)", "stage", "after three more flights", date="2026-01-14", stage="day 2"),
            C(3, "flights on Wednesday", "stage", "Three flights on Wednesday carried 511 people", date="2026-01-14", stage="day 2"),
            C(511, "people flown out on Wednesday", "stage", "Three flights on Wednesday carried 511 people", date="2026-01-14", stage="day 2"),
            C(697, "people evacuated since Tuesday", "multi_stage_total", "bringing to 697 the number evacuated since Tuesday", date="2026-01-14"),
            C(38, "nationals of other countries among them", "stage_component", "Among them were 38 nationals of other countries", date="2026-01-14"),
        ],
        [
            R("arithmetic", "186 + 511 == 697", True, False, "Tuesday's 186 (juba_d1_wire) plus Wednesday's 511."),
            R("arithmetic", "38 <= 697", True, True, "'Among them were 38'.", exhaustive=False),
            R("weekday", "date(2026, 1, 14).weekday() == 2", True, False, "'on Wednesday' in a report of 15 January."),
        ],
        [],
        "Two flights were planned for Wednesday, three flew: a plan is not checked against what happened.",
    ),
    item(
        "juba_final_wire",
        "2026-01-17",
        EVENT,
        text("""
 date 2026-01-17 Juba evacuation ends with 1,342 flown out in four days

NAIROBI, Jan 17 (Wire) - The evacuation of foreign nationals from Juba ended on Saturday after 1,342 people were flown out in four days - 186 on Tuesday, 511 on Wednesday, 402 on Thursday and 243 on Friday - Kenya's foreign ministry said.

Kenya said about 2,600 of its citizens had chosen to stay in South Sudan.
"""),
        [
            C(1342, "people flown out (headline)", "multi_stage_total", "ends with 1,342 flown out in four days", date="2026-01-16"),
            C(4, "days of evacuation (headline)", "other", "flown out in four days"),
            C(1342, "people flown out in four days", "multi_stage_total", "1,342 people were flown out in four days", date="2026-01-16"),
            C(4, "days of evacuation", "other", "1,342 people were flown out in four days"),
            C(186, "flown out on Tuesday", "stage", "186 on Tuesday", date="2026-01-13", stage="day 1"),
            C(511, "flown out on Wednesday", "stage", "511 on Wednesday", date="2026-01-14", stage="day 2"),
            C(402, "flown out on Thursday", "stage", "402 on Thursday", date="2026-01-15", stage="day 3"),
            C(243, "flown out on Friday", "stage", "243 on Friday", date="2026-01-16", stage="day 4"),
            C(2600, "Kenyans who chose to stay", "remaining", "about 2,600 of its citizens had chosen to stay", approx=True),
        ],
        [
            R("arithmetic", "186 + 511 + 402 + 243 == 1342", True, True, "Dash list of the four days = the total.", exhaustive=True),
            R("weekday", "date(2026, 1, 17).weekday() == 5", True, True, "Dateline Jan 17 with 'on Saturday'."),
            R("sequence", "(date(2026, 1, 16) - date(2026, 1, 13)).days == 4 - 1", True, False, "Tuesday to Friday: four days of flights."),
        ],
        [],
        "Per-day figures and the four-day total.",
    ),
    item(
        "juba_final_eastafricanews",
        "2026-01-17",
        EVENT,
        text("""
Juba airlift: 1,342 foreigners evacuated

East Africa News | Sat 17 Jan 2026

In all, 1,342 foreigners - 1,011 Kenyans, 247 Ugandans and 74 Ethiopians - were flown out of Juba between Tuesday and Friday, according to figures from the three governments.

Kenya Airways and the Ugandan air force operated the nine flights.
"""),
        [
            C(1342, "foreigners evacuated (headline)", "multi_stage_total", "Juba airlift: 1,342 foreigners evacuated", date="2026-01-16"),
            C(1342, "foreigners flown out", "multi_stage_total", "In all, 1,342 foreigners", date="2026-01-16"),
            C(1011, "Kenyans flown out", "cumulative_component", "1,011 Kenyans, 247 Ugandans and 74 Ethiopians", date="2026-01-16"),
            C(247, "Ugandans flown out", "cumulative_component", "1,011 Kenyans, 247 Ugandans and 74 Ethiopians", date="2026-01-16"),
            C(74, "Ethiopians flown out", "cumulative_component", "1,011 Kenyans, 247 Ugandans and 74 Ethiopians", date="2026-01-16"),
            C(3, "governments giving figures", "other", "figures from the three governments"),
            C(9, "flights operated", "other", "operated the nine flights"),
        ],
        [
            R("arithmetic", "1011 + 247 + 74 == 1342", False, True, "The dash list adds up to 1,332, not 1,342.", exhaustive=True),
        ],
        [
            I("within_item", "real", "The nationality breakdown of the 1,342 (1,011 + 247 + 74) adds up to 1,332."),
        ],
        "Dash list ten short of its total. The nine flights are not checkable here (1 + 3 on the first two days only).",
    ),
]
