# ruff: noqa: E501
"""Invented event: nine people trapped in a flooded cave in Laos from Tuesday June 30, 2026, brought out July 4-6."""

from _dsl import C, I, R, item, text

EVENT = "laos_cave_rescue_jul2026"

ITEMS = [
    item(
        "laoscave_found_wire",
        "2026-07-03",
        EVENT,
        text("""
 date 2026-07-03 Nine found alive in flooded Laos cave

VIENTIANE, July 3 (Wire) - Rescuers in central Laos have located nine people - seven university students and two guides - trapped in a flooded cave since Tuesday, officials said on Friday.

Divers found the group on a ledge 2.4 km from the entrance after they had been trapped for three days. The students are aged between 19 and 23.

About 90 divers, made up of 50 Lao and 40 foreign divers, are taking part. Pumps lowered the water level by 40 cm overnight.

"They are weak but all alive," said one of the divers.
"""),
        [
            C(9, "people found alive (headline)", "event_target", "Nine found alive in flooded Laos cave", date="2026-07-03"),
            C(9, "people trapped in the cave", "event_target", "located nine people - seven university students and two guides -", date="2026-07-03"),
            C(7, "students among the nine", "stage_component", "seven university students and two guides"),
            C(2, "guides among the nine", "stage_component", "seven university students and two guides"),
            C(2.4, "distance from the cave entrance, km", "other", "a ledge 2.4 km from the entrance"),
            C(3, "days trapped", "other", "trapped for three days"),
            C(19, "age of the youngest student", "other", "aged between 19 and 23"),
            C(23, "age of the oldest student", "other", "aged between 19 and 23"),
            C(90, "divers taking part", "other", "About 90 divers, made up of 50 Lao and 40 foreign divers", approx=True),
            C(50, "Lao divers", "other", "made up of 50 Lao and 40 foreign divers"),
            C(40, "foreign divers", "other", "made up of 50 Lao and 40 foreign divers"),
            C(40, "drop in the water level, cm", "other", "lowered the water level by 40 cm overnight"),
        ],
        [
            R("arithmetic", "7 + 2 == 9", True, True, "Dash list of the nine.", exhaustive=True),
            R("arithmetic", "50 + 40 == 90", True, True, "'made up of 50 Lao and 40 foreign divers' (about 90).", exhaustive=True),
            R("sequence", "(date(2026, 7, 3) - date(2026, 6, 30)).days == 3", True, False, "Trapped since Tuesday (June 30): three days by Friday July 3."),
            R("weekday", "date(2026, 7, 3).weekday() == 4", True, True, "Dateline July 3 with 'on Friday'."),
        ],
        [],
        "'said one of the divers' is a speaker. 40 cm and 40 divers are different quantities.",
    ),
    item(
        "laoscave_sat_meridian",
        "2026-07-04",
        EVENT,
        text("""
Four of nine trapped in Laos cave brought out

VIENTIANE, July 4 (Meridian) - Four students were brought out of the flooded cave in central Laos on Saturday, and five people remain inside, the provincial governor said.

Each trip through the flooded passages takes about six hours. The rescue will resume on Sunday morning.
"""),
        [
            C(4, "people brought out (headline)", "stage", "Four of nine trapped in Laos cave brought out", date="2026-07-04", stage="day 1"),
            C(9, "people trapped (headline)", "event_target", "Four of nine trapped"),
            C(4, "students brought out on Saturday", "stage", "Four students were brought out of the flooded cave", date="2026-07-04", stage="day 1"),
            C(5, "people still inside", "remaining", "five people remain inside", date="2026-07-04"),
            C(6, "duration of each trip, hours", "other", "takes about six hours", approx=True),
        ],
        [
            R("arithmetic", "9 - 4 == 5", True, True, "Nine trapped, four out, five remain."),
            R("weekday", "date(2026, 7, 4).weekday() == 5", True, True, "Dateline July 4 with 'on Saturday'."),
        ],
        [],
        "'Four of nine' in the headline states the whole.",
    ),
    item(
        "laoscave_sun_asiadesk",
        "2026-07-05",
        EVENT,
        text("""
Laos cave rescue: two guides still inside

Asia Desk | 5 July 2026, 20:15

Seven have now been brought out of the cave: four on Saturday and four more on Sunday. The two guides remain inside and are expected to be brought out on Monday.
"""),
        [
            C(7, "people brought out so far", "multi_stage_total", "Seven have now been brought out of the cave", date="2026-07-05"),
            C(4, "brought out on Saturday", "stage", "four on Saturday", date="2026-07-04", stage="day 1"),
            C(4, "brought out on Sunday (as printed)", "stage", "four more on Sunday", date="2026-07-05", stage="day 2"),
            C(2, "guides still inside (headline)", "remaining", "two guides still inside", date="2026-07-05"),
            C(2, "guides still inside", "remaining", "The two guides remain inside", date="2026-07-05"),
        ],
        [
            R("arithmetic", "4 + 4 == 7", False, True, "The colon list (four and four more) adds up to eight, not the seven brought out.", exhaustive=True),
            R("arithmetic", "7 + 2 == 9", True, False, "Seven out and two inside make the nine (laoscave_found_wire)."),
            R("arithmetic", "4 == 3", False, False, "Sunday: 'four more' here, but nine trapped minus five remaining after Saturday (laoscave_sat_meridian) leaves three for Sunday, as laoscave_mon_wire says."),
        ],
        [
            I("within_item", "real", "'Seven have now been brought out: four on Saturday and four more on Sunday' - the list adds up to eight."),
            I("cross_item", "real", "Sunday's count is four here but three in laoscave_mon_wire (4 + 3 + 2 = 9).", ("laoscave_mon_wire",)),
        ],
        "List items without their own noun ('four more on Sunday') inherit 'brought out'.",
    ),
    item(
        "laoscave_mon_wire",
        "2026-07-06",
        EVENT,
        text("""
 date 2026-07-06 All nine rescued from Laos cave after six days

VIENTIANE, July 6 (Wire) - The last two people trapped in a flooded cave in central Laos, both guides, were brought out on Monday, completing the rescue of all nine, six days after they became trapped.

Four students were brought out on Saturday, three on Sunday and the two guides on Monday, officials said. A volunteer diver, 41, was treated for exhaustion.

The nine will stay in hospital for at least seven days, doctors said.
"""),
        [
            C(9, "people rescued (headline)", "multi_stage_total", "All nine rescued from Laos cave", date="2026-07-06"),
            C(6, "days since they became trapped (headline)", "other", "after six days"),
            C(2, "people brought out on Monday", "stage", "The last two people trapped in a flooded cave", date="2026-07-06", stage="day 3"),
            C(9, "people rescued", "multi_stage_total", "completing the rescue of all nine", date="2026-07-06"),
            C(6, "days since they became trapped", "other", "six days after they became trapped"),
            C(4, "students brought out on Saturday", "stage", "Four students were brought out on Saturday", date="2026-07-04", stage="day 1"),
            C(3, "brought out on Sunday", "stage", "three on Sunday", date="2026-07-05", stage="day 2"),
            C(2, "guides brought out on Monday", "stage", "the two guides on Monday", date="2026-07-06", stage="day 3"),
            C(41, "age of a volunteer diver", "other", "A volunteer diver, 41"),
            C(9, "rescued people to stay in hospital", "other", "The nine will stay in hospital", planned=True),
            C(7, "days in hospital, at least", "other", "for at least seven days", approx=True, planned=True),
        ],
        [
            R("arithmetic", "4 + 3 + 2 == 9", True, True, "Three days of rescues complete the nine.", exhaustive=True),
            R("sequence", "(date(2026, 7, 6) - date(2026, 6, 30)).days == 6", True, False, "Trapped on Tuesday June 30 (laoscave_found_wire): Monday July 6 is six days later."),
            R("weekday", "date(2026, 7, 6).weekday() == 0", True, True, "Dateline July 6 with 'on Monday'."),
        ],
        [],
        "Completion: parts = the nine.",
    ),
]
