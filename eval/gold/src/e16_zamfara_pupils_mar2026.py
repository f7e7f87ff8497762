# ruff: noqa: E501
"""Invented event: 287 pupils abducted from a school in Zamfara, Nigeria, on Thursday March 5, 2026; freed in two groups."""

from _dsl import C, I, R, item, text

EVENT = "zamfara_pupils_mar2026"

ITEMS = [
    item(
        "zamfara_first_wire",
        "2026-03-15",
        EVENT,
        text("""
 date 2026-03-15 Gunmen free 137 of 287 abducted Nigerian pupils

GUSAU, Nigeria, March 15 (Wire) - Gunmen freed 137 of the 287 pupils abducted from a boarding school in Nigeria's Zamfara state, the state governor said on Sunday.

Eleven pupils escaped on the day of the attack, and 139 remain in captivity, he said. The pupils, aged between 8 and 17, were taken from their dormitories in the early hours of March 5.

"We have not paid a ransom," the governor said. The kidnappers had demanded 500 million naira.

It was the third mass abduction from a school in the state since 2021. The freed children were taken to a hospital in Gusau, 70 km away.
"""),
        [
            C(137, "pupils freed (headline)", "stage", "Gunmen free 137 of 287 abducted Nigerian pupils", date="2026-03-15", stage="group 1"),
            C(287, "pupils abducted (headline)", "event_target", "137 of 287 abducted Nigerian pupils", date="2026-03-05"),
            C(137, "pupils freed", "stage", "Gunmen freed 137 of the 287 pupils", date="2026-03-15", stage="group 1"),
            C(287, "pupils abducted", "event_target", "137 of the 287 pupils abducted from a boarding school", date="2026-03-05"),
            C(11, "pupils who escaped on the day", "other", "Eleven pupils escaped on the day of the attack", date="2026-03-05"),
            C(139, "pupils still in captivity", "remaining", "139 remain in captivity", date="2026-03-15"),
            C(8, "age of the youngest pupil", "other", "aged between 8 and 17"),
            C(17, "age of the oldest pupil", "other", "aged between 8 and 17"),
            C(500000000, "ransom demanded, naira", "other", "demanded 500 million naira"),
            C(3, "ordinal of the mass abduction from a school since 2021", "ordinal", "It was the third mass abduction from a school in the state since 2021"),
            C(70, "distance to the hospital, km", "other", "70 km away"),
        ],
        [
            R("arithmetic", "287 - 11 - 137 == 139", True, True, "Abducted minus escaped minus freed = still held."),
            R("weekday", "date(2026, 3, 15).weekday() == 6", True, True, "Dateline March 15 with 'on Sunday'."),
        ],
        [],
        "Remaining = abducted - escaped - freed.",
    ),
    item(
        "zamfara_first_dailytrust",
        "2026-03-16",
        EVENT,
        text("""
Freed Zamfara pupils reunited with families

By Musa Abdullahi, Gusau
Monday, March 16, 2026

The 137 pupils freed on Sunday, comprising 76 girls and 61 boys, were reunited with their families on Monday after medical checks, officials said. Two teachers seized with them were also released.

The children had been held for ten days in a forest about 40 kilometres from the school.

One of the girls, who asked not to be named, said they were given one meal a day.
"""),
        [
            C(137, "pupils freed on Sunday", "stage", "The 137 pupils freed on Sunday", date="2026-03-15", stage="group 1"),
            C(76, "girls among the 137", "stage_component", "comprising 76 girls and 61 boys", date="2026-03-15", stage="group 1"),
            C(61, "boys among the 137", "stage_component", "comprising 76 girls and 61 boys", date="2026-03-15", stage="group 1"),
            C(2, "teachers also released (another group)", "other", "Two teachers seized with them were also released", date="2026-03-15"),
            C(10, "days in captivity", "other", "held for ten days"),
            C(40, "distance of the forest from the school, km", "other", "about 40 kilometres from the school", approx=True),
        ],
        [
            R("arithmetic", "76 + 61 == 137", True, True, "'comprising 76 girls and 61 boys'.", exhaustive=True),
            R("sequence", "(date(2026, 3, 15) - date(2026, 3, 5)).days == 10", True, False, "Abducted on March 5 (zamfara_first_wire), freed March 15: ten days."),
            R("weekday", "date(2026, 3, 16).weekday() == 0", True, True, "'Monday, March 16, 2026'."),
        ],
        [],
        "The two teachers are another group, not part of the 137. 'One of the girls' and 'one meal a day' are not counts to check.",
    ),
    item(
        "zamfara_second_wire",
        "2026-03-21",
        EVENT,
        text("""
 date 2026-03-21 Nigerian kidnappers free 126 more pupils; 13 still held

GUSAU, Nigeria, March 21 (Wire) - Kidnappers released 126 more pupils on Saturday, bringing the number freed to 263, the Zamfara state governor said, sixteen days after the abduction.

Thirteen pupils remain in captivity. Among the 126 were 70 girls.
"""),
        [
            C(126, "pupils freed (headline)", "stage", "free 126 more pupils", date="2026-03-21", stage="group 2"),
            C(13, "pupils still held (headline)", "remaining", "13 still held", date="2026-03-21"),
            C(126, "pupils released on Saturday", "stage", "Kidnappers released 126 more pupils on Saturday", date="2026-03-21", stage="group 2"),
            C(263, "pupils freed in all", "multi_stage_total", "bringing the number freed to 263", date="2026-03-21"),
            C(16, "days since the abduction", "other", "sixteen days after the abduction"),
            C(13, "pupils still in captivity", "remaining", "Thirteen pupils remain in captivity", date="2026-03-21"),
            C(70, "girls among the 126", "stage_component", "Among the 126 were 70 girls", date="2026-03-21", stage="group 2"),
        ],
        [
            R("arithmetic", "137 + 126 == 263", True, False, "First group (zamfara_first_wire) + 126 = the number freed."),
            R("arithmetic", "287 - 11 - 263 == 13", True, False, "Abducted and escaped figures from zamfara_first_wire leave 13 held."),
            R("arithmetic", "70 <= 126", True, True, "'Among the 126 were 70 girls'.", exhaustive=False),
            R("sequence", "(date(2026, 3, 21) - date(2026, 3, 5)).days == 16", True, False, "March 5 to March 21 is sixteen days."),
            R("weekday", "date(2026, 3, 21).weekday() == 5", True, True, "Dateline March 21 with 'on Saturday'."),
        ],
        [],
        "Second group.",
    ),
    item(
        "zamfara_second_sahelherald",
        "2026-03-22",
        EVENT,
        text("""
Zamfara: 130 more schoolchildren regain freedom

Sahel Herald | 22/03/2026

Kidnappers on Saturday freed 130 more pupils, bringing to 267 the number released, with 13 still held, the state government said.

Of the 287 pupils abducted on March 5, 11 escaped during the attack.
"""),
        [
            C(130, "pupils freed (headline, as printed)", "stage", "130 more schoolchildren regain freedom", date="2026-03-21", stage="group 2"),
            C(130, "pupils freed on Saturday (as printed)", "stage", "Kidnappers on Saturday freed 130 more pupils", date="2026-03-21", stage="group 2"),
            C(267, "pupils released in all (as printed)", "multi_stage_total", "bringing to 267 the number released", date="2026-03-21"),
            C(13, "pupils still held", "remaining", "with 13 still held", date="2026-03-21"),
            C(287, "pupils abducted", "event_target", "Of the 287 pupils abducted on March 5", date="2026-03-05"),
            C(11, "pupils who escaped during the attack", "other", "11 escaped during the attack", date="2026-03-05"),
        ],
        [
            R("arithmetic", "287 - 11 - 267 == 13", False, True, "287 abducted - 11 escaped - 267 released = 9, not the 13 still held."),
            R("arithmetic", "137 + 130 == 267", True, False, "First group of 137 (zamfara_first_wire) + 130 = 267: the total follows the mistyped group."),
            R("arithmetic", "130 == 126", False, False, "Saturday's group: 130 here, 126 in zamfara_second_wire."),
        ],
        [
            I("within_item", "real", "287 abducted, 11 escaped and 267 released leave 9, but the text says 13 are still held."),
            I("cross_item", "real", "Saturday's group is 130 here (total 267) but 126 in the wire report (total 263, 13 held).", ("zamfara_second_wire",)),
        ],
        "Second-group figure and total both off by four; the remaining figure is right, so the text contradicts itself.",
    ),
]
