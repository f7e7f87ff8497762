# ruff: noqa: E501
"""Invented event: aid flights and convoys after an earthquake in eastern Tajikistan, Saturday Feb 6, 2027."""

from _dsl import C, R, item, text

EVENT = "tajik_quake_aid_feb2027"

ITEMS = [
    item(
        "tajik_aid_d3_wire",
        "2027-02-09",
        EVENT,
        text("""
 date 2027-02-09 Aid planes land in Tajikistan as quake survivors face freezing nights

DUSHANBE, Feb 9 (Wire) - Fourteen aid planes from nine countries have landed in Dushanbe since Sunday, carrying about 320 tonnes of tents, blankets, food and medicine for survivors of Saturday's earthquake, which killed 214 people, the emergencies committee said on Tuesday.

The magnitude 6.4 quake struck at 11:20 local time at a depth of 15 km in the Rasht valley, damaging 11,600 homes. Night temperatures in the valley fall to minus 18C.

"We need heaters more than anything," said one local official.
"""),
        [
            C(14, "aid planes landed since Sunday", "cumulative", "Fourteen aid planes from nine countries have landed in Dushanbe since Sunday", date="2027-02-09"),
            C(9, "countries that sent planes", "other", "Fourteen aid planes from nine countries"),
            C(320, "tonnes of aid carried", "cumulative", "carrying about 320 tonnes of tents, blankets, food and medicine", date="2027-02-09", approx=True),
            C(214, "people killed by the quake", "cumulative", "which killed 214 people", date="2027-02-09"),
            C(6.4, "magnitude of the quake", "other", "The magnitude 6.4 quake"),
            C(15, "depth of the quake, km", "other", "at a depth of 15 km"),
            C(11600, "homes damaged", "cumulative", "damaging 11,600 homes", date="2027-02-09"),
            C(-18, "night temperature, degrees Celsius", "other", "Night temperatures in the valley fall to minus 18C"),
        ],
        [
            R("ordinal", "9 <= 14", True, False, "Nine countries sent 14 planes: at least one plane each."),
            R("weekday", "date(2027, 2, 9).weekday() == 1", True, True, "Dateline Feb 9 with 'on Tuesday'."),
            R("weekday", "date(2027, 2, 6).weekday() == 5", True, False, "'Saturday's earthquake' three days before."),
            R("weekday", "date(2027, 2, 7).weekday() == 6", True, False, "'since Sunday', the day after the quake."),
        ],
        [],
        "'said one local official' is a speaker. 11:20 is a clock time.",
    ),
    item(
        "tajik_aid_d5_meridian",
        "2027-02-11",
        EVENT,
        text("""
41 aid flights have reached Tajikistan since quake, UN says

By Meridian staff | 11 February 2027

A total of 41 aid flights have landed in Tajikistan since Saturday's earthquake, carrying 1,150 tonnes of relief goods, the UN humanitarian office said on Thursday.

Flights came from: Russia 12, China 9, Turkey 8, Kazakhstan 6, others 6.

The UN appealed for $18 million to cover needs for the next three months. About 46,000 people need shelter, it said.
"""),
        [
            C(41, "aid flights landed (headline)", "cumulative", "41 aid flights have reached Tajikistan since quake", date="2027-02-11"),
            C(41, "aid flights landed since the quake", "cumulative", "A total of 41 aid flights have landed in Tajikistan", date="2027-02-11"),
            C(1150, "tonnes of relief goods", "cumulative", "carrying 1,150 tonnes of relief goods", date="2027-02-11"),
            C(12, "flights from Russia", "cumulative_component", "Russia 12", date="2027-02-11"),
            C(9, "flights from China", "cumulative_component", "China 9", date="2027-02-11"),
            C(8, "flights from Turkey", "cumulative_component", "Turkey 8", date="2027-02-11"),
            C(6, "flights from Kazakhstan", "cumulative_component", "Kazakhstan 6", date="2027-02-11"),
            C(6, "flights from other countries", "cumulative_component", "others 6", date="2027-02-11"),
            C(18000000, "UN appeal, dollars", "other", "appealed for $18 million"),
            C(3, "months the appeal covers", "other", "for the next three months", planned=True),
            C(46000, "people needing shelter", "other", "About 46,000 people need shelter", date="2027-02-11", approx=True),
        ],
        [
            R("arithmetic", "12 + 9 + 8 + 6 + 6 == 41", True, True, "Colon list of flights by origin = the total.", exhaustive=True),
            R("monotonic", "14 <= 41", True, False, "Flights since the quake rose from 14 on Tuesday (tajik_aid_d3_wire)."),
            R("monotonic", "320 <= 1150", True, False, "Tonnes delivered rose from about 320 (tajik_aid_d3_wire)."),
            R("weekday", "date(2027, 2, 11).weekday() == 3", True, False, "'on Thursday' with the byline date 11 February 2027."),
        ],
        [],
        "Colon list with 'others' closing it: exhaustive.",
    ),
    item(
        "tajik_aid_d6_asiaplus",
        "2027-02-12",
        EVENT,
        text("""
Quake pledges reach $64 million as first road convoy arrives

DUSHANBE, 12.02.2027 - Donors have pledged $64 million for survivors of last week's earthquake, up from $46 million on Monday, an increase of $18 million, the foreign ministry said.

A UN convoy of 30 trucks reached the Rasht valley on Friday, the first by road since the quake, after a 180 km journey that took 11 hours.

The toll stood at 221 on Friday, up from 214.
"""),
        [
            C(64000000, "donor pledges, dollars (headline)", "cumulative", "Quake pledges reach $64 million", date="2027-02-12"),
            C(1, "ordinal of the road convoy (headline)", "ordinal", "first road convoy arrives", date="2027-02-12"),
            C(64000000, "donor pledges, dollars", "cumulative", "Donors have pledged $64 million", date="2027-02-12"),
            C(46000000, "donor pledges on Monday, dollars", "cumulative", "up from $46 million on Monday", date="2027-02-08"),
            C(18000000, "increase in pledges, dollars", "other", "an increase of $18 million"),
            C(30, "trucks in the UN convoy", "stage", "A UN convoy of 30 trucks", date="2027-02-12"),
            C(1, "ordinal of the road convoy", "ordinal", "the first by road since the quake", date="2027-02-12"),
            C(180, "length of the convoy's journey, km", "other", "a 180 km journey"),
            C(11, "duration of the journey, hours", "other", "that took 11 hours"),
            C(221, "dead on Friday", "cumulative", "The toll stood at 221 on Friday", date="2027-02-12"),
            C(214, "dead, earlier figure", "cumulative", "up from 214"),
        ],
        [
            R("arithmetic", "46000000 + 18000000 == 64000000", True, True, "Pledges rose by the stated $18 million."),
            R("monotonic", "214 <= 221", True, True, "'up from 214'."),
            R("weekday", "date(2027, 2, 12).weekday() == 4", True, True, "Dateline 12.02.2027 with 'on Friday'."),
            R("weekday", "date(2027, 2, 8).weekday() == 0", True, False, "'on Monday' of the same week."),
        ],
        [],
        "Money running total with a stated increase. 'the first by road' is an ordinal of convoys.",
    ),
]
