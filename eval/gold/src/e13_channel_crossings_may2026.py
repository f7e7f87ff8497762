# ruff: noqa: E501
"""Invented event: small-boat crossings of the English Channel over the weekend of May 30-31, 2026."""

from _dsl import C, I, R, item, text

EVENT = "channel_crossings_may2026"

ITEMS = [
    item(
        "channel_sat_wire",
        "2026-05-31",
        EVENT,
        text("""
More than 700 migrants cross Channel in a day, the most this year

LONDON, May 31 (Wire) - A total of 712 people crossed the English Channel in 13 small boats on Saturday, the highest daily figure this year, Home Office figures showed.

That brought this year's total to 14,906, up 18% on the 12,640 recorded at the same point last year. The boats carried an average of almost 55 people each.

At least 14 people have died trying to make the crossing this year, according to the French coastguard.
"""),
        [
            C(700, "people who crossed in a day (headline)", "stage", "More than 700 migrants cross Channel in a day", date="2026-05-30", approx=True),
            C(712, "people who crossed on Saturday", "stage", "A total of 712 people crossed the English Channel in 13 small boats on Saturday", date="2026-05-30"),
            C(13, "small boats on Saturday", "stage", "in 13 small boats on Saturday", date="2026-05-30"),
            C(14906, "crossings this year", "cumulative", "That brought this year's total to 14,906", date="2026-05-30"),
            C(18, "rise on last year, %", "other", "up 18% on the 12,640"),
            C(12640, "crossings at the same point last year", "other", "the 12,640 recorded at the same point last year", date="2025-05-30"),
            C(55, "average people per boat", "other", "an average of almost 55 people each", date="2026-05-30", approx=True),
            C(14, "people who died trying to cross this year", "cumulative", "At least 14 people have died trying to make the crossing this year", date="2026-05-30", approx=True),
        ],
        [
            R("arithmetic", "700 <= 712", True, True, "'More than 700' in the headline, 712 in the body."),
            R("ordinal", "712 <= 14906", True, True, "Saturday's crossings are part of the year's total."),
            R("ordinal", "12640 < 14906", True, True, "'up 18% on the 12,640' (14,906 / 12,640 = 1.18)."),
            R("weekday", "date(2026, 5, 30).weekday() == 5", True, False, "'on Saturday' in a report dated May 31."),
        ],
        [],
        "Year-to-date total against last year's same-point figure (another year). 'almost 55' = 712 / 13 = 54.8.",
    ),
    item(
        "channel_sun_meridian",
        "2026-06-01",
        EVENT,
        text("""
 date 2026-06-01 Weekend Channel crossings reach 1,100

By Meridian staff

Another 388 people crossed the Channel on Sunday in seven boats, taking the total for the year to 15,294, Home Office figures showed. Together with Saturday's 712, that made 1,100 crossings over the weekend.

French police said they had stopped six boats from launching and rescued 41 people from a sinking dinghy off Boulogne; those rescued were taken back to France.
"""),
        [
            C(1100, "people who crossed over the weekend (headline)", "multi_stage_total", "Weekend Channel crossings reach 1,100", date="2026-05-31"),
            C(388, "people who crossed on Sunday", "stage", "Another 388 people crossed the Channel on Sunday", date="2026-05-31"),
            C(7, "boats on Sunday", "stage", "on Sunday in seven boats", date="2026-05-31"),
            C(15294, "crossings this year", "cumulative", "taking the total for the year to 15,294", date="2026-05-31"),
            C(712, "people who crossed on Saturday", "stage", "Together with Saturday's 712", date="2026-05-30"),
            C(1100, "crossings over the weekend", "multi_stage_total", "that made 1,100 crossings over the weekend", date="2026-05-31"),
            C(6, "boats stopped from launching", "other", "stopped six boats from launching", date="2026-05-31"),
            C(41, "people rescued and taken back to France", "other", "rescued 41 people from a sinking dinghy off Boulogne", date="2026-05-31"),
        ],
        [
            R("arithmetic", "712 + 388 == 1100", True, True, "Saturday + Sunday = the weekend total.", exhaustive=True),
            R("arithmetic", "14906 + 388 == 15294", True, False, "Year total after Saturday (channel_sat_wire) plus Sunday's 388."),
            R("weekday", "date(2026, 5, 31).weekday() == 6", True, False, "'on Sunday' in a report dated June 1."),
        ],
        [],
        "The 41 rescued by French police are another group (they did not cross). The six stopped boats are not crossings.",
    ),
    item(
        "channel_weekend_coastnews",
        "2026-06-02",
        EVENT,
        text("""
Channel crossings: 1,100 over the weekend

Coast News | Tuesday 2 June 2026

Home Office figures show 1,100 people crossed the Channel over the weekend: 712 on Saturday and 398 on Sunday.

The Home Office said 2,430 people had been returned to France under a pilot scheme since it began in August. The government has pledged 750 million pounds over three years for border security.
"""),
        [
            C(1100, "people who crossed over the weekend (headline)", "multi_stage_total", "Channel crossings: 1,100 over the weekend", date="2026-05-31"),
            C(1100, "people who crossed over the weekend", "multi_stage_total", "1,100 people crossed the Channel over the weekend", date="2026-05-31"),
            C(712, "crossed on Saturday", "stage", "712 on Saturday", date="2026-05-30"),
            C(398, "crossed on Sunday (as printed)", "stage", "398 on Sunday", date="2026-05-31"),
            C(2430, "people returned to France under the pilot scheme", "cumulative", "2,430 people had been returned to France under a pilot scheme"),
            C(750000000, "border security pledge, pounds", "other", "pledged 750 million pounds over three years", planned=True),
            C(3, "years of the pledge", "other", "over three years", planned=True),
        ],
        [
            R("arithmetic", "712 + 398 == 1100", False, True, "Colon list 712 + 398 = 1,110, not 1,100.", exhaustive=True),
            R("arithmetic", "398 == 388", False, False, "Sunday: 398 here, 388 in channel_sun_meridian (where 712 + 388 = 1,100)."),
            R("weekday", "date(2026, 6, 2).weekday() == 1", True, True, "'Tuesday 2 June 2026'."),
        ],
        [
            I("within_item", "real", "The colon list of the weekend (712 + 398) adds up to 1,110, not the stated 1,100."),
            I("cross_item", "real", "Sunday's crossings are 398 here, 388 in channel_sun_meridian; only 388 fits the 1,100.", ("channel_sun_meridian",)),
        ],
        "A mistyped day figure under a correct total. The returns to France are a flow in the other direction.",
    ),
]
