# ruff: noqa: E501
"""Invented event: a two-day detainee exchange by air between eastern and western Libya, Nov 16-17, 2025."""

from _dsl import C, D, I, R, item, text

EVENT = "libya_detainee_flights_nov2025"

ITEMS = [
    item(
        "libya_d1_icrc",
        "2025-11-16",
        EVENT,
        text("""
ICRC facilitates release and transfer of detainees in Libya

News release
16 November 2025

GENEVA/TRIPOLI - Today the ICRC facilitated the transfer of 301 detainees released by the parties in Libya, on five flights between Benghazi and Misrata.

Three flights carried 164 people released by the authorities in the east - 58, 61 and 45 on each flight - and two flights carried 137 people released by the authorities in the west (71 and 66). The operation will continue tomorrow.

Over the past two weeks, ICRC staff met each detainee in private to confirm that they wished to be transferred. In total, the parties have agreed to release nearly 480 detainees.

For media enquiries: +41 22 555 0199
"""),
        [
            C(301, "detainees transferred today", "stage", "the transfer of 301 detainees released by the parties in Libya", date="2025-11-16", stage="day 1", side="both sides"),
            C(5, "flights today", "stage", "on five flights between Benghazi and Misrata", date="2025-11-16", stage="day 1"),
            C(3, "flights carrying detainees released by the east", "stage_component", "Three flights carried 164 people", date="2025-11-16", stage="day 1"),
            C(164, "people released by the east", "stage_component", "Three flights carried 164 people released by the authorities in the east", date="2025-11-16", stage="day 1", side="east -> west"),
            C(58, "people on the first eastern flight", "stage_component", "58, 61 and 45 on each flight", date="2025-11-16", stage="day 1", side="east -> west"),
            C(61, "people on the second eastern flight", "stage_component", "58, 61 and 45 on each flight", date="2025-11-16", stage="day 1", side="east -> west"),
            C(45, "people on the third eastern flight", "stage_component", "58, 61 and 45 on each flight", date="2025-11-16", stage="day 1", side="east -> west"),
            C(2, "flights carrying detainees released by the west", "stage_component", "two flights carried 137 people", date="2025-11-16", stage="day 1"),
            C(137, "people released by the west", "stage_component", "two flights carried 137 people released by the authorities in the west", date="2025-11-16", stage="day 1", side="west -> east"),
            C(71, "people on the first western flight", "stage_component", "(71 and 66)", date="2025-11-16", stage="day 1", side="west -> east"),
            C(66, "people on the second western flight", "stage_component", "(71 and 66)", date="2025-11-16", stage="day 1", side="west -> east"),
            C(2, "weeks of ICRC interviews", "other", "Over the past two weeks"),
            C(480, "detainees the parties agreed to release", "event_target", "the parties have agreed to release nearly 480 detainees", side="both sides", approx=True),
        ],
        [
            R("arithmetic", "164 + 137 == 301", True, True, "East and west releases = the day's transfers.", exhaustive=True),
            R("arithmetic", "58 + 61 + 45 == 164", True, True, "Dash list of the eastern flights.", exhaustive=True),
            R("arithmetic", "71 + 66 == 137", True, True, "Parenthesis list of the western flights.", exhaustive=True),
            R("arithmetic", "3 + 2 == 5", True, True, "Three eastern and two western flights.", exhaustive=True),
            R("arithmetic", "301 <= 480", True, True, "The first day stays within the agreed number."),
        ],
        [],
        "Uneven two-way transfer (164 and 137): no parity expected. The phone number is not a figure.",
    ),
    item(
        "libya_d1_wire",
        "2025-11-16",
        EVENT,
        text("""
 date 2025-11-16 More than 300 detainees freed on first day of Libya swap

TRIPOLI, Nov 16 (Wire) - More than 300 detainees were flown between eastern and western Libya on Sunday on the first day of the largest prisoner exchange since the 2020 ceasefire, the Red Cross said.

Among those released by the east were 12 women and 9 minors, a western official said. The exchange is to be completed on Monday.

In 2021 the two sides swapped 22 detainees. The country has been split between rival administrations for more than ten years.
"""),
        [
            C(300, "detainees freed (headline)", "stage", "More than 300 detainees freed", date="2025-11-16", stage="day 1", side="both sides", approx=True),
            C(1, "ordinal of the day (headline)", "ordinal", "on first day of Libya swap", date="2025-11-16", stage="day 1"),
            C(300, "detainees flown", "stage", "More than 300 detainees were flown between eastern and western Libya on Sunday", date="2025-11-16", stage="day 1", side="both sides", approx=True),
            C(1, "ordinal of the day", "ordinal", "on the first day of the largest prisoner exchange", date="2025-11-16", stage="day 1"),
            C(12, "women among those released by the east", "stage_component", "12 women and 9 minors", date="2025-11-16", stage="day 1", side="east -> west"),
            C(9, "minors among those released by the east", "stage_component", "12 women and 9 minors", date="2025-11-16", stage="day 1", side="east -> west"),
            C(22, "detainees swapped in 2021", "other", "In 2021 the two sides swapped 22 detainees", date="2021"),
            C(10, "years the country has been split", "other", "for more than ten years", approx=True),
        ],
        [
            R("arithmetic", "12 + 9 <= 164", True, False, "Women and minors among the 164 released by the east (libya_d1_icrc); they may overlap.", exhaustive=False),
            R("arithmetic", "300 <= 301", True, False, "'More than 300' against the ICRC's 301 (libya_d1_icrc)."),
            R("weekday", "date(2025, 11, 16).weekday() == 6", True, True, "Dateline Nov 16 with 'on Sunday'."),
        ],
        [],
        "Women and minors may overlap: the 'among' list is neither exhaustive nor a sum. 2021 swap is an old event.",
    ),
    item(
        "libya_d2_meridian",
        "2025-11-17",
        EVENT,
        text("""
Libya completes two-day detainee exchange with 479 freed

TRIPOLI, Nov 17 (Meridian) - On Monday, the second and final day, 96 detainees held in the east and 82 held in the west were flown home, a day after 301 were transferred, bringing the total to 479 over two days, the ICRC said.

The authorities in the east released 260 people in all and those in the west 219. The youngest detainee released was 17, the oldest 74.
"""),
        [
            C(479, "detainees freed over two days (headline)", "multi_stage_total", "two-day detainee exchange with 479 freed", date="2025-11-17", side="both sides"),
            C(2, "days of the exchange (headline)", "other", "two-day detainee exchange"),
            C(2, "ordinal of the day", "ordinal", "On Monday, the second and final day", date="2025-11-17", stage="day 2"),
            C(96, "detainees held in the east flown home", "stage_component", "96 detainees held in the east", date="2025-11-17", stage="day 2", side="east -> west"),
            C(82, "detainees held in the west flown home", "stage_component", "82 held in the west were flown home", date="2025-11-17", stage="day 2", side="west -> east"),
            C(301, "detainees transferred on day 1", "stage", "a day after 301 were transferred", date="2025-11-16", stage="day 1", side="both sides"),
            C(479, "detainees freed over two days", "multi_stage_total", "bringing the total to 479 over two days", date="2025-11-17", side="both sides"),
            C(2, "days of the exchange", "other", "479 over two days"),
            C(260, "people released by the east in all", "multi_stage_total", "The authorities in the east released 260 people in all", date="2025-11-17", side="east -> west"),
            C(219, "people released by the west in all", "multi_stage_total", "those in the west 219", date="2025-11-17", side="west -> east"),
            C(17, "age of the youngest detainee released", "other", "The youngest detainee released was 17"),
            C(74, "age of the oldest detainee released", "other", "the oldest 74"),
        ],
        [
            R("arithmetic", "301 + 96 + 82 == 479", True, True, "Day 1 plus both directions of day 2 = the two-day total.", exhaustive=True),
            R("arithmetic", "260 + 219 == 479", True, True, "The two sides' releases = the total.", exhaustive=True),
            R("arithmetic", "164 + 96 == 260", True, False, "East: 164 on day 1 (libya_d1_icrc) + 96 on day 2."),
            R("arithmetic", "137 + 82 == 219", True, False, "West: 137 on day 1 (libya_d1_icrc) + 82 on day 2."),
            R("arithmetic", "479 <= 480", True, False, "'nearly 480' agreed (libya_d1_icrc)."),
            R("weekday", "date(2025, 11, 17).weekday() == 0", True, True, "Dateline Nov 17 with 'On Monday'."),
            R("sequence", "(date(2025, 11, 17) - date(2025, 11, 16)).days == 1", True, True, "'a day after' the first day."),
        ],
        [],
        "Final day with totals by side; ages are not counts.",
    ),
    item(
        "libya_d2_tripolipost",
        "2025-11-18",
        EVENT,
        text("""
Libya swap: 178 freed on Monday, November 18, bring total to 479

Tripoli Post | 18.11.2025

The 178 released on Monday, November 18 - 96 from the east and 82 from the west - brought the total freed in the exchange to 479, after Sunday's 301, officials said.

"We waited nine years," said one mother in Misrata.
"""),
        [
            C(178, "freed on Monday (headline)", "stage", "Libya swap: 178 freed", date="2025-11-17", stage="day 2", side="both sides"),
            D(18, "date given for Monday (headline)", "Monday, November 18, bring", "2025-11-18"),
            C(479, "total freed (headline)", "multi_stage_total", "bring total to 479", side="both sides"),
            C(178, "released on Monday", "stage", "The 178 released on Monday, November 18", date="2025-11-17", stage="day 2", side="both sides"),
            D(18, "date given for Monday", "Monday, November 18 -", "2025-11-18"),
            C(96, "released from the east", "stage_component", "96 from the east and 82 from the west", stage="day 2", side="east -> west"),
            C(82, "released from the west", "stage_component", "96 from the east and 82 from the west", stage="day 2", side="west -> east"),
            C(479, "total freed in the exchange", "multi_stage_total", "brought the total freed in the exchange to 479", side="both sides"),
            C(301, "freed on Sunday", "stage", "after Sunday's 301", date="2025-11-16", stage="day 1", side="both sides"),
            C(9, "years a mother waited", "other", "We waited nine years"),
        ],
        [
            R("arithmetic", "96 + 82 == 178", True, True, "Dash list of Monday's releases.", exhaustive=True),
            R("arithmetic", "301 + 178 == 479", True, True, "Sunday + Monday = the total."),
            R("weekday", "date(2025, 11, 18).weekday() == 0", False, True, "November 18, 2025 is a Tuesday, not a Monday (Monday was November 17)."),
        ],
        [
            I("within_item", "real", "'Monday, November 18': in 2025 November 18 is a Tuesday; the second day was Monday, November 17."),
        ],
        "Weekday that does not match its date. 'said one mother' is a speaker; nine years is a duration.",
    ),
]
