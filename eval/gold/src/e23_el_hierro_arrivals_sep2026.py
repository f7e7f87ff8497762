# ruff: noqa: E501
"""Invented event: boat arrivals on the Canary island of El Hierro, weekend of Sept 19-20, 2026."""

from _dsl import C, I, R, item, text

EVENT = "el_hierro_arrivals_sep2026"

ITEMS = [
    item(
        "hierro_sat_wire",
        "2026-09-20",
        EVENT,
        text("""
 date 2026-09-20 Record 1,046 migrants reach Canary island of El Hierro in a day

SANTA CRUZ DE TENERIFE, Sept 20 (Wire) - Eleven boats carrying 1,046 people reached the small Canary island of El Hierro on Saturday, the most in a single day this year, Spain's maritime rescue service said. Among them were 112 women and 87 minors.

The island's reception centre, built for 300 people, was holding more than 900 on Sunday.

Since January 1, 31,420 migrants have reached the Canary Islands by sea, up 48% from 21,230 in the same period last year, interior ministry figures show. The crossing from Mauritania takes six to 10 days.
"""),
        [
            C(1046, "migrants in a day (headline)", "stage", "Record 1,046 migrants reach Canary island of El Hierro in a day", date="2026-09-19"),
            C(11, "boats on Saturday", "stage", "Eleven boats carrying 1,046 people", date="2026-09-19"),
            C(1046, "people on Saturday", "stage", "Eleven boats carrying 1,046 people reached the small Canary island of El Hierro on Saturday", date="2026-09-19"),
            C(112, "women among them", "stage_component", "Among them were 112 women and 87 minors", date="2026-09-19"),
            C(87, "minors among them", "stage_component", "Among them were 112 women and 87 minors", date="2026-09-19"),
            C(300, "capacity of the reception centre", "other", "built for 300 people"),
            C(900, "people held at the reception centre", "remaining", "was holding more than 900 on Sunday", date="2026-09-20", approx=True),
            C(31420, "migrants reaching the Canaries since January 1", "cumulative", "Since January 1, 31,420 migrants have reached the Canary Islands by sea", date="2026-09-20"),
            C(48, "rise on last year, %", "other", "up 48% from 21,230"),
            C(21230, "arrivals in the same period last year", "other", "from 21,230 in the same period last year", date="2025"),
            C(6, "shortest crossing, days", "other", "takes six to 10 days"),
            C(10, "longest crossing, days", "other", "takes six to 10 days"),
        ],
        [
            R("arithmetic", "112 + 87 <= 1046", True, True, "'Among them': not exhaustive (women and minors may overlap).", exhaustive=False),
            R("arithmetic", "1046 <= 31420", True, True, "Saturday's arrivals within the year's total."),
            R("ordinal", "21230 < 31420", True, True, "'up 48%' (31,420 / 21,230 = 1.48)."),
            R("ordinal", "300 < 900", True, True, "The centre holds three times its capacity."),
            R("weekday", "date(2026, 9, 19).weekday() == 5", True, False, "'on Saturday' in a report dated Sept 20."),
        ],
        [],
        "Stock (900 at the centre, capacity 300) against flows. Last year's figure is another year.",
    ),
    item(
        "hierro_weekend_meridian",
        "2026-09-21",
        EVENT,
        text("""
El Hierro weekend arrivals reach 1,530

By Meridian staff | 21 September 2026

Over the weekend, 1,530 people arrived on El Hierro: 1,046 on Saturday and 484 on Sunday, the maritime rescue service said.

Four people died during the crossings, including a 16-year-old boy. The government said it would transfer 700 people to the mainland this week.
"""),
        [
            C(1530, "people who arrived over the weekend (headline)", "multi_stage_total", "El Hierro weekend arrivals reach 1,530", date="2026-09-20"),
            C(1530, "people who arrived over the weekend", "multi_stage_total", "Over the weekend, 1,530 people arrived on El Hierro", date="2026-09-20"),
            C(1046, "arrived on Saturday", "stage", "1,046 on Saturday", date="2026-09-19"),
            C(484, "arrived on Sunday", "stage", "484 on Sunday", date="2026-09-20"),
            C(4, "people who died during the crossings", "other", "Four people died during the crossings", date="2026-09-20"),
            C(16, "age of a boy who died", "other", "a 16-year-old boy"),
            C(700, "people to be transferred to the mainland", "other", "transfer 700 people to the mainland this week", planned=True),
        ],
        [
            R("arithmetic", "1046 + 484 == 1530", True, True, "Colon list of the weekend.", exhaustive=True),
        ],
        [],
        "The 700 transfers are a plan.",
    ),
    item(
        "hierro_cayuco_islanddaily",
        "2026-09-22",
        EVENT,
        text("""
 date 2026-09-22 Largest boat of the year reaches El Hierro with 227 aboard

A cayuco carrying 227 people, the largest this year, arrived at La Restinga on Monday after eight days at sea.

Since January, 32,050 migrants have reached the Canary Islands, up from 31,420 on Sunday, the interior ministry said.
"""),
        [
            C(227, "people aboard (headline)", "stage", "reaches El Hierro with 227 aboard", date="2026-09-21"),
            C(227, "people on the cayuco", "stage", "A cayuco carrying 227 people", date="2026-09-21"),
            C(8, "days at sea", "other", "after eight days at sea"),
            C(32050, "migrants reaching the Canaries since January", "cumulative", "Since January, 32,050 migrants have reached the Canary Islands", date="2026-09-21"),
            C(31420, "migrants since January, as of Sunday", "cumulative", "up from 31,420 on Sunday", date="2026-09-20"),
        ],
        [
            R("monotonic", "31420 <= 32050", True, True, "'up from 31,420'."),
            R("arithmetic", "227 <= 32050 - 31420", True, False, "The rise since Sunday (630) covers Monday's 227-person boat."),
            R("weekday", "date(2026, 9, 21).weekday() == 0", True, False, "'on Monday' in a report dated Sept 22."),
        ],
        [],
        "Running total since January 1 with its previous value.",
    ),
    item(
        "hierro_weekend_canarias7",
        "2026-09-21",
        EVENT,
        text("""
Another weekend of arrivals in El Hierro

Island Voice | Monday 21 September 2026 - 09:12

Maritime rescue counted 1,046 people on Saturday and 484 on Sunday, a weekend total of 1,350, most of them from Mali and Senegal.
"""),
        [
            C(1046, "arrived on Saturday", "stage", "1,046 people on Saturday", date="2026-09-19"),
            C(484, "arrived on Sunday", "stage", "484 on Sunday", date="2026-09-20"),
            C(1350, "weekend total (as printed)", "multi_stage_total", "a weekend total of 1,350", date="2026-09-20"),
        ],
        [
            R("arithmetic", "1046 + 484 == 1350", False, True, "The two days add up to 1,530; the stated total 1,350 is below its parts.", exhaustive=True),
            R("weekday", "date(2026, 9, 21).weekday() == 0", True, True, "'Monday 21 September 2026'."),
        ],
        [
            I("within_item", "real", "Saturday (1,046) and Sunday (484) make 1,530, but the text gives a weekend total of 1,350, less than its parts."),
        ],
        "Transposed total (1,350 for 1,530).",
    ),
]
