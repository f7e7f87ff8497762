# ruff: noqa: E501
"""Invented event: a landslide buries a village in Morobe province, Papua New Guinea, Sunday May 24, 2026."""

from _dsl import C, I, R, item, text

EVENT = "morobe_landslide_may2026"

ITEMS = [
    item(
        "morobe_d1_wire",
        "2026-05-25",
        EVENT,
        text("""
 date 2026-05-25 Landslide buries Papua New Guinea village; about 300 feared dead

PORT MORESBY, May 25 (Wire) - A landslide buried at least 70 homes in a remote village in Papua New Guinea's Morobe province early on Sunday, and about 300 people are feared buried, officials said on Monday.

Five bodies have been recovered so far. The village lies about 600 km north of Port Moresby, and the debris is 6 to 8 metres deep in places.
"""),
        [
            C(300, "people feared dead (headline)", "other", "about 300 feared dead", date="2026-05-25", approx=True),
            C(70, "homes buried", "other", "A landslide buried at least 70 homes", date="2026-05-24", approx=True),
            C(300, "people feared buried", "other", "about 300 people are feared buried", date="2026-05-25", approx=True),
            C(5, "bodies recovered", "cumulative", "Five bodies have been recovered so far", date="2026-05-25"),
            C(600, "distance from Port Moresby, km", "other", "about 600 km north of Port Moresby", approx=True),
            C(6, "depth of the debris, minimum, metres", "other", "the debris is 6 to 8 metres deep"),
            C(8, "depth of the debris, maximum, metres", "other", "the debris is 6 to 8 metres deep"),
        ],
        [
            R("arithmetic", "5 <= 300", True, False, "Bodies recovered within the feared number."),
            R("weekday", "date(2026, 5, 25).weekday() == 0", True, True, "Dateline May 25 with 'on Monday'."),
            R("weekday", "date(2026, 5, 24).weekday() == 6", True, False, "'early on Sunday', the day before."),
        ],
        [],
        "An estimate of the buried is not a toll: bodies recovered is the running count.",
    ),
    item(
        "morobe_d3_pacificdesk",
        "2026-05-27",
        EVENT,
        text("""
PNG landslide: 19 bodies recovered, more than 600 may be buried

Pacific Desk | 27 May 2026

Rescuers have recovered the bodies of 19 people, up from five on Monday, three days after the landslide in Morobe province, provincial officials said on Wednesday.

The UN migration agency now estimates that more than 600 people may be buried. About 1,250 people have been displaced.
"""),
        [
            C(19, "bodies recovered (headline)", "cumulative", "19 bodies recovered", date="2026-05-27"),
            C(600, "people who may be buried (headline)", "other", "more than 600 may be buried", date="2026-05-27", approx=True),
            C(19, "bodies recovered", "cumulative", "recovered the bodies of 19 people", date="2026-05-27"),
            C(5, "bodies recovered by Monday", "cumulative", "up from five on Monday", date="2026-05-25"),
            C(3, "days since the landslide", "other", "three days after the landslide"),
            C(600, "people who may be buried (UN estimate)", "other", "more than 600 people may be buried", date="2026-05-27", approx=True),
            C(1250, "people displaced", "other", "About 1,250 people have been displaced", date="2026-05-27", approx=True),
        ],
        [
            R("monotonic", "5 <= 19", True, True, "'up from five on Monday'."),
            R("sequence", "(date(2026, 5, 27) - date(2026, 5, 24)).days == 3", True, False, "Landslide on Sunday May 24 (morobe_d1_wire), three days before Wednesday May 27."),
            R("weekday", "date(2026, 5, 27).weekday() == 2", True, True, "Byline date 27 May 2026 with 'on Wednesday'."),
        ],
        [],
        "The estimate of the buried rises from about 300 to more than 600: an estimate, not a count.",
    ),
    item(
        "morobe_d4_postcourier",
        "2026-05-28",
        EVENT,
        text("""
Government says up to 1,000 may have died in Morobe landslide

PORT MORESBY - The government said on Thursday that up to 1,000 people may have been buried by Sunday's landslide, four days after it struck, but only 16 bodies have been recovered because of the depth of the debris.

The government has released 2 million kina in emergency funds.
"""),
        [
            C(1000, "people who may have died (headline)", "other", "up to 1,000 may have died", date="2026-05-28", approx=True),
            C(1000, "people who may have been buried", "other", "up to 1,000 people may have been buried", date="2026-05-28", approx=True),
            C(4, "days since the landslide", "other", "four days after it struck"),
            C(16, "bodies recovered (as printed)", "cumulative", "only 16 bodies have been recovered", date="2026-05-28"),
            C(2000000, "emergency funds, kina", "other", "released 2 million kina"),
        ],
        [
            R("monotonic", "19 <= 16", False, False, "Bodies recovered cannot fall: 19 on Wednesday (morobe_d3_pacificdesk), 16 on Thursday here."),
            R("sequence", "(date(2026, 5, 28) - date(2026, 5, 24)).days == 4", True, True, "'Sunday's landslide, four days after it struck' on Thursday May 28."),
            R("weekday", "date(2026, 5, 28).weekday() == 3", True, False, "'on Thursday' in a report published May 28."),
        ],
        [
            I("cross_item", "real", "Bodies recovered fall from 19 on Wednesday (morobe_d3_pacificdesk) to 16 on Thursday here; a count of recovered bodies cannot go down.", ("morobe_d3_pacificdesk",)),
        ],
        "A running count that falls between outlets. 'up to 1,000' is an estimate of the buried, not a toll.",
    ),
]
