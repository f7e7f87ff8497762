# ruff: noqa: E501
"""Invented event: a coal mine explosion in Zonguldak, Turkey, Tuesday Feb 10, 2026; 18 trapped, rescued over three days."""

from _dsl import C, I, R, item, text

EVENT = "zonguldak_mine_feb2026"

ITEMS = [
    item(
        "mine_d1_wire",
        "2026-02-10",
        EVENT,
        text("""
 date 2026-02-10 Eighteen miners trapped after blast at Turkish coal mine

ZONGULDAK, Turkey, Feb 10 (Wire) - An explosion at a coal mine in northern Turkey on Tuesday trapped 18 miners at a depth of 320 metres, officials said.

Of the 46 miners in the shaft at the time, 28 made it out, eight of them with injuries. The blast, believed to have been caused by firedamp, happened at 18:40 local time during a shift change.

In 2014, a fire at a mine in Soma killed 301 workers.
"""),
        [
            C(18, "miners trapped (headline)", "event_target", "Eighteen miners trapped after blast", date="2026-02-10"),
            C(18, "miners trapped", "event_target", "trapped 18 miners at a depth of 320 metres", date="2026-02-10"),
            C(320, "depth, metres", "other", "at a depth of 320 metres"),
            C(46, "miners in the shaft at the time", "other", "Of the 46 miners in the shaft at the time", date="2026-02-10"),
            C(28, "miners who made it out", "other", "28 made it out", date="2026-02-10"),
            C(8, "injured among those who made it out", "other", "eight of them with injuries", date="2026-02-10"),
            C(301, "workers killed at Soma in 2014", "other", "a fire at a mine in Soma killed 301 workers", date="2014"),
        ],
        [
            R("arithmetic", "46 - 28 == 18", True, True, "In the shaft minus those out = trapped."),
            R("arithmetic", "8 <= 28", True, True, "'eight of them with injuries'.", exhaustive=False),
            R("weekday", "date(2026, 2, 10).weekday() == 1", True, True, "Dateline Feb 10 with 'on Tuesday'."),
        ],
        [],
        "18:40 is a clock time. Soma (2014) is an old event.",
    ),
    item(
        "mine_d2_meridian",
        "2026-02-11",
        EVENT,
        text("""
Seven miners rescued alive in Turkey; 11 still trapped

ZONGULDAK, Feb 11 (Meridian) - Rescuers brought seven miners out alive overnight, leaving 11 underground, the energy minister said on Wednesday. Rescuers have dug through 85 metres of collapsed tunnel.

The seven rescued, aged between 24 and 49, were taken to hospital in Zonguldak.
"""),
        [
            C(7, "miners rescued (headline)", "stage", "Seven miners rescued alive in Turkey", date="2026-02-11", stage="day 2"),
            C(11, "miners still trapped (headline)", "remaining", "11 still trapped", date="2026-02-11"),
            C(7, "miners brought out alive overnight", "stage", "Rescuers brought seven miners out alive overnight", date="2026-02-11", stage="day 2"),
            C(11, "miners still underground", "remaining", "leaving 11 underground", date="2026-02-11"),
            C(85, "metres of collapsed tunnel dug through", "other", "dug through 85 metres of collapsed tunnel"),
            C(7, "miners rescued (restated)", "stage", "The seven rescued, aged between 24 and 49", date="2026-02-11", stage="day 2"),
            C(24, "age of the youngest rescued", "other", "aged between 24 and 49"),
            C(49, "age of the oldest rescued", "other", "aged between 24 and 49"),
        ],
        [
            R("arithmetic", "18 - 7 == 11", True, False, "18 trapped (mine_d1_wire) minus seven rescued."),
            R("weekday", "date(2026, 2, 11).weekday() == 2", True, True, "Dateline Feb 11 with 'on Wednesday'."),
        ],
        [],
        "Remaining after the first rescues.",
    ),
    item(
        "mine_d3_wire",
        "2026-02-12",
        EVENT,
        text("""
 date 2026-02-12 Six more Turkish miners rescued, three found dead; two missing

ZONGULDAK, Feb 12 (Wire) - Rescuers pulled six more miners out alive on Thursday and recovered three bodies, leaving two missing, officials said.

That brings the number rescued alive to 13.
"""),
        [
            C(6, "miners rescued alive (headline)", "stage", "Six more Turkish miners rescued", date="2026-02-12", stage="day 3"),
            C(3, "miners found dead (headline)", "cumulative", "three found dead", date="2026-02-12"),
            C(2, "miners missing (headline)", "remaining", "two missing", date="2026-02-12"),
            C(6, "miners pulled out alive", "stage", "pulled six more miners out alive on Thursday", date="2026-02-12", stage="day 3"),
            C(3, "bodies recovered", "cumulative", "recovered three bodies", date="2026-02-12"),
            C(2, "miners still missing", "remaining", "leaving two missing", date="2026-02-12"),
            C(13, "miners rescued alive in all", "multi_stage_total", "That brings the number rescued alive to 13", date="2026-02-12"),
        ],
        [
            R("arithmetic", "7 + 6 == 13", True, False, "Seven (mine_d2_meridian) plus six = 13 rescued alive."),
            R("arithmetic", "11 - 6 - 3 == 2", True, False, "11 trapped on Wednesday (mine_d2_meridian), six out alive, three dead: two missing."),
            R("weekday", "date(2026, 2, 12).weekday() == 3", True, True, "Dateline Feb 12 with 'on Thursday'."),
        ],
        [],
        "Rescued and dead are separate counts; both come out of the trapped.",
    ),
    item(
        "mine_d4_anatolianpost",
        "2026-02-13",
        EVENT,
        text("""
Mine toll rises to five as last two trapped miners found dead

Anatolian Post | 13 February 2026, 11:05

The bodies of the last two trapped miners were recovered on Friday, bringing the toll from Tuesday's explosion to five. Thirteen of the 18 trapped were rescued alive.

Among the dead was Emre Kaya, 31, who began working in the mine at 18, 15 years ago. The mine employs about 1,200 workers in three shifts.
"""),
        [
            C(5, "miners dead (headline)", "cumulative", "Mine toll rises to five", date="2026-02-13"),
            C(2, "last trapped miners found dead (headline)", "stage", "last two trapped miners found dead", date="2026-02-13", stage="day 4"),
            C(2, "bodies recovered on Friday", "stage", "The bodies of the last two trapped miners were recovered on Friday", date="2026-02-13", stage="day 4"),
            C(5, "miners dead", "cumulative", "bringing the toll from Tuesday's explosion to five", date="2026-02-13"),
            C(13, "miners rescued alive", "multi_stage_total", "Thirteen of the 18 trapped were rescued alive", date="2026-02-13"),
            C(18, "miners trapped", "event_target", "Thirteen of the 18 trapped"),
            C(31, "age of Emre Kaya", "other", "Emre Kaya, 31"),
            C(18, "Kaya's age when he began in the mine", "other", "began working in the mine at 18"),
            C(15, "years Kaya worked in the mine (as printed)", "other", "15 years ago"),
            C(1200, "workers employed by the mine", "other", "The mine employs about 1,200 workers", approx=True),
            C(3, "shifts", "other", "in three shifts"),
        ],
        [
            R("arithmetic", "13 + 5 == 18", True, True, "Rescued alive and dead account for all 18 trapped.", exhaustive=True),
            R("arithmetic", "3 + 2 == 5", True, False, "Three bodies on Thursday (mine_d3_wire) plus the last two."),
            R("arithmetic", "31 - 18 == 15", False, True, "Began at 18, now 31: 13 years, not 15."),
            R("weekday", "date(2026, 2, 13).weekday() == 4", True, True, "Byline date 13 February 2026 with 'on Friday'."),
        ],
        [
            I("within_item", "real", "Emre Kaya is 31 and began in the mine at 18, which is 13 years ago, not 15."),
        ],
        "Age and elapsed time that do not fit. Two different 18s: miners trapped and an age.",
    ),
]
