# ruff: noqa: E501
"""Invented event: a three-stage 840-for-840 prisoner exchange, June 9, 10 and 12, 2026."""

from _dsl import C, D, I, R, item, text

EVENT = "pow_swap_840_jun2026"

ITEMS = [
    item(
        "pow840_d1_kyivwire",
        "2026-06-09",
        EVENT,
        text("""
 date 2026-06-09 Ukraine and Russia swap 270 prisoners each in first stage of 840-for-840 deal

KYIV, June 9 (Kyiv Wire) - Ukraine and Russia each handed over 270 prisoners of war on Tuesday in the first stage of an exchange of 840 captives per side that negotiators agreed at talks in Riyadh last month, the Ukrainian president's office said.

Among the 270 Ukrainians who came home were 18 civilians and 41 soldiers who had defended the port of Mariupol, the office said in a statement. The youngest of those freed is 20 and the oldest 61.

Russia's Defence Ministry said 270 Russian servicemen had been returned from territory controlled by Kyiv and would be flown to Moscow for medical treatment.

The remaining 570 prisoners on each side are to be exchanged in two further stages later this week, Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said.

Serhiy Lytvyn, 27, a marine captured near Mariupol in 2022 at the age of 23, called his mother from the border crossing point. "Four years. I counted every day," he said.

Including Tuesday's release, 6,115 Ukrainians have been brought back from Russian captivity since the full-scale invasion began in February 2022, according to the headquarters.

(Reporting by Kyiv newsroom; Editing by Desk)
"""),
        [
            C(270, "prisoners handed over by each side (headline)", "stage", "swap 270 prisoners each", date="2026-06-09", stage="stage 1", side="each side"),
            C(1, "ordinal of the stage (headline)", "ordinal", "in first stage of 840-for-840 deal", date="2026-06-09", stage="stage 1"),
            C(840, "agreed size of the exchange per side (headline)", "event_target", "840-for-840 deal", side="each side"),
            C(270, "prisoners of war handed over by each side", "stage", "each handed over 270 prisoners of war on Tuesday", date="2026-06-09", stage="stage 1", side="each side"),
            C(1, "ordinal of the stage", "ordinal", "in the first stage of an exchange", date="2026-06-09", stage="stage 1"),
            C(840, "agreed size of the exchange per side", "event_target", "an exchange of 840 captives per side", side="each side"),
            C(270, "Ukrainians who came home", "stage", "Among the 270 Ukrainians who came home", date="2026-06-09", stage="stage 1", side="Russia -> Ukraine"),
            C(18, "civilians among the 270", "stage_component", "were 18 civilians and 41 soldiers who had defended the port of Mariupol", date="2026-06-09", stage="stage 1", side="Russia -> Ukraine"),
            C(41, "Mariupol defenders among the 270", "stage_component", "were 18 civilians and 41 soldiers who had defended the port of Mariupol", date="2026-06-09", stage="stage 1", side="Russia -> Ukraine"),
            C(20, "age of the youngest freed", "other", "The youngest of those freed is 20"),
            C(61, "age of the oldest freed", "other", "the oldest 61"),
            C(270, "Russian servicemen returned", "stage", "270 Russian servicemen had been returned", date="2026-06-09", stage="stage 1", side="Ukraine -> Russia"),
            C(570, "prisoners per side still to be exchanged", "remaining", "The remaining 570 prisoners on each side are to be exchanged", side="each side", planned=True),
            C(2, "further stages planned", "other", "in two further stages later this week", planned=True),
            C(27, "age of Serhiy Lytvyn", "other", "Serhiy Lytvyn, 27"),
            C(23, "Lytvyn's age when captured in 2022", "other", "captured near Mariupol in 2022 at the age of 23"),
            C(4, "years Lytvyn spent in captivity (his words)", "other", "Four years."),
            C(6115, "Ukrainians brought back since the full-scale invasion", "cumulative", "6,115 Ukrainians have been brought back from Russian captivity", date="2026-06-09", side="Russia -> Ukraine"),
        ],
        [
            R("arithmetic", "270 + 570 == 840", True, True, "Stage 1 plus the remaining 570 per side make the agreed 840."),
            R("arithmetic", "270 <= 840", True, True, "A stage never exceeds the agreed size."),
            R("arithmetic", "270 == 270", True, True, "Parity: 270 Russian servicemen for 270 Ukrainians."),
            R("arithmetic", "18 + 41 <= 270", True, True, "'Among the 270 ... were 18 civilians and 41 soldiers': not exhaustive.", exhaustive=False),
            R("arithmetic", "27 - 23 == 2026 - 2022", True, True, "Age 27 now, 23 at capture in 2022: four years, publication year 2026."),
            R("arithmetic", "27 - 23 == 4", True, True, "'Four years' in captivity matches 27 - 23."),
            R("ordinal", "20 <= 27", True, False, "Lytvyn (27) is within the stated age range of the freed."),
            R("ordinal", "27 <= 61", True, False, "Lytvyn (27) is within the stated age range of the freed."),
            R("weekday", "date(2026, 6, 9).weekday() == 1", True, True, "Dateline June 9 with 'on Tuesday'."),
        ],
        [],
        "Stage 1. The 570 'remaining' is a plan (two further stages). Lytvyn's 'Four years' is a quoted duration. 2022 and February 2022 are years/dates, not claims.",
    ),
    item(
        "pow840_d1_eastpress",
        "2026-06-09",
        EVENT,
        text("""
Russia gets back 270 servicemen from Ukrainian captivity

09 Jun 2026, 17:42
Politics

MOSCOW, June 9. /EastPress/. Two hundred and seventy Russian servicemen have been returned from territory controlled by Kyiv, the Defence Ministry said on Tuesday. In return, 270 prisoners of war of the Ukrainian armed forces were handed over.

The servicemen are now in Belarus, where they are receiving psychological and medical help, and will then be taken to Russia for treatment and rehabilitation at the ministry's hospitals.

In addition, eight residents of the Kursk region who had been held in Ukraine were brought home, the ministry said.

The exchange is the first of three stages agreed on May 28, under which each side is to release 840 people. Earlier this year, on February 5, the two sides swapped 157 prisoners each.

Read also: Hospital ships leave Sevastopol for exercises
"""),
        [
            C(270, "Russian servicemen returned (headline)", "stage", "Russia gets back 270 servicemen", date="2026-06-09", stage="stage 1", side="Ukraine -> Russia"),
            C(270, "Russian servicemen returned", "stage", "Two hundred and seventy Russian servicemen have been returned", date="2026-06-09", stage="stage 1", side="Ukraine -> Russia"),
            C(270, "Ukrainian prisoners of war handed over in return", "stage", "270 prisoners of war of the Ukrainian armed forces were handed over", date="2026-06-09", stage="stage 1", side="Russia -> Ukraine"),
            C(8, "Kursk region residents also brought home (another group)", "other", "eight residents of the Kursk region who had been held in Ukraine were brought home", date="2026-06-09", side="Ukraine -> Russia"),
            C(1, "ordinal of the stage", "ordinal", "The exchange is the first of three stages", date="2026-06-09", stage="stage 1"),
            C(3, "stages agreed", "other", "the first of three stages agreed on May 28"),
            C(840, "people each side is to release", "event_target", "each side is to release 840 people", side="each side"),
            C(157, "prisoners each side swapped on February 5 (earlier exchange)", "other", "the two sides swapped 157 prisoners each", date="2026-02-05", side="each side"),
        ],
        [
            R("arithmetic", "270 == 270", True, True, "Parity: 270 returned, 270 handed over in return."),
            R("arithmetic", "270 <= 840", True, True, "The first stage stays under the agreed 840."),
            R("weekday", "date(2026, 6, 9).weekday() == 1", True, True, "Dateline June 9 with 'on Tuesday'."),
            R("sequence", "date(2026, 5, 28) < date(2026, 6, 9)", True, True, "Agreement on May 28 precedes the first stage."),
        ],
        [],
        "Russian-side copy of stage 1. The eight Kursk residents are another group, not part of the 270. The 157 are from an earlier exchange (February 5). 'Read also' line is site furniture.",
    ),
    item(
        "pow840_d2_meridian",
        "2026-06-10",
        EVENT,
        text("""
Second stage of prisoner swap returns 305 Ukrainians
Two-day total reaches 575 as the sides prepare the final stage

By Meridian staff
Published 10 June 2026, 16:05 BST | Updated 10 June 2026, 18:20 BST

KYIV, June 10 (Meridian) - Ukraine brought home 305 soldiers, border guards and national guardsmen on Wednesday in the second stage of the 840-for-840 exchange, a day after 270 returned in the first. Russia said it had received the same number of its own servicemen.

The 305 freed on Wednesday included 112 who had been held since 2022, and the ombudsman said the oldest was a 63-year-old reservist.

With Wednesday's release, 575 Ukrainians have come home under the deal, and 265 more are due to be freed in the third and final stage, officials said.

"We will bring everyone back," said one of the negotiators, who asked not to be named.

The total returned since 2022 now stands at 6,420, up from 6,115 on Tuesday.

Photo caption: 305 came home on Wednesday
"""),
        [
            C(305, "Ukrainians returned in stage 2 (headline)", "stage", "Second stage of prisoner swap returns 305 Ukrainians", date="2026-06-10", stage="stage 2", side="Russia -> Ukraine"),
            C(2, "ordinal of the stage (headline)", "ordinal", "Second stage of prisoner swap", date="2026-06-10", stage="stage 2"),
            C(575, "Ukrainians returned over the two stages (standfirst)", "multi_stage_total", "Two-day total reaches 575", date="2026-06-10"),
            C(305, "soldiers, border guards and national guardsmen brought home", "stage", "Ukraine brought home 305 soldiers, border guards and national guardsmen on Wednesday", date="2026-06-10", stage="stage 2", side="Russia -> Ukraine"),
            C(2, "ordinal of the stage", "ordinal", "in the second stage of the 840-for-840 exchange", date="2026-06-10", stage="stage 2"),
            C(840, "agreed size of the exchange per side", "event_target", "the 840-for-840 exchange", side="each side"),
            C(270, "Ukrainians returned in stage 1", "stage", "a day after 270 returned in the first", date="2026-06-09", stage="stage 1", side="Russia -> Ukraine"),
            C(1, "ordinal of the earlier stage (back-reference)", "ordinal", "270 returned in the first", date="2026-06-09", stage="stage 1"),
            C(305, "freed on Wednesday (restated)", "stage", "The 305 freed on Wednesday", date="2026-06-10", stage="stage 2", side="Russia -> Ukraine"),
            C(112, "freed on Wednesday who had been held since 2022", "stage_component", "included 112 who had been held since 2022", date="2026-06-10", stage="stage 2", side="Russia -> Ukraine"),
            C(63, "age of the oldest freed on Wednesday", "other", "the oldest was a 63-year-old reservist"),
            C(575, "Ukrainians home under the deal after two stages", "multi_stage_total", "575 Ukrainians have come home under the deal", date="2026-06-10", side="Russia -> Ukraine"),
            C(265, "Ukrainians still to be freed in the final stage", "remaining", "265 more are due to be freed in the third and final stage", side="Russia -> Ukraine", planned=True),
            C(3, "ordinal of the final stage", "ordinal", "the third and final stage", stage="stage 3", planned=True),
            C(6420, "Ukrainians returned since 2022", "cumulative", "The total returned since 2022 now stands at 6,420", date="2026-06-10", side="Russia -> Ukraine"),
            C(6115, "Ukrainians returned since 2022, as of Tuesday", "cumulative", "up from 6,115 on Tuesday", date="2026-06-09", side="Russia -> Ukraine"),
            C(305, "returned on Wednesday (photo caption)", "stage", "305 came home on Wednesday", date="2026-06-10", stage="stage 2", side="Russia -> Ukraine"),
        ],
        [
            R("arithmetic", "270 + 305 == 575", True, True, "Stage 1 + stage 2 = the two-day total.", exhaustive=True),
            R("arithmetic", "575 + 265 == 840", True, True, "Done so far plus the final stage = the agreed 840."),
            R("arithmetic", "6115 + 305 == 6420", True, True, "Running total rises by Wednesday's 305."),
            R("monotonic", "6115 <= 6420", True, True, "Cumulative total never falls."),
            R("arithmetic", "112 <= 305", True, True, "'included 112': part of Wednesday's 305.", exhaustive=False),
            R("weekday", "date(2026, 6, 10).weekday() == 2", True, True, "Dateline June 10 with 'on Wednesday'."),
            R("sequence", "(date(2026, 6, 10) - date(2026, 6, 9)).days == 1", True, True, "'a day after' the first stage."),
        ],
        [],
        "Stage 2. 'said one of the negotiators' is a speaker, not a count. The caption gives 305 without a noun. The 63-year-old is an age.",
    ),
    item(
        "pow840_d3_kyivwire",
        "2026-06-12",
        EVENT,
        text("""
 date 2026-06-12 Ukraine, Russia complete 840-for-840 swap with third stage

KYIV, June 12 (Kyiv Wire) - Ukraine and Russia completed the third and final stage of their 840-for-840 exchange on Friday, with 265 Ukrainian prisoners returning home, the president's office said.

The exchange's first stage took place on Tuesday, June 9, when 270 Ukrainians returned; 305 more came back in the second, on Wednesday, June 10. That makes 840 Ukrainians home this week, the coordination headquarters said.

Moscow's Defence Ministry put the number of Russian servicemen returned on Friday at 265, the same number of Ukrainian prisoners of war it handed over. A dispute over the lists delayed the final stage by a day, officials on both sides said.

Among those freed on Friday were 37 National Guard troops and two medics.

Separately, the bodies of 1,000 fallen soldiers were repatriated to Ukraine on Thursday, while Russia received the bodies of 36 of its troops.

The headquarters' running count of Ukrainians freed from Russian captivity since 2022 now stands at 6,685. It was the 71st exchange since the start of the full-scale war, which began in February 2022, the ombudsman said. More than four years into the war, thousands remain in captivity.

(Reporting by Kyiv newsroom)
"""),
        [
            C(840, "agreed size of the exchange (headline)", "event_target", "complete 840-for-840 swap", side="each side"),
            C(3, "ordinal of the final stage (headline)", "ordinal", "with third stage", date="2026-06-12", stage="stage 3"),
            C(3, "ordinal of the final stage", "ordinal", "completed the third and final stage", date="2026-06-12", stage="stage 3"),
            C(840, "agreed size of the exchange", "event_target", "their 840-for-840 exchange", side="each side"),
            C(265, "Ukrainian prisoners returned in stage 3", "stage", "with 265 Ukrainian prisoners returning home", date="2026-06-12", stage="stage 3", side="Russia -> Ukraine"),
            C(1, "ordinal of the first stage", "ordinal", "The exchange's first stage took place on Tuesday, June 9", date="2026-06-09", stage="stage 1"),
            D(9, "date of the first stage", "Tuesday, June 9", "2026-06-09"),
            C(270, "Ukrainians returned in stage 1", "stage", "when 270 Ukrainians returned", date="2026-06-09", stage="stage 1", side="Russia -> Ukraine"),
            C(305, "Ukrainians returned in stage 2", "stage", "305 more came back in the second", date="2026-06-10", stage="stage 2", side="Russia -> Ukraine"),
            C(2, "ordinal of the second stage", "ordinal", "came back in the second, on Wednesday, June 10", date="2026-06-10", stage="stage 2"),
            D(10, "date of the second stage", "Wednesday, June 10", "2026-06-10"),
            C(840, "Ukrainians home this week", "multi_stage_total", "That makes 840 Ukrainians home this week", date="2026-06-12", side="Russia -> Ukraine"),
            C(265, "Russian servicemen returned on Friday", "stage", "the number of Russian servicemen returned on Friday at 265", date="2026-06-12", stage="stage 3", side="Ukraine -> Russia"),
            C(1, "days the final stage was delayed", "other", "delayed the final stage by a day"),
            C(37, "National Guard troops among those freed on Friday", "stage_component", "were 37 National Guard troops and two medics", date="2026-06-12", stage="stage 3", side="Russia -> Ukraine"),
            C(2, "medics among those freed on Friday", "stage_component", "were 37 National Guard troops and two medics", date="2026-06-12", stage="stage 3", side="Russia -> Ukraine"),
            C(1000, "bodies of fallen soldiers repatriated to Ukraine", "other", "the bodies of 1,000 fallen soldiers were repatriated to Ukraine on Thursday", date="2026-06-11", side="Russia -> Ukraine"),
            C(36, "bodies of Russian troops received by Russia", "other", "Russia received the bodies of 36 of its troops", date="2026-06-11", side="Ukraine -> Russia"),
            C(6685, "Ukrainians freed since 2022", "cumulative", "Ukrainians freed from Russian captivity since 2022 now stands at 6,685", date="2026-06-12", side="Russia -> Ukraine"),
            C(71, "ordinal of this exchange since the start of the war", "ordinal", "It was the 71st exchange since the start of the full-scale war"),
            C(4, "years into the full-scale war", "other", "More than four years into the war", approx=True),
        ],
        [
            R("arithmetic", "270 + 305 + 265 == 840", True, True, "Three stages make the week's total and the agreed 840.", exhaustive=True),
            R("arithmetic", "265 == 265", True, True, "Parity of the final stage: 'the same number of Ukrainian prisoners of war it handed over' as the 265 stated for both sides."),
            R("arithmetic", "37 + 2 <= 265", True, True, "'Among those freed on Friday': not exhaustive.", exhaustive=False),
            R("arithmetic", "6420 + 265 == 6685", True, False, "Running total from 6,420 after stage 2 (pow840_d2_meridian) plus 265."),
            R("weekday", "date(2026, 6, 12).weekday() == 4", True, True, "Dateline June 12 with 'on Friday'."),
            R("weekday", "date(2026, 6, 9).weekday() == 1", True, True, "'Tuesday, June 9'."),
            R("weekday", "date(2026, 6, 10).weekday() == 2", True, True, "'Wednesday, June 10'."),
            R("sequence", "date(2026, 6, 9) < date(2026, 6, 10) < date(2026, 6, 12)", True, True, "Stages 1, 2, 3 in date order."),
            R("sequence", "date(2022 + 4, 2, 28) <= date(2026, 6, 12)", True, True, "'More than four years into the war' that began in February 2022."),
        ],
        [],
        "Final stage. The bodies (1,000 to Ukraine, 36 to Russia) are another quantity and two sides, not prisoners. 71st is an ordinal of exchanges, not of stages.",
    ),
    item(
        "pow840_roundup_balticpost",
        "2026-06-13",
        EVENT,
        text("""
840 home: how the week's prisoner exchange unfolded

By Olena Marchuk | 13 June 2026, 08:15

Subscribe to our morning briefing

The exchange agreed in Riyadh at the end of May was carried out in three stages: 270 prisoners returned on Tuesday, 305 on Wednesday and 256 on Friday, for a total of 840 on each side, Ukrainian officials said.

Among all 840 who returned, 96 were civilians, according to the ombudsman's office.

"Each stage was agreed separately, list by list," one official said.

The next step may come before the end of June, when the two sides are to exchange the bodies of the fallen.

In 2025 the two sides carried out 12 exchanges, which freed 2,110 Ukrainians in all.

Share this article
"""),
        [
            C(840, "prisoners home after the week's exchange (headline)", "multi_stage_total", "840 home", date="2026-06-12", side="Russia -> Ukraine"),
            C(3, "stages of the exchange", "other", "carried out in three stages"),
            C(270, "prisoners returned on Tuesday", "stage", "270 prisoners returned on Tuesday", date="2026-06-09", stage="stage 1", side="Russia -> Ukraine"),
            C(305, "returned on Wednesday", "stage", "305 on Wednesday", date="2026-06-10", stage="stage 2", side="Russia -> Ukraine"),
            C(256, "returned on Friday (as printed)", "stage", "256 on Friday", date="2026-06-12", stage="stage 3", side="Russia -> Ukraine"),
            C(840, "total on each side", "multi_stage_total", "for a total of 840 on each side", date="2026-06-12", side="each side"),
            C(840, "all who returned (restated)", "multi_stage_total", "Among all 840 who returned", date="2026-06-12", side="Russia -> Ukraine"),
            C(96, "civilians among all who returned", "stage_component", "96 were civilians", date="2026-06-12", side="Russia -> Ukraine"),
            C(12, "exchanges carried out in 2025", "other", "the two sides carried out 12 exchanges", date="2025"),
            C(2110, "Ukrainians freed by the 2025 exchanges", "other", "freed 2,110 Ukrainians in all", date="2025", side="Russia -> Ukraine"),
        ],
        [
            R("arithmetic", "270 + 305 + 256 == 840", False, True, "The three stage counts add up to 831, not the stated 840.", exhaustive=True),
            R("arithmetic", "96 <= 840", True, True, "'Among all 840 ... 96 were civilians'.", exhaustive=False),
            R("arithmetic", "256 == 265", False, False, "Friday's stage is 256 here, 265 in pow840_d3_kyivwire (and 840 - 270 - 305 = 265)."),
        ],
        [
            I("within_item", "real", "Stage counts 270 + 305 + 256 = 831, but the text gives a total of 840 on each side."),
            I("cross_item", "real", "Friday's stage is 256 here but 265 in the wire report of the day (where 270 + 305 + 265 = 840).", ("pow840_d3_kyivwire",)),
        ],
        "Weekly roundup with a transposed figure (256 for 265). 2025 figures are another year; the June body exchange is a plan without a figure.",
    ),
]
