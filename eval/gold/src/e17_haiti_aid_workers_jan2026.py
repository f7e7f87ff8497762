# ruff: noqa: E501
"""Invented event: 16 aid workers kidnapped near Port-au-Prince on Saturday Jan 10, 2026; freed in three groups."""

from _dsl import C, I, R, item, text

EVENT = "haiti_aid_workers_jan2026"

ITEMS = [
    item(
        "haiti_kidnap_wire",
        "2026-01-11",
        EVENT,
        text("""
 date 2026-01-11 Gang kidnaps 16 aid workers near Haiti's capital

PORT-AU-PRINCE, Jan 11 (Wire) - A gang kidnapped 16 aid workers, comprising 11 Canadians, a German and four Haitian staff, on the road to Croix-des-Bouquets, 12 km from the capital, on Saturday, police said.

The gang is demanding $1 million for each hostage, a police source said.

Kidnappings in Haiti rose to 1,160 last year from 790 in 2024, according to a UN count.
"""),
        [
            C(16, "aid workers kidnapped (headline)", "event_target", "Gang kidnaps 16 aid workers", date="2026-01-10"),
            C(16, "aid workers kidnapped", "event_target", "A gang kidnapped 16 aid workers", date="2026-01-10"),
            C(11, "Canadians among the 16", "stage_component", "comprising 11 Canadians, a German and four Haitian staff", date="2026-01-10"),
            C(1, "German among the 16", "stage_component", "comprising 11 Canadians, a German and four Haitian staff", date="2026-01-10"),
            C(4, "Haitian staff among the 16", "stage_component", "comprising 11 Canadians, a German and four Haitian staff", date="2026-01-10"),
            C(12, "distance from the capital, km", "other", "12 km from the capital"),
            C(1000000, "ransom demanded per hostage, dollars", "other", "demanding $1 million for each hostage"),
            C(1160, "kidnappings in Haiti last year", "other", "Kidnappings in Haiti rose to 1,160 last year", date="2025"),
            C(790, "kidnappings in Haiti in 2024", "other", "from 790 in 2024", date="2024"),
        ],
        [
            R("arithmetic", "11 + 1 + 4 == 16", True, True, "'comprising 11 Canadians, a German and four Haitian staff'.", exhaustive=True),
            R("weekday", "date(2026, 1, 10).weekday() == 5", True, False, "'on Saturday' in a report dated Jan 11."),
        ],
        [],
        "'a German' counts 1 in an exhaustive list. Yearly kidnapping counts are other years.",
    ),
    item(
        "haiti_two_freed_meridian",
        "2026-01-20",
        EVENT,
        text("""
Haiti gang frees two elderly Canadian hostages; 14 remain

By Meridian staff | 20 January 2026

A gang holding 16 aid workers near Port-au-Prince released two elderly Canadians on Monday, the aid group said, leaving 14 in captivity.

Margaret Holm, 71, who was born in 1957, and her husband Peter, 74, were handed to a church mission and flown to Miami for medical care.
"""),
        [
            C(2, "hostages released (headline)", "stage", "Haiti gang frees two elderly Canadian hostages", date="2026-01-19", stage="group 1"),
            C(14, "hostages remaining (headline)", "remaining", "14 remain", date="2026-01-19"),
            C(16, "aid workers held", "event_target", "A gang holding 16 aid workers"),
            C(2, "Canadians released on Monday", "stage", "released two elderly Canadians on Monday", date="2026-01-19", stage="group 1"),
            C(14, "hostages still in captivity", "remaining", "leaving 14 in captivity", date="2026-01-19"),
            C(71, "age of Margaret Holm (as printed)", "other", "Margaret Holm, 71, who was born in 1957"),
            C(74, "age of Peter Holm", "other", "her husband Peter, 74"),
        ],
        [
            R("arithmetic", "16 - 2 == 14", True, True, "Sixteen held, two released, 14 remain."),
            R("arithmetic", "71 == 2026 - 1957", False, True, "Born in 1957, she is 68 or 69 in January 2026, not 71."),
            R("weekday", "date(2026, 1, 19).weekday() == 0", True, False, "'on Monday' in a report dated 20 January."),
        ],
        [
            I("within_item", "real", "Margaret Holm is given as 71 and born in 1957, which makes her 68 or 69 in January 2026."),
        ],
        "Age that does not fit the birth year.",
    ),
    item(
        "haiti_three_freed_wire",
        "2026-02-02",
        EVENT,
        text("""
Three more aid workers freed in Haiti; 11 still held

PORT-AU-PRINCE, Feb 2 (Wire) - Three more of the kidnapped aid workers - two Canadians and a Haitian driver - were freed on Monday, leaving 11 in the hands of the gang, their organisation said.

The three were released 23 days after the abduction.
"""),
        [
            C(3, "aid workers freed (headline)", "stage", "Three more aid workers freed in Haiti", date="2026-02-02", stage="group 2"),
            C(11, "aid workers still held (headline)", "remaining", "11 still held", date="2026-02-02"),
            C(3, "aid workers freed on Monday", "stage", "Three more of the kidnapped aid workers", date="2026-02-02", stage="group 2"),
            C(2, "Canadians among the three", "stage_component", "two Canadians and a Haitian driver", date="2026-02-02", stage="group 2"),
            C(1, "Haitian driver among the three", "stage_component", "two Canadians and a Haitian driver", date="2026-02-02", stage="group 2"),
            C(11, "aid workers still held", "remaining", "leaving 11 in the hands of the gang", date="2026-02-02"),
            C(3, "aid workers released (restated)", "stage", "The three were released", date="2026-02-02", stage="group 2"),
            C(23, "days since the abduction", "other", "23 days after the abduction"),
        ],
        [
            R("arithmetic", "2 + 1 == 3", True, True, "Dash list of the three.", exhaustive=True),
            R("arithmetic", "14 - 3 == 11", True, False, "14 held after the first release (haiti_two_freed_meridian) minus three."),
            R("sequence", "(date(2026, 2, 2) - date(2026, 1, 10)).days == 23", True, False, "Abducted Saturday January 10 (haiti_kidnap_wire): February 2 is 23 days later."),
            R("weekday", "date(2026, 2, 2).weekday() == 0", True, True, "Dateline Feb 2 with 'on Monday'."),
        ],
        [],
        "Second group.",
    ),
    item(
        "haiti_all_freed_caribnews",
        "2026-03-12",
        EVENT,
        text("""
 date 2026-03-12 Last 11 aid workers held in Haiti freed after 61 days

Carib News | Thursday, March 12, 2026

The last 11 hostages - seven Canadians, one German and three Haitian staff - were freed on Thursday, 61 days after they were seized on January 10, ending the kidnapping of 16 aid workers.

No ransom was paid, the government said; the gang had demanded $1 million per hostage.
"""),
        [
            C(11, "hostages freed (headline)", "stage", "Last 11 aid workers held in Haiti freed", date="2026-03-12", stage="group 3"),
            C(61, "days in captivity (headline)", "other", "freed after 61 days"),
            C(11, "last hostages freed", "stage", "The last 11 hostages", date="2026-03-12", stage="group 3"),
            C(7, "Canadians among the last 11", "stage_component", "seven Canadians, one German and three Haitian staff", date="2026-03-12", stage="group 3"),
            C(1, "German among the last 11", "stage_component", "seven Canadians, one German and three Haitian staff", date="2026-03-12", stage="group 3"),
            C(3, "Haitian staff among the last 11", "stage_component", "seven Canadians, one German and three Haitian staff", date="2026-03-12", stage="group 3"),
            C(61, "days since the abduction", "other", "61 days after they were seized on January 10"),
            C(16, "aid workers kidnapped", "event_target", "ending the kidnapping of 16 aid workers"),
            C(1000000, "ransom demanded per hostage, dollars", "other", "demanded $1 million per hostage"),
        ],
        [
            R("arithmetic", "7 + 1 + 3 == 11", True, True, "Dash list of the last 11.", exhaustive=True),
            R("sequence", "(date(2026, 3, 12) - date(2026, 1, 10)).days == 61", True, True, "January 10 to March 12, 2026 is 61 days."),
            R("weekday", "date(2026, 3, 12).weekday() == 3", True, True, "'Thursday, March 12, 2026'."),
            R("arithmetic", "2 + 3 + 11 == 16", True, False, "Three groups (haiti_two_freed_meridian, haiti_three_freed_wire) complete the 16."),
            R("arithmetic", "2 + 2 + 7 == 11", True, False, "Canadians: two (haiti_two_freed_meridian), two (haiti_three_freed_wire) and seven make the 11 of haiti_kidnap_wire."),
            R("arithmetic", "1 + 3 == 4", True, False, "Haitian staff: the driver (haiti_three_freed_wire) and three more make the four of haiti_kidnap_wire."),
        ],
        [],
        "Completion of the 16; nationalities reconcile across the three groups.",
    ),
]
