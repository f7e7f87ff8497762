# ruff: noqa: E501
"""Invented event: chartered flights bring Filipino workers home from Lebanon, March 3-7, 2026."""

from _dsl import C, I, R, item, text

EVENT = "lebanon_repatriation_mar2026"

ITEMS = [
    item(
        "ofw_flight11_wire",
        "2026-03-03",
        EVENT,
        text("""
312 Filipino workers flown home from Lebanon

MANILA, March 3 (Wire) - A chartered flight carrying 312 Filipino workers from Beirut landed in Manila on Tuesday, including 19 children, the Department of Migrant Workers said.

It was the 11th repatriation flight since the operation began in October, bringing the number repatriated to 2,640. About 17,000 Filipinos remain in Lebanon, of whom 1,900 have registered to leave.

Each returning worker receives 75,000 pesos in financial aid. The flight took 14 hours with a stop in Dubai.

For assistance, call the department's hotline 1348.
"""),
        [
            C(312, "workers flown home (headline)", "stage", "312 Filipino workers flown home from Lebanon", date="2026-03-03", stage="flight 11"),
            C(312, "workers on the chartered flight", "stage", "A chartered flight carrying 312 Filipino workers", date="2026-03-03", stage="flight 11"),
            C(19, "children on the flight", "stage_component", "including 19 children", date="2026-03-03", stage="flight 11"),
            C(11, "ordinal of the repatriation flight", "ordinal", "It was the 11th repatriation flight", date="2026-03-03", stage="flight 11"),
            C(2640, "workers repatriated since October", "cumulative", "bringing the number repatriated to 2,640", date="2026-03-03"),
            C(17000, "Filipinos remaining in Lebanon", "remaining", "About 17,000 Filipinos remain in Lebanon", date="2026-03-03", approx=True),
            C(1900, "registered to leave", "remaining", "1,900 have registered to leave", date="2026-03-03"),
            C(75000, "financial aid per returning worker, pesos", "other", "Each returning worker receives 75,000 pesos"),
            C(14, "flight duration, hours", "other", "The flight took 14 hours"),
        ],
        [
            R("arithmetic", "19 <= 312", True, True, "'including 19 children'.", exhaustive=False),
            R("arithmetic", "312 <= 2640", True, True, "The flight is part of the running total it brings to 2,640."),
            R("arithmetic", "1900 <= 17000", True, True, "'of whom 1,900 have registered'.", exhaustive=False),
            R("weekday", "date(2026, 3, 3).weekday() == 1", True, True, "Dateline March 3 with 'on Tuesday'."),
        ],
        [],
        "Stock (17,000 remain) against flow (2,640 repatriated). 1348 is a hotline number.",
    ),
    item(
        "ofw_flight12_inquirer",
        "2026-03-05",
        EVENT,
        text("""
 date 2026-03-05 Second flight this week brings home 298 Filipinos from Lebanon

MANILA - A second chartered flight this week brought 298 Filipino workers home from Lebanon on Thursday, bringing to 2,938 the number repatriated since October, up from 2,640 after Tuesday's flight.

Among the returnees were 24 domestic workers who had not been paid for up to eight months, officials said. It was the 12th flight of the operation.

A third flight this week is scheduled for Saturday with about 290 people on board.
"""),
        [
            C(298, "workers brought home (headline)", "stage", "brings home 298 Filipinos from Lebanon", date="2026-03-05", stage="flight 12"),
            C(2, "ordinal of the flight this week (headline)", "ordinal", "Second flight this week", date="2026-03-05"),
            C(2, "ordinal of the flight this week", "ordinal", "A second chartered flight this week", date="2026-03-05"),
            C(298, "workers on Thursday's flight", "stage", "brought 298 Filipino workers home from Lebanon on Thursday", date="2026-03-05", stage="flight 12"),
            C(2938, "workers repatriated since October", "cumulative", "bringing to 2,938 the number repatriated since October", date="2026-03-05"),
            C(2640, "workers repatriated after Tuesday's flight", "cumulative", "up from 2,640 after Tuesday's flight", date="2026-03-03"),
            C(24, "unpaid domestic workers among the returnees", "stage_component", "Among the returnees were 24 domestic workers", date="2026-03-05", stage="flight 12"),
            C(8, "months without pay, at most", "other", "for up to eight months", approx=True),
            C(12, "ordinal of the flight in the operation", "ordinal", "It was the 12th flight of the operation", date="2026-03-05", stage="flight 12"),
            C(3, "ordinal of the next flight this week", "ordinal", "A third flight this week is scheduled for Saturday", planned=True),
            C(290, "people due on Saturday's flight", "stage", "about 290 people on board", date="2026-03-07", stage="flight 13", approx=True, planned=True),
        ],
        [
            R("arithmetic", "2640 + 298 == 2938", True, True, "Running total rises by Thursday's 298."),
            R("monotonic", "2640 <= 2938", True, True, "'up from 2,640'."),
            R("arithmetic", "24 <= 298", True, True, "'Among the returnees were 24'.", exhaustive=False),
            R("sequence", "date(2026, 3, 3) < date(2026, 3, 5) < date(2026, 3, 7)", True, True, "First (Tuesday), second (Thursday), third (Saturday) flight of the week."),
            R("weekday", "date(2026, 3, 5).weekday() == 3", True, True, "Date token 2026-03-05 with 'on Thursday'."),
            R("sequence", "11 + 1 == 12", True, False, "12th flight follows the 11th of ofw_flight11_wire."),
        ],
        [],
        "Two ordinal series: flights of the week (second, third) and flights of the operation (12th). 290 is planned.",
    ),
    item(
        "ofw_flight13_starpost",
        "2026-03-08",
        EVENT,
        text("""
Third flight of week lifts Lebanon repatriations to 3,240

Star Post | Nation | March 8, 2026 6:45 AM

A third chartered flight this week landed on Saturday with 290 Filipino workers from Beirut, bringing the total repatriated since October to 3,240 from 2,938, the migrant workers department said.

In 2024, 1,120 Filipinos were repatriated from Lebanon during an earlier crisis. The government has set aside 500 million pesos for this year's operation.
"""),
        [
            C(3240, "workers repatriated since October (headline)", "cumulative", "lifts Lebanon repatriations to 3,240", date="2026-03-07"),
            C(3, "ordinal of the flight this week (headline)", "ordinal", "Third flight of week", date="2026-03-07"),
            C(3, "ordinal of the flight this week", "ordinal", "A third chartered flight this week", date="2026-03-07"),
            C(290, "workers on Saturday's flight", "stage", "landed on Saturday with 290 Filipino workers", date="2026-03-07", stage="flight 13"),
            C(3240, "workers repatriated since October", "cumulative", "bringing the total repatriated since October to 3,240", date="2026-03-07"),
            C(2938, "workers repatriated before Saturday", "cumulative", "to 3,240 from 2,938", date="2026-03-05"),
            C(1120, "Filipinos repatriated from Lebanon in 2024", "other", "In 2024, 1,120 Filipinos were repatriated", date="2024"),
            C(500000000, "budget for this year's operation, pesos", "other", "set aside 500 million pesos"),
        ],
        [
            R("arithmetic", "2938 + 290 == 3240", False, True, "2,938 + 290 = 3,228, not 3,240."),
            R("monotonic", "2938 <= 3240", True, True, "The running total rises."),
            R("weekday", "date(2026, 3, 7).weekday() == 5", True, False, "'on Saturday' in a report dated March 8."),
        ],
        [
            I("within_item", "real", "'brought the total ... to 3,240 from 2,938' with a flight of 290: 2,938 + 290 = 3,228, not 3,240."),
        ],
        "Running total that overshoots its increment. The 2024 figure is another year.",
    ),
]
