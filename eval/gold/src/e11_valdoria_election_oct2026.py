# ruff: noqa: E501
"""Invented event: a parliamentary election in the fictional Republic of Valdoria (90 seats), Sunday Oct 4, 2026."""

from _dsl import C, D, I, R, item, text

EVENT = "valdoria_election_oct2026"

ITEMS = [
    item(
        "valdoria_prelim_table",
        "2026-10-05",
        EVENT,
        text("""
Valdoria election: preliminary results

Votes counted: 98.6%

Party | Seats | Vote share
Civic Union | 31 | 27.4%
Social Democrats | 22 | 19.8%
National Alliance | 18 | 16.1%
Green Left | 9 | 8.3%
Farmers' Union | 8 | 7.5%
Minority seats | 2 | -
Others | 0 | 20.9%
Total | 90 | 100%

Turnout: 63.2%
Source: State Election Commission

PORT ELIN, Oct 5 (Wire) - The centre-right Civic Union won Sunday's parliamentary election with 27.4% of the vote, preliminary results showed on Monday, but fell short of the 46 seats needed for a majority in the 90-seat assembly.
"""),
        [
            C(98.6, "share of votes counted, %", "other", "Votes counted: 98.6%"),
            C(31, "Civic Union seats", "stage_component", "Civic Union | 31 | 27.4%"),
            C(27.4, "Civic Union vote share, %", "stage_component", "Civic Union | 31 | 27.4%"),
            C(22, "Social Democrats seats", "stage_component", "Social Democrats | 22 | 19.8%"),
            C(19.8, "Social Democrats vote share, %", "stage_component", "Social Democrats | 22 | 19.8%"),
            C(18, "National Alliance seats", "stage_component", "National Alliance | 18 | 16.1%"),
            C(16.1, "National Alliance vote share, %", "stage_component", "National Alliance | 18 | 16.1%"),
            C(9, "Green Left seats", "stage_component", "Green Left | 9 | 8.3%"),
            C(8.3, "Green Left vote share, %", "stage_component", "Green Left | 9 | 8.3%"),
            C(8, "Farmers' Union seats", "stage_component", "Farmers' Union | 8 | 7.5%"),
            C(7.5, "Farmers' Union vote share, %", "stage_component", "Farmers' Union | 8 | 7.5%"),
            C(2, "minority seats", "stage_component", "Minority seats | 2 |"),
            C(0, "seats of other parties", "stage_component", "Others | 0 | 20.9%"),
            C(20.9, "vote share of other parties, %", "stage_component", "Others | 0 | 20.9%"),
            C(90, "total seats (table)", "event_target", "Total | 90 | 100%"),
            C(100, "total vote share, %", "other", "Total | 90 | 100%"),
            C(63.2, "turnout, %", "other", "Turnout: 63.2%"),
            C(27.4, "Civic Union vote share, % (story)", "stage_component", "won Sunday's parliamentary election with 27.4% of the vote"),
            C(46, "seats needed for a majority", "other", "fell short of the 46 seats needed for a majority"),
            C(90, "seats in the assembly", "event_target", "the 90-seat assembly"),
        ],
        [
            R("arithmetic", "31 + 22 + 18 + 9 + 8 + 2 + 0 == 90", True, True, "Seat column = the total row.", exhaustive=True),
            R("arithmetic", "27.4 + 19.8 + 16.1 + 8.3 + 7.5 + 20.9 == 100", True, True, "Vote-share column = 100%.", exhaustive=True),
            R("ordinal", "31 < 46", True, True, "'fell short of the 46 seats needed'."),
            R("weekday", "date(2026, 10, 4).weekday() == 6", True, False, "'Sunday's election', the day before the Monday report."),
            R("weekday", "date(2026, 10, 5).weekday() == 0", True, True, "Dateline Oct 5 with 'on Monday'."),
        ],
        [],
        "Results table with a total row; shares chosen to sum to exactly 100.0. 46 = majority of 90.",
    ),
    item(
        "valdoria_prelim_meridian",
        "2026-10-05",
        EVENT,
        text("""
 date 2026-10-05 Civic Union wins Valdoria vote but needs partners

By Meridian staff

The Civic Union won 31 seats, up from 24 in 2022, while the Social Democrats fell to 22 from 27, preliminary results showed. The National Alliance came third with 18 seats.

The Green Left (9) and the Farmers' Union (8) could give the Civic Union a majority: together the three would have 48 seats, two more than the 46 needed.

Turnout was 63.2%, up from 58.9% in 2022. Party leader Mara Kovac, 44, said talks would start this week.
"""),
        [
            C(31, "Civic Union seats", "stage_component", "The Civic Union won 31 seats"),
            C(24, "Civic Union seats in 2022", "other", "up from 24 in 2022", date="2022"),
            C(22, "Social Democrats seats", "stage_component", "the Social Democrats fell to 22 from 27"),
            C(27, "Social Democrats seats in 2022", "other", "the Social Democrats fell to 22 from 27", date="2022"),
            C(3, "rank of the National Alliance", "ordinal", "The National Alliance came third"),
            C(18, "National Alliance seats", "stage_component", "came third with 18 seats"),
            C(9, "Green Left seats", "stage_component", "The Green Left (9)"),
            C(8, "Farmers' Union seats", "stage_component", "the Farmers' Union (8)"),
            C(48, "seats of a three-party coalition", "other", "together the three would have 48 seats"),
            C(2, "seats above the majority", "other", "two more than the 46 needed"),
            C(46, "seats needed for a majority", "other", "two more than the 46 needed"),
            C(63.2, "turnout, %", "other", "Turnout was 63.2%"),
            C(58.9, "turnout in 2022, %", "other", "up from 58.9% in 2022", date="2022"),
            C(44, "age of the party leader", "other", "Party leader Mara Kovac, 44"),
        ],
        [
            R("arithmetic", "31 + 9 + 8 == 48", True, True, "The three parties' seats make 48.", exhaustive=True),
            R("arithmetic", "46 + 2 == 48", True, True, "'two more than the 46 needed'."),
            R("ordinal", "31 > 22 > 18", True, True, "National Alliance third behind the Civic Union and the Social Democrats."),
            R("ordinal", "24 < 31", True, True, "'up from 24'."),
        ],
        [],
        "2022 figures are another election (another year).",
    ),
    item(
        "valdoria_final_table",
        "2026-10-06",
        EVENT,
        text("""
Valdoria: final election results

The State Election Commission published the final results on Tuesday.

Party | Seats | %
Civic Union | 32 | 27.6
Social Democrats | 22 | 19.7
National Alliance | 18 | 16.0
Green Left | 9 | 8.3
Farmers' Union | 8 | 7.5
Minority seats | 2 | -
Others | 0 | 20.9
Total | 90 | 100.0

Valid votes: 1,061,240
Invalid votes: 7,172
Total votes cast: 1,068,412
"""),
        [
            C(32, "Civic Union seats (as printed)", "stage_component", "Civic Union | 32 | 27.6"),
            C(27.6, "Civic Union vote share, %", "stage_component", "Civic Union | 32 | 27.6"),
            C(22, "Social Democrats seats", "stage_component", "Social Democrats | 22 | 19.7"),
            C(19.7, "Social Democrats vote share, %", "stage_component", "Social Democrats | 22 | 19.7"),
            C(18, "National Alliance seats", "stage_component", "National Alliance | 18 | 16.0"),
            C(16.0, "National Alliance vote share, %", "stage_component", "National Alliance | 18 | 16.0"),
            C(9, "Green Left seats", "stage_component", "Green Left | 9 | 8.3"),
            C(8.3, "Green Left vote share, %", "stage_component", "Green Left | 9 | 8.3"),
            C(8, "Farmers' Union seats", "stage_component", "Farmers' Union | 8 | 7.5"),
            C(7.5, "Farmers' Union vote share, %", "stage_component", "Farmers' Union | 8 | 7.5"),
            C(2, "minority seats", "stage_component", "Minority seats | 2 |"),
            C(0, "seats of other parties", "stage_component", "Others | 0 | 20.9"),
            C(20.9, "vote share of other parties, %", "stage_component", "Others | 0 | 20.9"),
            C(90, "total seats", "event_target", "Total | 90 | 100.0"),
            C(100.0, "total vote share, %", "other", "Total | 90 | 100.0"),
            C(1061240, "valid votes", "stage_component", "Valid votes: 1,061,240"),
            C(7172, "invalid votes", "stage_component", "Invalid votes: 7,172"),
            C(1068412, "total votes cast", "other", "Total votes cast: 1,068,412"),
        ],
        [
            R("arithmetic", "32 + 22 + 18 + 9 + 8 + 2 + 0 == 90", False, True, "The seat column adds up to 91, not the total row's 90.", exhaustive=True),
            R("arithmetic", "27.6 + 19.7 + 16.0 + 8.3 + 7.5 + 20.9 == 100.0", True, True, "Vote shares sum to 100.0.", exhaustive=True),
            R("arithmetic", "1061240 + 7172 == 1068412", True, True, "Valid + invalid = votes cast.", exhaustive=True),
        ],
        [
            I("within_item", "real", "The final seat column (32 + 22 + 18 + 9 + 8 + 2 + 0) adds up to 91 seats in a 90-seat assembly (total row 90)."),
        ],
        "Table whose total row does not match its column. The change 31 -> 32 against the preliminary table is not itself an error (final count), the sum is.",
    ),
    item(
        "valdoria_coalition_portelintimes",
        "2026-10-20",
        EVENT,
        text("""
Three parties sign Valdoria coalition deal with 48 of 90 seats

Port Elin Times | Politics | 20 October 2026, 14:02

The Civic Union, the Green Left and the Farmers' Union signed a coalition agreement on Tuesday, giving them 48 of the assembly's 90 seats - 31, 9 and 8 respectively - against the 46 needed for a majority.

Mara Kovac, 44, who was born in 1982, will become the country's youngest prime minister and the second woman to hold the post. Parliament will vote on her cabinet on Tuesday, October 27, 23 days after the election.

The cabinet will have 16 ministers: nine from the Civic Union, four from the Green Left and three from the Farmers' Union. The 112-page agreement promises to raise the minimum wage by 12% to 1,120 euros a month within two years.
"""),
        [
            C(3, "parties in the coalition (headline)", "other", "Three parties sign"),
            C(48, "coalition seats (headline)", "other", "coalition deal with 48 of 90 seats"),
            C(90, "seats in the assembly (headline)", "event_target", "48 of 90 seats"),
            C(48, "coalition seats", "other", "giving them 48 of the assembly's 90 seats"),
            C(90, "seats in the assembly", "event_target", "48 of the assembly's 90 seats"),
            C(31, "Civic Union seats", "stage_component", "31, 9 and 8 respectively"),
            C(9, "Green Left seats", "stage_component", "31, 9 and 8 respectively"),
            C(8, "Farmers' Union seats", "stage_component", "31, 9 and 8 respectively"),
            C(46, "seats needed for a majority", "other", "against the 46 needed for a majority"),
            C(44, "age of the prime minister-designate", "other", "Mara Kovac, 44, who was born in 1982"),
            C(2, "ordinal: woman prime minister", "ordinal", "the second woman to hold the post"),
            D(27, "date of the cabinet vote", "Tuesday, October 27", "2026-10-27"),
            C(23, "days from the election to the cabinet vote", "other", "23 days after the election"),
            C(16, "ministers in the cabinet", "other", "The cabinet will have 16 ministers", planned=True),
            C(9, "Civic Union ministers", "other", "nine from the Civic Union", planned=True),
            C(4, "Green Left ministers", "other", "four from the Green Left", planned=True),
            C(3, "Farmers' Union ministers", "other", "three from the Farmers' Union", planned=True),
            C(112, "pages of the agreement", "other", "The 112-page agreement"),
            C(12, "planned rise of the minimum wage, %", "other", "raise the minimum wage by 12%", planned=True),
            C(1120, "planned minimum wage, euros a month", "other", "to 1,120 euros a month", planned=True),
            C(2, "years to reach the new minimum wage", "other", "within two years", planned=True),
        ],
        [
            R("arithmetic", "31 + 9 + 8 == 48", True, True, "'48 ... - 31, 9 and 8 respectively'.", exhaustive=True),
            R("arithmetic", "46 <= 48", True, True, "The coalition clears the majority."),
            R("arithmetic", "9 + 4 + 3 == 16", True, True, "Colon list of ministers (planned).", exhaustive=True),
            R("arithmetic", "44 == 2026 - 1982", True, True, "Born in 1982, 44 in 2026 (birthday passed; 43 also possible before it)."),
            R("sequence", "(date(2026, 10, 27) - date(2026, 10, 4)).days == 23", True, False, "October 27 is 23 days after the October 4 election (the election date is in the other items, not here)."),
            R("weekday", "date(2026, 10, 27).weekday() == 1", True, True, "'Tuesday, October 27'."),
            R("weekday", "date(2026, 10, 20).weekday() == 1", True, True, "Timestamp 20 October 2026 with 'on Tuesday'."),
        ],
        [],
        "The election date (October 4) is not written here; 23 days is checked against it. Two Tuesdays a week apart.",
    ),
]
