# ruff: noqa: E501
"""Invented event: a mayoral runoff in the fictional city of Port Marisa, Sunday Oct 26, 2025 (first round Oct 12)."""

from _dsl import C, I, R, item, text

EVENT = "port_marisa_runoff_oct2025"

ITEMS = [
    item(
        "marisa_result_wire",
        "2025-10-27",
        EVENT,
        text("""
 date 2025-10-27 Varga wins Port Marisa mayoral runoff with 52.3%

PORT MARISA, Oct 27 (Wire) - Former judge Elena Varga won Sunday's mayoral runoff in Port Marisa with 52.3% of the vote, the city election board said on Monday.

Elena Varga: 182,406 (52.3%)
Tomas Reyes: 166,378 (47.7%)
Valid votes: 348,784
Invalid votes: 4,211
Total cast: 352,995
Turnout: 48.9%
"""),
        [
            C(52.3, "Varga's share, % (headline)", "stage_component", "Varga wins Port Marisa mayoral runoff with 52.3%"),
            C(52.3, "Varga's share, %", "stage_component", "won Sunday's mayoral runoff in Port Marisa with 52.3% of the vote"),
            C(182406, "votes for Varga", "stage_component", "Elena Varga: 182,406 (52.3%)"),
            C(52.3, "Varga's share, % (table)", "stage_component", "Elena Varga: 182,406 (52.3%)"),
            C(166378, "votes for Reyes", "stage_component", "Tomas Reyes: 166,378 (47.7%)"),
            C(47.7, "Reyes's share, %", "stage_component", "Tomas Reyes: 166,378 (47.7%)"),
            C(348784, "valid votes", "stage_component", "Valid votes: 348,784"),
            C(4211, "invalid votes", "stage_component", "Invalid votes: 4,211"),
            C(352995, "total votes cast", "other", "Total cast: 352,995"),
            C(48.9, "turnout, %", "other", "Turnout: 48.9%"),
        ],
        [
            R("arithmetic", "182406 + 166378 == 348784", True, True, "The two candidates' votes = valid votes.", exhaustive=True),
            R("arithmetic", "348784 + 4211 == 352995", True, True, "Valid + invalid = cast.", exhaustive=True),
            R("arithmetic", "52.3 + 47.7 == 100", True, True, "Shares of valid votes.", exhaustive=True),
            R("weekday", "date(2025, 10, 26).weekday() == 6", True, False, "'Sunday's runoff' in a Monday report."),
            R("weekday", "date(2025, 10, 27).weekday() == 0", True, True, "Dateline Oct 27 with 'on Monday'."),
        ],
        [],
        "Results block with its own totals.",
    ),
    item(
        "marisa_analysis_coastherald",
        "2025-10-27",
        EVENT,
        text("""
Varga becomes Port Marisa's first woman mayor

Coast Herald | Politics | 27.10.2025, 18:20

Elena Varga, 52, won by 16,028 votes. In the first round on October 12, she led with 38.1% against 29.4% for Tomas Reyes, while the four other candidates shared the remaining 32.5%.

Turnout rose to 48.9% in the runoff from 44.2% in the first round. Varga, a former judge, will serve a four-year term.
"""),
        [
            C(1, "ordinal: woman mayor (headline)", "ordinal", "Port Marisa's first woman mayor"),
            C(52, "Varga's age", "other", "Elena Varga, 52"),
            C(16028, "winning margin, votes", "other", "won by 16,028 votes"),
            C(1, "ordinal of the round", "ordinal", "In the first round on October 12", date="2025-10-12"),
            C(38.1, "Varga's first-round share, %", "other", "she led with 38.1%", date="2025-10-12"),
            C(29.4, "Reyes's first-round share, %", "other", "against 29.4% for Tomas Reyes", date="2025-10-12"),
            C(4, "other first-round candidates", "other", "the four other candidates", date="2025-10-12"),
            C(32.5, "other candidates' first-round share, %", "other", "shared the remaining 32.5%", date="2025-10-12"),
            C(48.9, "runoff turnout, %", "other", "Turnout rose to 48.9% in the runoff"),
            C(44.2, "first-round turnout, %", "other", "from 44.2% in the first round", date="2025-10-12"),
            C(4, "years of the mayoral term", "other", "a four-year term"),
        ],
        [
            R("arithmetic", "182406 - 166378 == 16028", True, False, "The margin matches the vote counts of marisa_result_wire."),
            R("arithmetic", "38.1 + 29.4 + 32.5 == 100", True, True, "First-round shares: the two leaders and 'the remaining 32.5%'.", exhaustive=True),
            R("ordinal", "44.2 < 48.9", True, True, "'Turnout rose to 48.9% ... from 44.2%'."),
            R("sequence", "(date(2025, 10, 26) - date(2025, 10, 12)).days == 14", True, False, "First round October 12, runoff two weeks later (October 26, marisa_result_wire)."),
        ],
        [],
        "First-round figures are another round of the same election, not the runoff.",
    ),
    item(
        "marisa_margin_metro",
        "2025-10-28",
        EVENT,
        text("""
How Varga won: a margin of 16,208 votes

Metro Daily | Tuesday, October 28, 2025

Elena Varga took 182,406 votes to 166,378 for Tomas Reyes, a margin of 16,208 votes, in Sunday's runoff. She won 9 of the city's 14 districts.
"""),
        [
            C(16208, "winning margin (headline, as printed)", "other", "a margin of 16,208 votes"),
            C(182406, "votes for Varga", "stage_component", "Elena Varga took 182,406 votes"),
            C(166378, "votes for Reyes", "stage_component", "to 166,378 for Tomas Reyes"),
            C(16208, "winning margin (as printed)", "other", "a margin of 16,208 votes, in Sunday's runoff"),
            C(9, "districts won by Varga", "other", "She won 9 of the city's 14 districts"),
            C(14, "districts in the city", "other", "9 of the city's 14 districts"),
        ],
        [
            R("arithmetic", "182406 - 166378 == 16208", False, True, "The counts give a margin of 16,028, not 16,208."),
            R("arithmetic", "9 <= 14", True, True, "'9 of the city's 14 districts'."),
            R("weekday", "date(2025, 10, 28).weekday() == 1", True, True, "'Tuesday, October 28, 2025'."),
        ],
        [
            I("within_item", "real", "182,406 - 166,378 = 16,028, but the text gives the margin as 16,208 (transposed digits)."),
        ],
        "Headline and body both give the wrong margin; the headline quote is its first occurrence.",
    ),
]
