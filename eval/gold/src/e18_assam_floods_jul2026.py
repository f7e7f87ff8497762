# ruff: noqa: E501
"""Invented event: monsoon floods in Assam, India, toll revised July 6-10, 2026."""

from _dsl import C, I, R, item, text

EVENT = "assam_floods_jul2026"

ITEMS = [
    item(
        "assam_jul6_wire",
        "2026-07-06",
        EVENT,
        text("""
 date 2026-07-06 Assam flood toll rises to 38; nearly 1.9 million affected

GUWAHATI, July 6 (Wire) - The death toll from floods in India's Assam state rose to 38 on Monday from 31 on Sunday, the state disaster management authority said, with nearly 1.9 million people affected in 24 of its 35 districts.

About 48,300 people were sheltering in 212 relief camps. The Brahmaputra river was flowing above the danger level at six places.

The toll covers deaths since the monsoon began in late May. Last year, 117 people died in the state's floods.
"""),
        [
            C(38, "dead (headline)", "cumulative", "Assam flood toll rises to 38", date="2026-07-06"),
            C(1900000, "people affected (headline)", "cumulative", "nearly 1.9 million affected", date="2026-07-06", approx=True),
            C(38, "dead on Monday", "cumulative", "rose to 38 on Monday", date="2026-07-06"),
            C(31, "dead on Sunday", "cumulative", "from 31 on Sunday", date="2026-07-05"),
            C(1900000, "people affected", "cumulative", "nearly 1.9 million people affected", date="2026-07-06", approx=True),
            C(24, "districts affected", "other", "in 24 of its 35 districts", date="2026-07-06"),
            C(35, "districts in the state", "other", "24 of its 35 districts"),
            C(48300, "people sheltering in relief camps", "remaining", "About 48,300 people were sheltering in 212 relief camps", date="2026-07-06", approx=True),
            C(212, "relief camps", "other", "in 212 relief camps", date="2026-07-06"),
            C(6, "places where the river was above the danger level", "other", "above the danger level at six places", date="2026-07-06"),
            C(117, "flood deaths in the state last year", "other", "Last year, 117 people died in the state's floods", date="2025"),
        ],
        [
            R("monotonic", "31 <= 38", True, True, "'rose to 38 ... from 31'."),
            R("arithmetic", "24 <= 35", True, True, "Affected districts within the state's 35."),
            R("weekday", "date(2026, 7, 6).weekday() == 0", True, True, "Dateline July 6 with 'on Monday'."),
            R("weekday", "date(2026, 7, 5).weekday() == 6", True, False, "'on Sunday', the day before."),
        ],
        [],
        "People in camps is a stock. Last year's toll is another year.",
    ),
    item(
        "assam_jul8_meridian",
        "2026-07-08",
        EVENT,
        text("""
Assam flood toll reaches 52 with 14 deaths in two days

GUWAHATI, July 8 (Meridian) - Fourteen more people have died in floods in Assam in two days, taking the toll to 52, officials said on Wednesday. Of the 52, 41 drowned and 11 died in landslides.

The number of people affected rose to 2.4 million in 27 districts.

In Kaziranga National Park, 17 animals have drowned, including nine hog deer and a rhino calf, park officials said.
"""),
        [
            C(52, "dead (headline)", "cumulative", "Assam flood toll reaches 52", date="2026-07-08"),
            C(14, "deaths in two days (headline)", "other", "with 14 deaths in two days", date="2026-07-08"),
            C(2, "days of the increase (headline)", "other", "14 deaths in two days"),
            C(14, "more deaths in two days", "other", "Fourteen more people have died in floods in Assam in two days", date="2026-07-08"),
            C(2, "days of the increase", "other", "have died in floods in Assam in two days"),
            C(52, "dead", "cumulative", "taking the toll to 52", date="2026-07-08"),
            C(52, "dead (restated)", "cumulative", "Of the 52", date="2026-07-08"),
            C(41, "drowned", "cumulative_component", "41 drowned", date="2026-07-08"),
            C(11, "died in landslides", "cumulative_component", "11 died in landslides", date="2026-07-08"),
            C(2400000, "people affected", "cumulative", "rose to 2.4 million in 27 districts", date="2026-07-08"),
            C(27, "districts affected", "other", "in 27 districts", date="2026-07-08"),
            C(17, "animals drowned in Kaziranga", "other", "17 animals have drowned", date="2026-07-08"),
            C(9, "hog deer among the animals", "other", "including nine hog deer and a rhino calf", date="2026-07-08"),
            C(1, "rhino calf among the animals", "other", "including nine hog deer and a rhino calf", date="2026-07-08"),
        ],
        [
            R("arithmetic", "41 + 11 == 52", True, True, "'Of the 52, 41 drowned and 11 died in landslides'.", exhaustive=True),
            R("arithmetic", "38 + 14 == 52", True, False, "Monday's 38 (assam_jul6_wire) plus 14 in two days."),
            R("arithmetic", "9 + 1 <= 17", True, True, "'including nine hog deer and a rhino calf'.", exhaustive=False),
            R("monotonic", "1900000 <= 2400000", True, False, "Affected rose from nearly 1.9 million (assam_jul6_wire)."),
            R("weekday", "date(2026, 7, 8).weekday() == 2", True, True, "Dateline July 8 with 'on Wednesday'."),
        ],
        [],
        "Animals are another quantity (not people).",
    ),
    item(
        "assam_jul9_northeastpost",
        "2026-07-09",
        EVENT,
        text("""
Assam floods: toll climbs to 57

Northeast Post | Thursday, July 9, 2026 | 17:45 IST

The toll of 57 - 44 in floods and 11 in landslides - was announced by the disaster management authority on Thursday evening. Water levels fell at three of the six monitoring points on the Brahmaputra.
"""),
        [
            C(57, "dead (headline)", "cumulative", "toll climbs to 57", date="2026-07-09"),
            C(57, "dead", "cumulative", "The toll of 57", date="2026-07-09"),
            C(44, "dead in floods (as printed)", "cumulative_component", "44 in floods and 11 in landslides", date="2026-07-09"),
            C(11, "dead in landslides", "cumulative_component", "44 in floods and 11 in landslides", date="2026-07-09"),
            C(3, "monitoring points where water fell", "other", "Water levels fell at three of the six monitoring points"),
            C(6, "monitoring points on the Brahmaputra", "other", "three of the six monitoring points"),
        ],
        [
            R("arithmetic", "44 + 11 == 57", False, True, "The dash list adds up to 55, not 57.", exhaustive=True),
            R("arithmetic", "3 <= 6", True, True, "'three of the six'."),
            R("weekday", "date(2026, 7, 9).weekday() == 3", True, True, "'Thursday, July 9, 2026'."),
            R("monotonic", "52 <= 57", True, False, "Toll rose from 52 (assam_jul8_meridian)."),
        ],
        [
            I("within_item", "real", "The dash breakdown of the toll of 57 (44 in floods + 11 in landslides) adds up to 55."),
        ],
        "Dash list short of its total.",
    ),
    item(
        "assam_jul10_wire",
        "2026-07-10",
        EVENT,
        text("""
Assam flood toll at 61 as waters begin to recede

GUWAHATI, July 10 (Wire) - Nine more deaths since Wednesday took the toll from Assam's floods to 61 on Friday, officials said, as rivers began to recede.

This year's toll compares with 197 deaths in the floods of 2022. The number of people in relief camps fell to 31,000 from 48,300 on Monday as families returned home. Crops on 42,000 hectares were damaged.
"""),
        [
            C(61, "dead (headline)", "cumulative", "Assam flood toll at 61", date="2026-07-10"),
            C(9, "deaths since Wednesday", "other", "Nine more deaths since Wednesday", date="2026-07-10"),
            C(61, "dead on Friday", "cumulative", "took the toll from Assam's floods to 61 on Friday", date="2026-07-10"),
            C(197, "deaths in the 2022 floods", "other", "197 deaths in the floods of 2022", date="2022"),
            C(31000, "people in relief camps", "remaining", "fell to 31,000", date="2026-07-10"),
            C(48300, "people in relief camps on Monday", "remaining", "from 48,300 on Monday", date="2026-07-06"),
            C(42000, "hectares of crops damaged", "cumulative", "Crops on 42,000 hectares were damaged", date="2026-07-10"),
        ],
        [
            R("arithmetic", "52 + 9 == 61", True, False, "Wednesday's 52 (assam_jul8_meridian) plus nine more."),
            R("arithmetic", "31000 <= 48300", True, True, "A stock may fall: families returned home."),
            R("weekday", "date(2026, 7, 10).weekday() == 4", True, True, "Dateline July 10 with 'on Friday'."),
            R("monotonic", "57 <= 61", True, False, "Above Thursday's 57 (assam_jul9_northeastpost)."),
        ],
        [],
        "Camp population falls (a stock), the toll does not. 2022 is another year.",
    ),
]
