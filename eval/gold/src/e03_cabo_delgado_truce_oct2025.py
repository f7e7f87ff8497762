# ruff: noqa: E501
"""Invented event: a four-day truce in Cabo Delgado, hostages for prisoners at three to one, Oct 24-27, 2025."""

from _dsl import C, D, I, R, item, text

EVENT = "cabo_delgado_truce_oct2025"

ITEMS = [
    item(
        "cabo_d1_wire",
        "2025-10-24",
        EVENT,
        text("""
 date 2025-10-24 Mozambique insurgents free 10 hostages on first day of truce

PEMBA, Oct 24 (Wire) - Islamist insurgents in Mozambique's Cabo Delgado province freed 10 hostages on Friday, including four women and three children, on the first day of a four-day truce brokered by Tanzania and Rwanda, officials said.

Hours later the government released 30 prisoners from Pemba's central prison under the deal, which provides for at least 40 hostages to be freed over four days in exchange for 120 prisoners.

One of the freed women, a 38-year-old nurse seized in March, was taken to hospital in Pemba.

The insurgents have abducted more than 600 people since 2020, according to a local rights group, and the government believes about 150 are still held. The truce can be extended by one day for every 10 additional hostages released, the mediators said.
"""),
        [
            C(10, "hostages freed (headline)", "stage", "Mozambique insurgents free 10 hostages", date="2025-10-24", stage="day 1", side="insurgents -> government"),
            C(1, "ordinal of the truce day (headline)", "ordinal", "on first day of truce", date="2025-10-24", stage="day 1"),
            C(10, "hostages freed on Friday", "stage", "freed 10 hostages on Friday", date="2025-10-24", stage="day 1", side="insurgents -> government"),
            C(4, "women among the 10", "stage_component", "including four women and three children", date="2025-10-24", stage="day 1", side="insurgents -> government"),
            C(3, "children among the 10", "stage_component", "including four women and three children", date="2025-10-24", stage="day 1", side="insurgents -> government"),
            C(1, "ordinal of the truce day", "ordinal", "on the first day of a four-day truce", date="2025-10-24", stage="day 1"),
            C(4, "length of the truce, days", "other", "a four-day truce brokered by Tanzania and Rwanda"),
            C(30, "prisoners released by the government", "stage", "the government released 30 prisoners", date="2025-10-24", stage="day 1", side="government -> insurgents"),
            C(40, "hostages to be freed under the deal", "event_target", "at least 40 hostages to be freed over four days", side="insurgents -> government", approx=True),
            C(4, "days over which the hostages are to be freed", "other", "to be freed over four days"),
            C(120, "prisoners to be released under the deal", "event_target", "in exchange for 120 prisoners", side="government -> insurgents"),
            C(38, "age of a freed nurse", "other", "a 38-year-old nurse seized in March"),
            C(600, "people abducted by the insurgents since 2020", "cumulative", "The insurgents have abducted more than 600 people since 2020", approx=True),
            C(150, "people the government believes are still held", "remaining", "about 150 are still held", approx=True),
            C(1, "extension per 10 additional hostages, days", "other", "extended by one day for every 10 additional hostages", planned=True),
            C(10, "additional hostages per day of extension", "other", "for every 10 additional hostages released", planned=True),
        ],
        [
            R("arithmetic", "4 + 3 <= 10", True, True, "'including four women and three children'.", exhaustive=False),
            R("arithmetic", "10 <= 40", True, True, "The first day stays within the agreed 40."),
            R("arithmetic", "30 <= 120", True, True, "The first release of prisoners stays within the agreed 120."),
            R("arithmetic", "10 + 10 + 10 == 30", True, False, "Three prisoners per hostage, as in the agreed 40 for 120."),
            R("arithmetic", "40 + 40 + 40 == 120", True, True, "The agreed ratio: 120 prisoners for 40 hostages."),
            R("weekday", "date(2025, 10, 24).weekday() == 4", True, True, "Dateline Oct 24 with 'on Friday'."),
        ],
        [],
        "'One of the freed women' is not a count. 600 abducted since 2020 and 150 still held are other quantities (cumulative abductions, a stock). The extension terms are a plan.",
    ),
    item(
        "cabo_d3_lusofona",
        "2025-10-26",
        EVENT,
        text("""
Truce holds as nine more hostages freed in Cabo Delgado

MAPUTO, 26 Oct (Lusofona) - Nine hostages, among them two Tanzanian fishermen, were handed over to the Red Cross on Sunday, the third day of the truce in northern Mozambique.

Since the truce began on Friday, 31 hostages have been freed: 10 on Friday, 12 on Saturday and nine on Sunday. The government has released 93 prisoners in the same period, three for each hostage.

Saturday's handover was delayed by five hours after a dispute over a list of names, a mediator said.

Related
Mozambique: gas project restart delayed again
"""),
        [
            C(9, "hostages freed (headline)", "stage", "nine more hostages freed in Cabo Delgado", date="2025-10-26", stage="day 3", side="insurgents -> government"),
            C(9, "hostages handed over on Sunday", "stage", "Nine hostages, among them two Tanzanian fishermen, were handed over", date="2025-10-26", stage="day 3", side="insurgents -> government"),
            C(2, "Tanzanian fishermen among the nine", "stage_component", "among them two Tanzanian fishermen", date="2025-10-26", stage="day 3", side="insurgents -> government"),
            C(3, "ordinal of the truce day", "ordinal", "on Sunday, the third day of the truce", date="2025-10-26", stage="day 3"),
            C(31, "hostages freed since the truce began", "multi_stage_total", "Since the truce began on Friday, 31 hostages have been freed", date="2025-10-26", side="insurgents -> government"),
            C(10, "hostages freed on Friday", "stage", "10 on Friday", date="2025-10-24", stage="day 1", side="insurgents -> government"),
            C(12, "hostages freed on Saturday", "stage", "12 on Saturday", date="2025-10-25", stage="day 2", side="insurgents -> government"),
            C(9, "hostages freed on Sunday", "stage", "nine on Sunday", date="2025-10-26", stage="day 3", side="insurgents -> government"),
            C(93, "prisoners released since the truce began", "multi_stage_total", "The government has released 93 prisoners in the same period", date="2025-10-26", side="government -> insurgents"),
            C(3, "prisoners per hostage", "other", "three for each hostage"),
            C(5, "delay of Saturday's handover, hours", "other", "delayed by five hours"),
        ],
        [
            R("arithmetic", "10 + 12 + 9 == 31", True, True, "Colon list of the three days = the total since Friday.", exhaustive=True),
            R("arithmetic", "2 <= 9", True, True, "'among them two Tanzanian fishermen'.", exhaustive=False),
            R("arithmetic", "31 + 31 + 31 == 93", True, True, "'three for each hostage': 3 x 31 = 93."),
            R("monotonic", "10 <= 31", True, False, "The total since Friday is not below Friday's count (cabo_d1_wire)."),
            R("weekday", "date(2025, 10, 26).weekday() == 6", True, True, "Dateline 26 Oct with 'on Sunday'."),
            R("sequence", "(date(2025, 10, 26) - date(2025, 10, 24)).days == 3 - 1", True, True, "Truce began Friday; Sunday is its third day."),
        ],
        [],
        "Day 3, with per-day figures and the running total. 'five hours' is a delay, not a count of people.",
    ),
    item(
        "cabo_d4_meridian",
        "2025-10-27",
        EVENT,
        text("""
Cabo Delgado truce extended by two days after 11 more hostages freed

By Ana Macuacua
Mon 27 Oct 2025 21.40 GMT

PEMBA, Oct 27 (Meridian) - Insurgents freed 11 hostages on Monday, the fourth and last scheduled day of the truce, bringing to 42 the number freed since Friday and exceeding the 40 called for in the initial deal.

In return, 33 prisoners were released, making a total of 126 prisoners in line with the deal's three-for-one ratio.

The youngest hostage freed on Monday was a girl aged 4.

Mediators announced on Monday evening that the truce would be extended by two more days, with at least 20 more hostages to be released in exchange for 60 prisoners.
"""),
        [
            C(2, "days of extension (headline)", "other", "truce extended by two days", planned=True),
            C(11, "hostages freed (headline)", "stage", "11 more hostages freed", date="2025-10-27", stage="day 4", side="insurgents -> government"),
            C(11, "hostages freed on Monday", "stage", "Insurgents freed 11 hostages on Monday", date="2025-10-27", stage="day 4", side="insurgents -> government"),
            C(4, "ordinal of the truce day", "ordinal", "the fourth and last scheduled day of the truce", date="2025-10-27", stage="day 4"),
            C(42, "hostages freed since Friday", "multi_stage_total", "bringing to 42 the number freed since Friday", date="2025-10-27", side="insurgents -> government"),
            C(40, "hostages called for in the initial deal", "event_target", "exceeding the 40 called for in the initial deal", side="insurgents -> government"),
            C(33, "prisoners released on Monday", "stage", "33 prisoners were released", date="2025-10-27", stage="day 4", side="government -> insurgents"),
            C(126, "prisoners released since Friday", "multi_stage_total", "making a total of 126 prisoners", date="2025-10-27", side="government -> insurgents"),
            C(3, "prisoners per hostage in the deal", "other", "the deal's three-for-one ratio"),
            C(4, "age of the youngest hostage freed on Monday", "other", "a girl aged 4"),
            C(2, "days of extension", "other", "extended by two more days", planned=True),
            C(20, "more hostages to be released during the extension", "event_target", "at least 20 more hostages to be released", side="insurgents -> government", approx=True, planned=True),
            C(60, "prisoners to be released during the extension", "event_target", "in exchange for 60 prisoners", side="government -> insurgents", planned=True),
        ],
        [
            R("arithmetic", "40 <= 42", True, True, "'exceeding the 40 called for'."),
            R("arithmetic", "42 + 42 + 42 == 126", True, True, "Three-for-one: 3 x 42 = 126."),
            R("arithmetic", "11 + 11 + 11 == 33", True, True, "Three-for-one on Monday: 3 x 11 = 33."),
            R("arithmetic", "20 + 20 + 20 == 60", True, True, "The extension keeps the three-for-one ratio (a plan)."),
            R("arithmetic", "31 + 11 == 42", True, False, "31 freed by Sunday (cabo_d3_lusofona) plus Monday's 11."),
            R("arithmetic", "93 + 33 == 126", True, False, "93 prisoners by Sunday (cabo_d3_lusofona) plus Monday's 33."),
            R("weekday", "date(2025, 10, 27).weekday() == 0", True, True, "Dateline Oct 27 with 'on Monday'."),
            R("sequence", "(date(2025, 10, 27) - date(2025, 10, 24)).days == 4 - 1", True, True, "Monday is the fourth day of a truce that began on Friday."),
        ],
        [],
        "Day 4. The extension's 20 hostages and 60 prisoners are a plan; compare only with plans. 'two more days' is a duration.",
    ),
    item(
        "cabo_explainer_pemba",
        "2025-10-28",
        EVENT,
        text("""
Cabo Delgado truce: 42 hostages freed so far. What we know

Pemba Journal | Tuesday, October 28, 2025

How did the truce start?
The truce, which began on Friday, October 24, was brokered by Tanzania and Rwanda after months of contacts.

How many have been freed?
Ten hostages were freed on the first day, followed by 12 on Saturday and nine on the third day. On Sunday, the fourth day, 11 more were freed, bringing the total to 42. In return the government has released 126 prisoners, three for every hostage.

What happens next?
Under the extension, 20 more hostages are due to be freed by Wednesday in exchange for 60 prisoners.

How many are still held?
The government estimates about 110.

For tips call our newsroom on +258 27 220 4410.
"""),
        [
            C(42, "hostages freed so far (headline)", "multi_stage_total", "42 hostages freed so far", date="2025-10-27", side="insurgents -> government"),
            D(28, "publication date", "Tuesday, October 28, 2025", "2025-10-28"),
            D(24, "start of the truce", "Friday, October 24", "2025-10-24"),
            C(10, "hostages freed on the first day", "stage", "Ten hostages were freed on the first day", date="2025-10-24", stage="day 1", side="insurgents -> government"),
            C(1, "ordinal of the first day", "ordinal", "on the first day", date="2025-10-24", stage="day 1"),
            C(12, "hostages freed on Saturday", "stage", "12 on Saturday", date="2025-10-25", stage="day 2", side="insurgents -> government"),
            C(9, "hostages freed on the third day", "stage", "nine on the third day", date="2025-10-26", stage="day 3", side="insurgents -> government"),
            C(3, "ordinal of the third day", "ordinal", "nine on the third day", stage="day 3"),
            C(4, "ordinal given to Sunday (as printed)", "ordinal", "On Sunday, the fourth day", date="2025-10-26", stage="day 4"),
            C(11, "hostages freed on the fourth day", "stage", "11 more were freed", stage="day 4", side="insurgents -> government"),
            C(42, "hostages freed in total", "multi_stage_total", "bringing the total to 42", side="insurgents -> government"),
            C(126, "prisoners released by the government", "multi_stage_total", "the government has released 126 prisoners", side="government -> insurgents"),
            C(3, "prisoners per hostage", "other", "three for every hostage"),
            C(20, "more hostages due under the extension", "event_target", "20 more hostages are due to be freed by Wednesday", side="insurgents -> government", planned=True),
            C(60, "prisoners due under the extension", "event_target", "in exchange for 60 prisoners", side="government -> insurgents", planned=True),
            C(110, "hostages still held (government estimate)", "remaining", "The government estimates about 110", approx=True),
        ],
        [
            R("arithmetic", "10 + 12 + 9 + 11 == 42", True, True, "The four days add up to the total.", exhaustive=True),
            R("arithmetic", "42 + 42 + 42 == 126", True, True, "Three prisoners for every hostage."),
            R("arithmetic", "20 + 20 + 20 == 60", True, True, "The extension keeps the ratio (a plan)."),
            R("weekday", "date(2025, 10, 24).weekday() == 4", True, True, "'Friday, October 24'."),
            R("weekday", "date(2025, 10, 28).weekday() == 1", True, True, "'Tuesday, October 28, 2025'."),
            R("sequence", "(date(2025, 10, 26) - date(2025, 10, 24)).days == 4 - 1", False, True, "Sunday is the third day of a truce that began on Friday, October 24, not the fourth (the fourth was Monday)."),
        ],
        [
            I("within_item", "real", "The truce began on Friday, October 24, so Sunday was its third day (as the text itself says of the nine), not 'the fourth day'; the 11 were freed on Monday."),
        ],
        "Q&A explainer. The phone number is not a figure. 110 still held is a stock; 20 and 60 are planned.",
    ),
]
