# ruff: noqa: E501
"""Invented event: a magnitude 6.9 earthquake in eastern Turkey, Monday Sep 14, 2026; toll revised over five days."""

from _dsl import C, I, R, item, text

EVENT = "anatolia_quake_sep2026"

ITEMS = [
    item(
        "anatolia_d1_wire",
        "2026-09-14",
        EVENT,
        text("""
 date 2026-09-14 Quake kills at least 112 in eastern Turkey

ANKARA, Sept 14 (Wire) - A magnitude 6.9 earthquake struck eastern Turkey before dawn on Monday, killing at least 112 people and injuring 1,450, the disaster agency AFAD said.

The quake struck at 03:12 local time (0012 GMT) at a depth of 10 km, with its epicentre 18 km northeast of the city of Bingol. More than 200 aftershocks followed, the strongest of magnitude 5.4.

At least 46 buildings collapsed in Bingol and neighbouring Mus provinces, and 2,300 rescuers were sent to the area, AFAD said.

It was the deadliest quake in the region in more than two decades. In 2023, earthquakes in the south of the country killed more than 50,000 people in Turkey.
"""),
        [
            C(112, "dead (headline)", "cumulative", "Quake kills at least 112", date="2026-09-14", approx=True),
            C(6.9, "magnitude of the earthquake", "other", "A magnitude 6.9 earthquake struck eastern Turkey"),
            C(112, "dead", "cumulative", "killing at least 112 people", date="2026-09-14", approx=True),
            C(1450, "injured", "cumulative", "injuring 1,450", date="2026-09-14"),
            C(10, "depth of the quake, km", "other", "at a depth of 10 km"),
            C(18, "distance of the epicentre from Bingol, km", "other", "its epicentre 18 km northeast of the city of Bingol"),
            C(200, "aftershocks", "cumulative", "More than 200 aftershocks followed", date="2026-09-14", approx=True),
            C(5.4, "magnitude of the strongest aftershock", "other", "the strongest of magnitude 5.4"),
            C(46, "buildings collapsed", "cumulative", "At least 46 buildings collapsed", date="2026-09-14", approx=True),
            C(2300, "rescuers sent", "other", "2,300 rescuers were sent to the area"),
            C(2, "decades since a deadlier quake in the region", "other", "in more than two decades", approx=True),
            C(50000, "people killed in Turkey by the 2023 earthquakes", "other", "killed more than 50,000 people in Turkey", date="2023", approx=True),
        ],
        [
            R("ordinal", "5.4 < 6.9", True, False, "The strongest aftershock is weaker than the main shock."),
            R("weekday", "date(2026, 9, 14).weekday() == 0", True, True, "Dateline Sept 14 with 'on Monday'."),
        ],
        [],
        "First-day toll. 03:12 and 0012 GMT are clock times; 2023 figure is another event.",
    ),
    item(
        "anatolia_d2_meridian",
        "2026-09-15",
        EVENT,
        text("""
Turkey quake toll rises to 347 as rescuers search collapsed buildings

ANKARA, Sept 15 (Meridian) - The death toll from Monday's earthquake in eastern Turkey rose to 347 on Tuesday from 112 a day earlier, the disaster agency AFAD said.

Of the dead, 290 were in Bingol province and 57 in neighbouring Mus. The number of injured rose to 3,900.

Rescuers pulled 126 people alive from the rubble in the first 24 hours, the agency said. The government declared a state of emergency for three months in the two provinces.

Most read
1. Lira steadies after central bank meeting
2. Ferry strike enters second week
"""),
        [
            C(347, "dead (headline)", "cumulative", "Turkey quake toll rises to 347", date="2026-09-15"),
            C(347, "dead", "cumulative", "rose to 347 on Tuesday", date="2026-09-15"),
            C(112, "dead a day earlier", "cumulative", "from 112 a day earlier", date="2026-09-14"),
            C(290, "dead in Bingol province", "cumulative_component", "290 were in Bingol province", date="2026-09-15"),
            C(57, "dead in Mus province", "cumulative_component", "57 in neighbouring Mus", date="2026-09-15"),
            C(3900, "injured", "cumulative", "The number of injured rose to 3,900", date="2026-09-15"),
            C(126, "people pulled alive from the rubble in the first 24 hours", "cumulative", "Rescuers pulled 126 people alive from the rubble", date="2026-09-15"),
            C(24, "hours of the first rescue period", "other", "in the first 24 hours"),
            C(3, "months of the state of emergency", "other", "a state of emergency for three months"),
            C(2, "provinces under the state of emergency", "other", "in the two provinces"),
        ],
        [
            R("arithmetic", "290 + 57 == 347", True, True, "'Of the dead, 290 ... and 57 ...' adds up to the toll.", exhaustive=True),
            R("monotonic", "112 <= 347", True, True, "'rose to 347 ... from 112'."),
            R("monotonic", "1450 <= 3900", True, False, "Injured rose from 1,450 on Monday (anatolia_d1_wire)."),
            R("weekday", "date(2026, 9, 15).weekday() == 1", True, True, "Dateline Sept 15 with 'on Tuesday'."),
            R("weekday", "date(2026, 9, 14).weekday() == 0", True, False, "'Monday's earthquake', a day before Tuesday Sept 15."),
        ],
        [],
        "Second day. 'Most read' list is site furniture ('second week' there is not about the quake).",
    ),
    item(
        "anatolia_d3_balticpost",
        "2026-09-16",
        EVENT,
        text("""
Toll from Turkish quake climbs to 580; hopes fade for those trapped

Baltic Post | World | 16.09.2026 19:05

Tuesday's toll of 347 climbed by 223 to 580 on Wednesday, including 470 in Bingol province, according to the disaster agency.

Rescuers have pulled 141 people alive from the rubble since Monday. A 17-year-old girl was rescued in Bingol after 52 hours under a collapsed apartment block.

More than 5,000 tents have been set up for about 22,000 people who lost their homes.

Photo: Rescue workers carry a survivor in Bingol on Wednesday.
"""),
        [
            C(580, "dead (headline)", "cumulative", "Toll from Turkish quake climbs to 580", date="2026-09-16"),
            C(347, "dead on Tuesday", "cumulative", "Tuesday's toll of 347", date="2026-09-15"),
            C(223, "increase in the toll (as printed)", "other", "climbed by 223 to 580 on Wednesday", date="2026-09-16"),
            C(580, "dead on Wednesday", "cumulative", "climbed by 223 to 580 on Wednesday", date="2026-09-16"),
            C(470, "dead in Bingol province", "cumulative_component", "including 470 in Bingol province", date="2026-09-16"),
            C(141, "people pulled alive since Monday", "cumulative", "Rescuers have pulled 141 people alive from the rubble since Monday", date="2026-09-16"),
            C(17, "age of a girl rescued", "other", "A 17-year-old girl was rescued"),
            C(52, "hours the girl spent under the rubble", "other", "after 52 hours under a collapsed apartment block"),
            C(5000, "tents set up", "cumulative", "More than 5,000 tents have been set up", date="2026-09-16", approx=True),
            C(22000, "people who lost their homes", "other", "about 22,000 people who lost their homes", approx=True),
        ],
        [
            R("arithmetic", "347 + 223 == 580", False, True, "347 + 223 = 570, not 580 (the rise to 580 is 233)."),
            R("monotonic", "347 <= 580", True, True, "The toll rose."),
            R("arithmetic", "470 <= 580", True, True, "'including 470 in Bingol'.", exhaustive=False),
            R("monotonic", "126 <= 141", True, False, "Rescued alive since Monday rose from 126 (anatolia_d2_meridian)."),
        ],
        [
            I("within_item", "real", "'Tuesday's toll of 347 climbed by 223 to 580': 347 + 223 = 570; either the increase (233) or the new toll is wrong."),
        ],
        "Third day. The 5,000 tents and 22,000 homeless are other quantities.",
    ),
    item(
        "anatolia_d4_nordpress",
        "2026-09-17",
        EVENT,
        text("""
Death toll in Turkey quake passes 700

ANKARA, Sept 17 (Nordpress) - The number of dead from Monday's earthquake rose to 705 on Thursday evening from 580 on Wednesday, Turkey's interior minister said.

Of them, 611 died in Bingol province, 72 in Mus and 22 in Elazig. More than 48,000 people are staying in tents and student dormitories.

Schools in the three provinces will stay closed for two weeks, the education ministry said.
"""),
        [
            C(700, "dead (headline: passes 700)", "cumulative", "Death toll in Turkey quake passes 700", date="2026-09-17", approx=True),
            C(705, "dead on Thursday evening", "cumulative", "rose to 705 on Thursday evening", date="2026-09-17"),
            C(580, "dead on Wednesday", "cumulative", "from 580 on Wednesday", date="2026-09-16"),
            C(611, "dead in Bingol province", "cumulative_component", "611 died in Bingol province", date="2026-09-17"),
            C(72, "dead in Mus province", "cumulative_component", "72 in Mus", date="2026-09-17"),
            C(22, "dead in Elazig province", "cumulative_component", "22 in Elazig", date="2026-09-17"),
            C(48000, "people staying in tents and dormitories", "other", "More than 48,000 people are staying in tents and student dormitories", date="2026-09-17", approx=True),
            C(3, "provinces where schools stay closed", "other", "Schools in the three provinces"),
            C(2, "weeks schools stay closed", "other", "will stay closed for two weeks", planned=True),
        ],
        [
            R("arithmetic", "611 + 72 + 22 == 705", True, True, "Three provinces add up to the toll.", exhaustive=True),
            R("monotonic", "580 <= 705", True, True, "'rose to 705 ... from 580'."),
            R("arithmetic", "700 <= 705", True, True, "'passes 700'."),
            R("weekday", "date(2026, 9, 17).weekday() == 3", True, True, "Dateline Sept 17 with 'on Thursday'."),
            R("arithmetic", "705 == 742", False, False, "Thursday's toll: 705 (evening) here, 742 in anatolia_d5_wire; a running total cannot fall from 742 to 705 in a day, and both are given for Thursday."),
        ],
        [
            I("cross_item", "real", "Thursday's toll is 705 here but 742 in the Saturday wire report ('from 742 on Thursday'); the same day's running total cannot have two values.", ("anatolia_d5_wire",)),
        ],
        "Within the item everything holds; the conflict is with the later wire report's figure for Thursday.",
    ),
    item(
        "anatolia_d5_wire",
        "2026-09-19",
        EVENT,
        text("""
 date 2026-09-19 Turkey ends search as quake toll reaches 861

ANKARA, Sept 19 (Wire) - The death toll from the earthquake in eastern Turkey rose to 861 on Saturday from 742 on Thursday, the disaster agency AFAD said, as rescuers ended the search five days after the quake.

The number of injured stood at 5,210, of whom 390 remain in hospital.

About 1,900 damaged buildings are to be demolished, and the government has pledged 25 billion lira ($610 million) for reconstruction.
"""),
        [
            C(861, "dead (headline)", "cumulative", "quake toll reaches 861", date="2026-09-19"),
            C(861, "dead on Saturday", "cumulative", "rose to 861 on Saturday", date="2026-09-19"),
            C(742, "dead on Thursday", "cumulative", "from 742 on Thursday", date="2026-09-17"),
            C(5, "days since the quake", "other", "five days after the quake"),
            C(5210, "injured", "cumulative", "The number of injured stood at 5,210", date="2026-09-19"),
            C(390, "injured still in hospital", "remaining", "390 remain in hospital", date="2026-09-19"),
            C(1900, "damaged buildings to be demolished", "other", "About 1,900 damaged buildings are to be demolished", approx=True, planned=True),
            C(25000000000, "reconstruction pledge, lira", "other", "pledged 25 billion lira"),
            C(610000000, "reconstruction pledge, dollars", "other", "($610 million)"),
        ],
        [
            R("monotonic", "742 <= 861", True, True, "'rose to 861 ... from 742'."),
            R("arithmetic", "390 <= 5210", True, True, "'of whom 390 remain in hospital'.", exhaustive=False),
            R("sequence", "(date(2026, 9, 19) - date(2026, 9, 14)).days == 5", True, True, "Saturday Sept 19 is five days after Monday Sept 14."),
            R("weekday", "date(2026, 9, 19).weekday() == 5", True, True, "Dateline Sept 19 with 'on Saturday'."),
            R("monotonic", "705 <= 861", True, False, "Saturday's toll is above the 705 of anatolia_d4_nordpress."),
        ],
        [],
        "Final toll. Its 742 for Thursday conflicts with anatolia_d4_nordpress (recorded there).",
    ),
]
