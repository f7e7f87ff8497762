# ruff: noqa: E501
"""Invented event: aid trucks cross from Chad into Darfur after the border crossing reopens on Monday April 6, 2026."""

from _dsl import C, D, I, R, item, text

EVENT = "darfur_aid_apr2026"

ITEMS = [
    item(
        "darfur_d1_wire",
        "2026-04-07",
        EVENT,
        text("""
 date 2026-04-07 First aid convoy in 46 days crosses into Darfur

GENEVA, April 7 (Wire) - A convoy of 48 trucks carrying 1,900 tonnes of food and medicine crossed from Chad into Sudan's Darfur region on Monday, the first since February 19, the World Food Programme said.

The crossing had been closed for 46 days. The agreement to reopen it calls for at least 100 trucks a day.

The United Nations says 25 million people in Sudan need aid, including 8 million in Darfur.
"""),
        [
            C(46, "days since the last convoy (headline)", "other", "First aid convoy in 46 days"),
            C(1, "ordinal of the convoy (headline)", "ordinal", "First aid convoy in 46 days", date="2026-04-06"),
            C(48, "trucks in the convoy", "stage", "A convoy of 48 trucks", date="2026-04-06", stage="day 1"),
            C(1, "ordinal of the convoy since February 19", "ordinal", "the first since February 19", date="2026-04-06"),
            C(1900, "tonnes of food and medicine", "stage", "carrying 1,900 tonnes of food and medicine", date="2026-04-06", stage="day 1"),
            C(46, "days the crossing was closed", "other", "The crossing had been closed for 46 days"),
            C(100, "trucks a day the agreement calls for", "other", "calls for at least 100 trucks a day", approx=True, planned=True),
            C(25000000, "people in Sudan who need aid", "other", "25 million people in Sudan need aid"),
            C(8000000, "people in Darfur who need aid", "other", "including 8 million in Darfur"),
        ],
        [
            R("sequence", "(date(2026, 4, 6) - date(2026, 2, 19)).days == 46", True, True, "From February 19 to Monday April 6: 46 days."),
            R("arithmetic", "8000000 <= 25000000", True, True, "'including 8 million in Darfur'.", exhaustive=False),
            R("weekday", "date(2026, 4, 6).weekday() == 0", True, False, "'on Monday' in a report dated April 7."),
        ],
        [],
        "The 100 a day is a plan (agreement terms), not a count; 25 million is a standing figure.",
    ),
    item(
        "darfur_d3_meridian",
        "2026-04-09",
        EVENT,
        text("""
139 aid trucks reach Darfur in three days, short of target

By Meridian staff | 9 April 2026

A total of 139 aid trucks entered Darfur from Chad in three days: 48 on Monday, 36 on Tuesday and 55 on Wednesday, the UN humanitarian office said, well below the 100 a day that the reopening agreement calls for.

About 300 more trucks were waiting on the Chadian side of the border.
"""),
        [
            C(139, "aid trucks in three days (headline)", "multi_stage_total", "139 aid trucks reach Darfur in three days", date="2026-04-08"),
            C(3, "days (headline)", "other", "reach Darfur in three days"),
            C(139, "aid trucks that entered in three days", "multi_stage_total", "A total of 139 aid trucks entered Darfur from Chad in three days", date="2026-04-08"),
            C(3, "days", "other", "entered Darfur from Chad in three days"),
            C(48, "trucks on Monday", "stage", "48 on Monday", date="2026-04-06", stage="day 1"),
            C(36, "trucks on Tuesday", "stage", "36 on Tuesday", date="2026-04-07", stage="day 2"),
            C(55, "trucks on Wednesday", "stage", "55 on Wednesday", date="2026-04-08", stage="day 3"),
            C(100, "trucks a day the agreement calls for", "other", "the 100 a day that the reopening agreement calls for", planned=True),
            C(300, "trucks waiting in Chad", "remaining", "About 300 more trucks were waiting", date="2026-04-09", approx=True),
        ],
        [
            R("arithmetic", "48 + 36 + 55 == 139", True, True, "Colon list of the three days = the total.", exhaustive=True),
            R("ordinal", "55 < 100", True, True, "Even the best day is 'well below the 100 a day'."),
        ],
        [],
        "Actual daily counts against a planned rate: below target is not an error.",
    ),
    item(
        "darfur_d4_wire",
        "2026-04-10",
        EVENT,
        text("""
 date 2026-04-10 Darfur aid trucks since reopening reach 181

GENEVA, April 10 (Wire) - Since the crossing reopened on Monday, April 6, 181 trucks have entered Darfur, including 22 fuel tankers, after 42 crossed on Thursday, the WFP said on Friday.

Before the closure, an average of 70 trucks a day crossed in January.
"""),
        [
            C(181, "trucks since reopening (headline)", "cumulative", "Darfur aid trucks since reopening reach 181", date="2026-04-09"),
            D(6, "date of the reopening", "Monday, April 6", "2026-04-06"),
            C(181, "trucks since the reopening", "cumulative", "181 trucks have entered Darfur", date="2026-04-09"),
            C(22, "fuel tankers among them", "cumulative_component", "including 22 fuel tankers", date="2026-04-09"),
            C(42, "trucks on Thursday", "stage", "after 42 crossed on Thursday", date="2026-04-09", stage="day 4"),
            C(70, "average trucks a day in January", "other", "an average of 70 trucks a day crossed in January", date="2026-01"),
        ],
        [
            R("arithmetic", "139 + 42 == 181", True, False, "Three-day total (darfur_d3_meridian) plus Thursday's 42."),
            R("arithmetic", "22 <= 181", True, True, "'including 22 fuel tankers'.", exhaustive=False),
            R("weekday", "date(2026, 4, 6).weekday() == 0", True, True, "'Monday, April 6'."),
            R("weekday", "date(2026, 4, 10).weekday() == 4", True, True, "Dateline April 10 with 'on Friday'."),
        ],
        [],
        "Since-date total. January's daily average is another period.",
    ),
    item(
        "darfur_d4_sudantribune",
        "2026-04-10",
        EVENT,
        text("""
What the Darfur convoys carried

Sudan Tribune | April 10, 2026

The 139 trucks that crossed from Monday to Wednesday - 84 carrying food, 31 medical supplies and 20 shelter materials - were unloaded at warehouses in Geneina, aid officials said.
"""),
        [
            C(139, "trucks Monday to Wednesday", "multi_stage_total", "The 139 trucks that crossed from Monday to Wednesday", date="2026-04-08"),
            C(84, "trucks carrying food", "stage_component", "84 carrying food, 31 medical supplies and 20 shelter materials", date="2026-04-08"),
            C(31, "trucks carrying medical supplies", "stage_component", "84 carrying food, 31 medical supplies and 20 shelter materials", date="2026-04-08"),
            C(20, "trucks carrying shelter materials", "stage_component", "84 carrying food, 31 medical supplies and 20 shelter materials", date="2026-04-08"),
        ],
        [
            R("arithmetic", "84 + 31 + 20 == 139", False, True, "The dash list adds up to 135, not 139.", exhaustive=True),
        ],
        [
            I("within_item", "real", "The cargo breakdown of the 139 trucks (84 + 31 + 20) adds up to 135."),
        ],
        "Dash list four short of its total.",
    ),
]
