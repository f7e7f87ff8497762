# ruff: noqa: E501
"""Invented event: heat deaths during the 2026 pilgrimage season, tallied by nationality, May 27-30, 2026."""

from _dsl import C, I, R, item, text

EVENT = "pilgrimage_heat_may2026"

ITEMS = [
    item(
        "pilgrim_egypt_nilewire",
        "2026-05-27",
        EVENT,
        text("""
 date 2026-05-27 Egypt says 310 of its pilgrims died in the heat

CAIRO, May 27 (Nile Wire) - Egypt said on Wednesday that 310 of its pilgrims had died in the extreme heat during the pilgrimage, most of them travelling without official permits.

The figure - 268 unregistered pilgrims and 40 who travelled with official permits - was given by a government crisis cell set up to follow the deaths.

Egypt sent about 78,000 registered pilgrims this year. Authorities revoked the licences of 16 travel agencies that had organised unregistered trips.

Temperatures in Mecca reached 49.5 degrees Celsius on Tuesday.
"""),
        [
            C(310, "Egyptian pilgrims dead (headline)", "cumulative", "Egypt says 310 of its pilgrims died", date="2026-05-27"),
            C(310, "Egyptian pilgrims dead", "cumulative", "310 of its pilgrims had died in the extreme heat", date="2026-05-27"),
            C(268, "unregistered pilgrims among the dead", "cumulative_component", "268 unregistered pilgrims and 40 who travelled with official permits", date="2026-05-27"),
            C(40, "registered pilgrims among the dead", "cumulative_component", "268 unregistered pilgrims and 40 who travelled with official permits", date="2026-05-27"),
            C(78000, "registered pilgrims Egypt sent this year", "other", "Egypt sent about 78,000 registered pilgrims this year", approx=True),
            C(16, "travel agencies whose licences were revoked", "other", "revoked the licences of 16 travel agencies"),
            C(49.5, "temperature in Mecca, degrees Celsius", "other", "Temperatures in Mecca reached 49.5 degrees Celsius on Tuesday", date="2026-05-26"),
        ],
        [
            R("arithmetic", "268 + 40 == 310", False, True, "The dash breakdown adds up to 308, not 310.", exhaustive=True),
            R("arithmetic", "40 <= 78000", True, False, "Registered dead within the registered pilgrims."),
            R("weekday", "date(2026, 5, 27).weekday() == 2", True, True, "Dateline May 27 with 'on Wednesday'."),
            R("weekday", "date(2026, 5, 26).weekday() == 1", True, False, "'on Tuesday', the day before."),
        ],
        [
            I("within_item", "real", "The dash list of the 310 dead (268 unregistered + 40 registered) adds up to 308."),
        ],
        "Dash breakdown two short of its total. 78,000 registered pilgrims is a stock.",
    ),
    item(
        "pilgrim_tally_meridian",
        "2026-05-28",
        EVENT,
        text("""
Pilgrimage heat deaths top 640, national tallies show

By Meridian staff | 28 May 2026

At least 640 pilgrims died during this year's pilgrimage, including 310 Egyptians, 98 Indonesians and 60 Jordanians, according to a count of announcements by national governments.

Saudi authorities said 1.6 million pilgrims took part, including 1.4 million from abroad. Temperatures reached 49.5C at the height of the rites.

Last year 230 deaths were reported during the pilgrimage.

Newsletter: Get the day's top stories
"""),
        [
            C(640, "pilgrims dead (headline)", "cumulative", "Pilgrimage heat deaths top 640", date="2026-05-28", approx=True),
            C(640, "pilgrims dead", "cumulative", "At least 640 pilgrims died during this year's pilgrimage", date="2026-05-28", approx=True),
            C(310, "Egyptians among the dead", "cumulative_component", "including 310 Egyptians, 98 Indonesians and 60 Jordanians", date="2026-05-28"),
            C(98, "Indonesians among the dead", "cumulative_component", "including 310 Egyptians, 98 Indonesians and 60 Jordanians", date="2026-05-28"),
            C(60, "Jordanians among the dead", "cumulative_component", "including 310 Egyptians, 98 Indonesians and 60 Jordanians", date="2026-05-28"),
            C(1600000, "pilgrims who took part", "other", "1.6 million pilgrims took part"),
            C(1400000, "pilgrims from abroad", "other", "including 1.4 million from abroad"),
            C(49.5, "peak temperature, degrees Celsius", "other", "Temperatures reached 49.5C"),
            C(230, "deaths reported during last year's pilgrimage", "other", "Last year 230 deaths were reported", date="2025"),
        ],
        [
            R("arithmetic", "310 + 98 + 60 <= 640", True, True, "'including' list under the total (468 of at least 640).", exhaustive=False),
            R("arithmetic", "1400000 <= 1600000", True, True, "'including 1.4 million from abroad'.", exhaustive=False),
        ],
        [],
        "Including-list under a hedged total. 230 is last year's figure.",
    ),
    item(
        "pilgrim_d4_gulfnews",
        "2026-05-30",
        EVENT,
        text("""
Pilgrim death toll passes 1,100 as more countries report

RIYADH, May 30 (Gulf Desk) - The number of pilgrims who died during the pilgrimage rose to more than 1,100 on Saturday, according to a tally of national announcements.

Indonesia said 165 of its citizens had died, up from 98 earlier in the week, and Jordan's toll rose to 75 from 60.

The Saudi health ministry said it had treated 2,760 cases of heat stress. Many pilgrims walked up to 20 km a day between the holy sites.
"""),
        [
            C(1100, "pilgrims dead (headline)", "cumulative", "Pilgrim death toll passes 1,100", date="2026-05-30", approx=True),
            C(1100, "pilgrims dead", "cumulative", "rose to more than 1,100 on Saturday", date="2026-05-30", approx=True),
            C(165, "Indonesian pilgrims dead", "cumulative_component", "Indonesia said 165 of its citizens had died", date="2026-05-30"),
            C(98, "Indonesian pilgrims dead, earlier in the week", "cumulative_component", "up from 98 earlier in the week"),
            C(75, "Jordanian pilgrims dead", "cumulative_component", "Jordan's toll rose to 75 from 60", date="2026-05-30"),
            C(60, "Jordanian pilgrims dead, earlier", "cumulative_component", "Jordan's toll rose to 75 from 60"),
            C(2760, "cases of heat stress treated", "cumulative", "treated 2,760 cases of heat stress", date="2026-05-30"),
            C(20, "distance walked a day, km", "other", "walked up to 20 km a day", approx=True),
        ],
        [
            R("monotonic", "98 <= 165", True, True, "Indonesia's toll 'up from 98'."),
            R("monotonic", "60 <= 75", True, True, "Jordan's toll 'rose to 75 from 60'."),
            R("arithmetic", "165 + 75 <= 1100", True, False, "National figures within the overall tally."),
            R("monotonic", "640 <= 1100", True, False, "Overall tally rose from at least 640 (pilgrim_tally_meridian)."),
            R("weekday", "date(2026, 5, 30).weekday() == 5", True, True, "Dateline May 30 with 'on Saturday'."),
        ],
        [],
        "National tolls revised upward with 'from' figures.",
    ),
]
