# ruff: noqa: E501
"""Invented event: Typhoon Larawan makes landfall in the northern Philippines, Saturday Nov 8, 2025."""

from _dsl import C, R, item, text

EVENT = "luzon_typhoon_nov2025"

ITEMS = [
    item(
        "luzon_d1_wire",
        "2025-11-09",
        EVENT,
        text("""
Typhoon Larawan kills 26 in northern Philippines; 11 missing

MANILA, Nov 9 (Wire) - Typhoon Larawan killed at least 26 people in the northern Philippines after making landfall on Saturday evening, and 11 others were missing, the civil defence office said on Sunday.

Cagayan province accounted for most of the deaths. By province: Cagayan 14, Isabela 7, Aurora 5.

More than 412,000 people had been moved to 1,320 evacuation centres before the storm hit, packing sustained winds of 185 km/h and gusts of up to 230 km/h.

Larawan was the 21st storm to enter the Philippines this year, and the fifth in a month. The country is hit by an average of 20 typhoons and storms a year.
"""),
        [
            C(26, "dead (headline)", "cumulative", "Typhoon Larawan kills 26", date="2025-11-09"),
            C(11, "missing (headline)", "remaining", "11 missing", date="2025-11-09"),
            C(26, "dead", "cumulative", "killed at least 26 people", date="2025-11-09", approx=True),
            C(11, "missing", "remaining", "11 others were missing", date="2025-11-09"),
            C(14, "dead in Cagayan", "cumulative_component", "Cagayan 14", date="2025-11-09"),
            C(7, "dead in Isabela", "cumulative_component", "Isabela 7", date="2025-11-09"),
            C(5, "dead in Aurora", "cumulative_component", "Aurora 5", date="2025-11-09"),
            C(412000, "people moved to evacuation centres", "cumulative", "More than 412,000 people had been moved to 1,320 evacuation centres", date="2025-11-08", approx=True),
            C(1320, "evacuation centres", "other", "moved to 1,320 evacuation centres"),
            C(185, "sustained winds, km/h", "other", "sustained winds of 185 km/h"),
            C(230, "gusts, km/h", "other", "gusts of up to 230 km/h", approx=True),
            C(21, "ordinal of the storm this year", "ordinal", "the 21st storm to enter the Philippines this year"),
            C(5, "ordinal of the storm in a month", "ordinal", "the fifth in a month"),
            C(20, "average typhoons and storms a year", "other", "an average of 20 typhoons and storms a year"),
        ],
        [
            R("arithmetic", "14 + 7 + 5 == 26", True, True, "Colon list by province = the toll.", exhaustive=True),
            R("ordinal", "185 < 230", True, False, "Gusts exceed sustained winds."),
            R("weekday", "date(2025, 11, 9).weekday() == 6", True, True, "Dateline Nov 9 with 'on Sunday'."),
            R("weekday", "date(2025, 11, 8).weekday() == 5", True, False, "Landfall 'on Saturday evening', the day before the report."),
        ],
        [],
        "First toll. 21st is an ordinal among storms of the year; 20 a yearly average.",
    ),
    item(
        "luzon_d2_meridian",
        "2025-11-10",
        EVENT,
        text("""
Philippine typhoon toll rises to 41; 12 children among dead

MANILA, Nov 10 (Meridian) - The number of people killed by Typhoon Larawan rose to 41 from 26, including 12 children, officials said on Monday.

Nine people remain missing, down from 11, after two fishermen were found alive in a cave in Isabela.

About 180,000 evacuees were still in shelters on Monday, down from a peak of 412,000. The agriculture department put crop damage at 2.4 billion pesos.
"""),
        [
            C(41, "dead (headline)", "cumulative", "Philippine typhoon toll rises to 41", date="2025-11-10"),
            C(12, "children among the dead (headline)", "cumulative_component", "12 children among dead", date="2025-11-10"),
            C(41, "dead", "cumulative", "rose to 41 from 26", date="2025-11-10"),
            C(26, "dead, earlier figure", "cumulative", "rose to 41 from 26", date="2025-11-09"),
            C(12, "children among the dead", "cumulative_component", "including 12 children", date="2025-11-10"),
            C(9, "missing", "remaining", "Nine people remain missing", date="2025-11-10"),
            C(11, "missing, earlier figure", "remaining", "down from 11", date="2025-11-09"),
            C(2, "fishermen found alive", "other", "two fishermen were found alive in a cave in Isabela", date="2025-11-10"),
            C(180000, "evacuees still in shelters", "remaining", "About 180,000 evacuees were still in shelters on Monday", date="2025-11-10", approx=True),
            C(412000, "peak number of evacuees", "other", "down from a peak of 412,000"),
            C(2400000000, "crop damage, pesos", "cumulative", "crop damage at 2.4 billion pesos", date="2025-11-10"),
        ],
        [
            R("monotonic", "26 <= 41", True, True, "'rose to 41 from 26'."),
            R("arithmetic", "12 <= 41", True, True, "'including 12 children'.", exhaustive=False),
            R("arithmetic", "11 - 2 == 9", True, True, "Missing fell from 11 to nine because two were found alive."),
            R("arithmetic", "180000 <= 412000", True, True, "Still in shelters is below the peak."),
            R("weekday", "date(2025, 11, 10).weekday() == 0", True, True, "Dateline Nov 10 with 'on Monday'."),
        ],
        [],
        "Missing falls with a stated reason (two found alive): not a falling running total.",
    ),
    item(
        "luzon_d4_islandtimes",
        "2025-11-12",
        EVENT,
        text("""
 date 2025-11-12 Typhoon Larawan death toll hits 58

Island Times | Nation

The toll from Typhoon Larawan reached 58 on Wednesday. Of the 58, 31 were in Cagayan, 15 in Isabela, 8 in Aurora and 4 in Quirino, the civil defence office said.

Crop damage rose to 3.1 billion pesos, covering 96,000 hectares of rice and corn.

In 2013, Typhoon Haiyan killed more than 6,300 people in the central Philippines.

Comments are closed.
"""),
        [
            C(58, "dead (headline)", "cumulative", "Typhoon Larawan death toll hits 58", date="2025-11-12"),
            C(58, "dead on Wednesday", "cumulative", "The toll from Typhoon Larawan reached 58 on Wednesday", date="2025-11-12"),
            C(58, "dead (restated)", "cumulative", "Of the 58", date="2025-11-12"),
            C(31, "dead in Cagayan", "cumulative_component", "31 were in Cagayan", date="2025-11-12"),
            C(15, "dead in Isabela", "cumulative_component", "15 in Isabela", date="2025-11-12"),
            C(8, "dead in Aurora", "cumulative_component", "8 in Aurora", date="2025-11-12"),
            C(4, "dead in Quirino", "cumulative_component", "4 in Quirino", date="2025-11-12"),
            C(3100000000, "crop damage, pesos", "cumulative", "Crop damage rose to 3.1 billion pesos", date="2025-11-12"),
            C(96000, "hectares of rice and corn damaged", "cumulative", "covering 96,000 hectares of rice and corn", date="2025-11-12"),
            C(6300, "people killed by Typhoon Haiyan in 2013", "other", "Typhoon Haiyan killed more than 6,300 people", date="2013", approx=True),
        ],
        [
            R("arithmetic", "31 + 15 + 8 + 4 == 58", True, True, "'Of the 58' by province.", exhaustive=True),
            R("monotonic", "41 <= 58", True, False, "Toll rose from 41 on Monday (luzon_d2_meridian)."),
            R("monotonic", "2400000000 <= 3100000000", True, False, "Crop damage rose from 2.4 billion pesos (luzon_d2_meridian)."),
            R("weekday", "date(2025, 11, 12).weekday() == 2", True, True, "Date token 2025-11-12 with 'on Wednesday'."),
        ],
        [],
        "Haiyan (2013) is an old event.",
    ),
    item(
        "luzon_d4_cagayanherald",
        "2025-11-12",
        EVENT,
        text("""
Cagayan mourns 31 dead as relief goods arrive

TUGUEGARAO CITY - Cagayan's provincial board said on Wednesday that 31 residents had died in the typhoon, among them nine children, and three remain missing.

Some 62,000 families, or about 240,000 people, were affected across 28 towns, Governor Manuel Tumaru, 61, told reporters.

The province received 18,000 food packs from the national government on Tuesday and is to receive 25,000 more this week. It was Cagayan's third typhoon in five weeks.
"""),
        [
            C(31, "dead in Cagayan (headline)", "cumulative_component", "Cagayan mourns 31 dead", date="2025-11-12"),
            C(31, "Cagayan residents dead", "cumulative_component", "31 residents had died in the typhoon", date="2025-11-12"),
            C(9, "children among Cagayan's dead", "cumulative_component", "among them nine children", date="2025-11-12"),
            C(3, "missing in Cagayan", "remaining", "three remain missing", date="2025-11-12"),
            C(62000, "families affected", "other", "Some 62,000 families", date="2025-11-12", approx=True),
            C(240000, "people affected", "other", "about 240,000 people, were affected", date="2025-11-12", approx=True),
            C(28, "towns affected", "other", "across 28 towns"),
            C(61, "age of the governor", "other", "Governor Manuel Tumaru, 61"),
            C(18000, "food packs received on Tuesday", "stage", "received 18,000 food packs from the national government on Tuesday", date="2025-11-11"),
            C(25000, "food packs still to come this week", "other", "is to receive 25,000 more this week", planned=True),
            C(3, "ordinal of the typhoon for Cagayan", "ordinal", "It was Cagayan's third typhoon in five weeks"),
            C(5, "weeks over which three typhoons hit", "other", "third typhoon in five weeks"),
        ],
        [
            R("arithmetic", "9 <= 31", True, True, "'among them nine children'.", exhaustive=False),
            R("arithmetic", "31 <= 58", True, False, "Cagayan's dead are part of the national 58 (luzon_d4_islandtimes), which gives the same 31."),
            R("arithmetic", "3 <= 9", True, False, "Cagayan's missing within the national nine (luzon_d2_meridian)."),
            R("weekday", "date(2025, 11, 11).weekday() == 1", True, False, "'on Tuesday', the day before the Wednesday report."),
        ],
        [],
        "Provincial view. 62,000 families and 240,000 people are the same quantity in two units; 25,000 food packs are planned.",
    ),
]
