"""The checker's vocabulary: every word list that extractors and checks read, in one place.

Tables, not regexes: each maps words as news prose writes them to a typed value. Multi-word
entries are matched token by token by `checker.extract.annotate`. Keep entries lower case.
"""

from __future__ import annotations

import functools
from decimal import Decimal
from enum import Enum

from checker.claims import Action, Category

# --- numbers ------------------------------------------------------------------------------------

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
NUMBER_WORDS: dict[str, int] = {w: i for i, w in enumerate(UNITS)} | {
    w: 20 + 10 * i for i, w in enumerate(TENS)} | SCALES | {"dozen": 12}

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "hundredth": 100,
}
# Words after an ordinal that make it a stage of a series ("the third stage", "the second day").
STAGE_UNITS = frozenset({"day", "stage", "phase", "part", "round", "batch", "wave", "group", "convoy", "flight",
                         "exchange", "swap", "release", "handover", "transfer", "leg", "tranche", "plane",
                         "crossing", "week", "consecutive"})
# Stage units numbered afresh each day: Saturday's first flight is not Friday's first flight.
DAILY_UNITS = frozenset({"flight", "plane", "bus", "convoy", "leg", "crossing", "boat", "trip"})


class HedgeKind(str, Enum):
    GT = "gt"  # more than
    GE = "ge"  # at least
    LT = "lt"  # fewer than
    LE = "le"  # up to
    NEARLY = "nearly"  # a little below, or just reaching
    APPROX = "approx"  # about


# Hedge words immediately before a number, and how each widens it (see numbers.hedged).
HEDGES: dict[str, HedgeKind] = {
    "more than": HedgeKind.GT, "over": HedgeKind.GT, "upwards of": HedgeKind.GT, "in excess of": HedgeKind.GT,
    "above": HedgeKind.GT, "exceeding": HedgeKind.GT,
    "at least": HedgeKind.GE, "no fewer than": HedgeKind.GE, "no less than": HedgeKind.GE,
    "a minimum of": HedgeKind.GE, "not less than": HedgeKind.GE,
    "fewer than": HedgeKind.LT, "less than": HedgeKind.LT, "under": HedgeKind.LT, "below": HedgeKind.LT,
    "up to": HedgeKind.LE, "at most": HedgeKind.LE, "no more than": HedgeKind.LE, "as many as": HedgeKind.LE,
    "a maximum of": HedgeKind.LE,
    "nearly": HedgeKind.NEARLY, "almost": HedgeKind.NEARLY, "close to": HedgeKind.NEARLY,
    "just under": HedgeKind.NEARLY, "just shy of": HedgeKind.NEARLY,
    "about": HedgeKind.APPROX, "around": HedgeKind.APPROX, "roughly": HedgeKind.APPROX,
    "approximately": HedgeKind.APPROX, "some": HedgeKind.APPROX, "an estimated": HedgeKind.APPROX,
    "estimated": HedgeKind.APPROX, "approx": HedgeKind.APPROX, "circa": HedgeKind.APPROX,
    "more or less": HedgeKind.APPROX, "nearly some": HedgeKind.APPROX, "over some": HedgeKind.GT,
}
# Words that follow a figure and hedge it: "300-plus", "300 or more".
HEDGES_AFTER: dict[str, HedgeKind] = {"or more": HedgeKind.GE, "plus": HedgeKind.GE, "or so": HedgeKind.APPROX,
                                      "odd": HedgeKind.APPROX}

# --- what is counted ----------------------------------------------------------------------------

# Other peoples a report counts ("followed 2,400 Danes, including 900 who smoked"): the plural only, since
# the singular is also an adjective ("90 Italian governments"). An umbrella like "people", as the sides are.
_DEMONYM_WORDS = (
    "brits danes swedes norwegians finns poles spaniards italians greeks germans canadians australians koreans "
    "indonesians malaysians bangladeshis pakistanis iranians iraqis saudis jordanians libyans tunisians moroccans "
    "algerians nigerians kenyans ethiopians eritreans somalis ghanaians rwandans mexicans colombians venezuelans "
    "cubans haitians brazilians peruvians ecuadorians georgians moldovans belarusians cambodians")
DEMONYMS = frozenset(_DEMONYM_WORDS.split())

# Head nouns (singular and plural as written, lower case) -> (lemma, category).
_NOUN_ROWS: list[tuple[Category, str]] = [
    (Category.MILITARY, "prisoner of war/prisoners of war, pow/pows, serviceman/servicemen, servicewoman/"
                        "servicewomen, service member/service members, soldier/soldiers, defender/defenders, "
                        "troop/troops, fighter/fighters, marine/marines, combatant/combatants, border guard/"
                        "border guards, guardsman/guardsmen, sailor/sailors, military personnel, "
                        "personnel, militant/militants, paratrooper/paratroopers, conscript/conscripts"),
    (Category.CIVILIAN, "civilian/civilians"),
    (Category.HOSTAGE, "hostage/hostages, abductee/abductees"),
    (Category.PRISONER, "prisoner/prisoners, detainee/detainees, inmate/inmates, captive/captives"),
    (Category.BODY, "body/bodies, dead, death/deaths, fatality/fatalities, victim/victims, corpse/corpses, "
                    "remains, casualty/casualties"),
    (Category.INJURED, "injured, wounded, injury/injuries"),
    (Category.MISSING, "missing"),
    (Category.VEHICLE, "truck/trucks, lorry/lorries, vehicle/vehicles, truckload/truckloads, tanker/tankers, "
                       "convoy/convoys"),
    (Category.VOTE, "vote/votes, ballot/ballots"),
    (Category.SEAT, "seat/seats, mp/mps, lawmaker/lawmakers"),
    (Category.PEOPLE, "people, person/persons, individual/individuals, citizen/citizens, national/nationals, "
                      "resident/residents, survivor/survivors, evacuee/evacuees, returnee/returnees, "
                      "migrant/migrants, refugee/refugees, passenger/passengers, worker/workers, miner/miners, "
                      "child/children, woman/women, man/men, boy/boys, girl/girls, minor/minors, teenager/teenagers, "
                      "student/students, pilgrim/pilgrims, tourist/tourists, foreigner/foreigners, "
                      "adult/adults, infant/infants, baby/babies, patient/patients, volunteer/volunteers, "
                      "rescuer/rescuers, firefighter/firefighters, journalist/journalists, doctor/doctors, "
                      "officer/officers, police officer/police officers, member/members, "
                      "protester/protesters, demonstrator/demonstrators, pensioner/pensioners, teacher/teachers, "
                      "nurse/nurses, medic/medics, driver/drivers, farmer/farmers, fisherman/fishermen, "
                      "climber/climbers, crew member/crew members, crew, aid worker/aid workers, guard/guards, "
                      "staff, employee/employees, labourer/labourers, laborer/laborers, hiker/hikers, "
                      "villager/villagers, shepherd/shepherds, activist/activists, seafarer/seafarers, "
                      "fan/fans, athlete/athletes, priest/priests, nun/nuns, monk/monks, artist/artists, "
                      "ukrainian/ukrainians, russian/russians, israeli/israelis, palestinian/palestinians, "
                      "american/americans, armenian/armenians, azerbaijani/azerbaijanis, afghan/afghans, "
                      "yemeni/yemenis, nepali/nepalis, egyptian/egyptians, indian/indians, thai/thais, "
                      "briton/britons, filipino/filipinos, sudanese, syrian/syrians, turk/turks, "
                      + ", ".join(sorted(DEMONYMS))),
    (Category.OTHER, "boat/boats, flight/flights, plane/planes, home/homes, house/houses, building/buildings, "
                     "village/villages, district/districts, county/counties, province/provinces, "
                     "country/countries, crossing/crossings, agency/agencies, tonne/tonnes, ton/tons, "
                     "family/families, household/households, school/schools, hospital/hospitals, "
                     "shelter/shelters, camp/camps, area/areas, party/parties, constituency/constituencies, "
                     "region/regions, state/states, town/towns, city/cities, site/sites, name/names, "
                     "case/cases, aircraft, helicopter/helicopters, ship/ships, vessel/vessels, bus/buses, "
                     "rescue/rescues, recovery/recoveries, search/searches, operation/operations, "
                     "round/rounds, stage/stages, phase/phases, batch/batches, group/groups, list/lists"),
]


def _noun_table() -> dict[str, tuple[str, Category]]:
    table: dict[str, tuple[str, Category]] = {}
    for category, row in _NOUN_ROWS:
        for entry in row.split(","):
            forms = [f.strip() for f in entry.split("/")]
            for form in forms:
                table.setdefault(form, (forms[0], category))
    return table


NOUNS: dict[str, tuple[str, Category]] = _noun_table()
MAX_NOUN_WORDS = max(len(n.split()) for n in NOUNS)

# Head nouns that name the same people in different words (an umbrella and what it covers). Two heads
# are compatible when equal or when one is the umbrella of the other.
UMBRELLAS: dict[str, frozenset[str]] = {
    "people": frozenset(lemma for lemma, cat in NOUNS.values() if cat in (
        Category.PEOPLE, Category.MILITARY, Category.CIVILIAN, Category.HOSTAGE, Category.PRISONER)),
    "person": frozenset({"people"}),
    "prisoner": frozenset({"prisoner of war", "detainee", "inmate", "captive", "serviceman", "soldier", "defender",
                           "civilian"}),
    "detainee": frozenset({"prisoner", "prisoner of war", "captive", "serviceman", "soldier", "defender", "civilian"}),
    "captive": frozenset({"prisoner", "prisoner of war", "detainee", "serviceman", "soldier", "defender"}),
    "prisoner of war": frozenset({"serviceman", "soldier", "defender", "troop", "fighter", "military personnel",
                                  "personnel", "marine", "border guard", "combatant", "prisoner", "captive"}),
    "serviceman": frozenset({"soldier", "defender", "prisoner of war", "troop", "military personnel", "personnel"}),
    "soldier": frozenset({"serviceman", "defender", "prisoner of war", "troop", "personnel"}),
    "defender": frozenset({"serviceman", "soldier", "prisoner of war", "troop", "personnel"}),
    "body": frozenset({"dead", "death", "fatality", "victim", "corpse", "casualty"}),
    "dead": frozenset({"body", "death", "fatality", "victim", "casualty"}),
    "death": frozenset({"dead", "body", "fatality", "victim", "casualty"}),
    "truck": frozenset({"lorry", "vehicle", "truckload", "tanker"}),
    "vehicle": frozenset({"truck", "lorry", "truckload", "tanker"}),
}
# Nouns that name people by what happened to them, not by who they are: umbrellas like "people".
GENERIC_PEOPLE = frozenset({"person", "individual", "returnee", "evacuee", "survivor", "national", "citizen",
                            "resident", "villager", "inhabitant", "passenger"})
# Parts listed on different dimensions may count the same person twice ("16 minors and 14 women").
OVERLAP_DIMENSIONS: dict[str, str] = {"woman": "gender", "man": "gender", "girl": "gender", "boy": "gender",
                                      "child": "age", "minor": "age", "teenager": "age", "infant": "age",
                                      "baby": "age", "adult": "age"}


@functools.lru_cache(maxsize=4096)
def compatible_heads(a: str, b: str) -> bool:
    """Two head nouns can name the same people: equal, or one is the umbrella of the other.
    A nationality ('Ukrainians') is an umbrella like 'people'; its side is compared separately."""
    a, b = _umbrella(a), _umbrella(b)
    return a == b or b in UMBRELLAS.get(a, ()) or a in UMBRELLAS.get(b, ())


def _umbrella(head: str) -> str:
    return "people" if head in SIDES or head in GENERIC_PEOPLE or head in DEMONYMS else head
# Nouns that are not counts of people or things ("two sides", "one of", "three times", "two thirds of").
NOT_COUNTED = frozenset({"side", "sides", "time", "times", "way", "ways", "point", "points", "thing", "things",
                         "reason", "reasons", "another", "percent", "per", "cent",
                         "hand", "hands", "step", "steps", "word", "words", "neighbour", "neighbours",
                         "neighbor", "neighbors", "nation", "nations", "leader", "leaders", "sign", "signs",
                         "hundreds", "thousands", "millions", "dozens", "tens",
                         "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"})

# Nationality and side words -> the side key. "Ukraine", "Ukrainian", "Ukrainians" are one side.
_SIDE_ROWS = {
    "ukrainian": "ukraine ukrainian ukrainians kyiv kiev", "russian": "russia russian russians moscow kremlin",
    "israeli": "israel israeli israelis", "palestinian": "palestinian palestinians gaza hamas",
    "american": "american americans", "armenian": "armenia armenian armenians yerevan",
    "azerbaijani": "azerbaijan azerbaijani azerbaijanis baku", "government": "government",
    "houthi": "houthi houthis", "afghan": "afghan afghans", "taliban": "taliban",
    "thai": "thai thais", "british": "british briton britons", "indian": "indian indians",
    "egyptian": "egyptian egyptians", "chinese": "chinese", "nepali": "nepali nepalis nepalese",
    "german": "german germans", "french": "french", "turkish": "turkish turks", "filipino": "filipino filipinos",
    "sudanese": "sudanese", "syrian": "syrian syrians", "belarusian": "belarusian belarusians",
    "colombian": "colombian colombians", "venezuelan": "venezuelan venezuelans", "iranian": "iranian iranians",
    "lebanese": "lebanese", "saudi": "saudi saudis", "pakistani": "pakistani pakistanis",
    "kyrgyz": "kyrgyz kyrgyzstan", "tajik": "tajik tajiks tajikistan", "uzbek": "uzbek uzbeks uzbekistan",
    "kazakh": "kazakh kazakhs kazakhstan", "georgian": "georgian georgians", "moldovan": "moldovan moldovans",
    "iraqi": "iraqi iraqis", "ethiopian": "ethiopian ethiopians", "eritrean": "eritrean eritreans",
    "somali": "somali somalis", "nigerian": "nigerian nigerians", "congolese": "congolese",
    "rwandan": "rwandan rwandans", "cambodian": "cambodian cambodians", "burmese": "burmese",
    "mexican": "mexican mexicans", "ecuadorian": "ecuadorian ecuadorians", "peruvian": "peruvian peruvians",
}
SIDES: dict[str, str] = {w: side for side, words in _SIDE_ROWS.items() for w in words.split()}
# Words that say "our side" in the speaker's voice ("our defenders", "Three hundred of our defenders").
OUR_WORDS = frozenset({"our", "ours"})

# Modifiers that do not narrow what is counted (they restate the action or the side).
NEUTRAL_MODIFIERS = frozenset({
    "released", "freed", "returned", "exchanged", "rescued", "evacuated", "new", "more", "other", "further",
    "additional", "another", "total", "all", "some", "of", "the", "our", "their", "these", "those", "its", "his",
    "her", "remaining", "captured", "held", "former", "latest", "confirmed", "reported", "registered", "known",
    "recorded", "overall", "combined", "individual", "separate", "first", "last", "final",
})

# --- what happened ------------------------------------------------------------------------------

ACTIONS: dict[str, Action] = {}
for _action, _words in {
    Action.RELEASED: "frees releases returns released freed free freeing release releasing returned return "
                     "returning brought home brought back come home came home coming home returned home handed over "
                     "hand over handing over "
                     "handed back repatriated let go set free were returned have returned returnees returns",
    Action.EXCHANGED: "exchanges swaps trades exchanged exchange swapped swap traded trade",
    Action.KILLED: "kills kill dies die killed died dead death deaths perished drowned lost their lives killing "
                   "fatalities toll",
    Action.INJURED: "injures wounds injured wounded hurt injuring",
    Action.MISSING: "missing unaccounted",
    Action.EVACUATED: "evacuates evacuated evacuate evacuating airlifted flown out flew out fled",
    Action.RESCUED: "rescues saves rescued rescue rescuing saved pulled out brought out",
    Action.ARRIVED: "arrived arriving arrive landed disembarked",
    Action.DELIVERED: "delivers enter enters cross crosses delivered entered crossed crossing carried carrying sent "
                      "dispatched shipped",
    Action.WON: "won win winning",
    Action.VOTED: "voted vote",
    Action.DISPLACED: "displaced homeless",
    Action.HELD: "held holds holding detained captured abducted kidnapped imprisoned jailed in captivity taken trapped "
                 "stranded",
    Action.AFFECTED: "affected",
    Action.ARRESTED: "arrests arrest detains arrested",
}.items():
    for _w in _words.split(" "):
        ACTIONS.setdefault(_w, _action)
for _phrase, _action in {"brought home": Action.RELEASED, "brought back": Action.RELEASED,
                         "came home": Action.RELEASED, "come home": Action.RELEASED, "coming home": Action.RELEASED,
                         "returned home": Action.RELEASED, "handed over": Action.RELEASED,
                         "hand over": Action.RELEASED, "handing over": Action.RELEASED,
                         "handed back": Action.RELEASED, "let go": Action.RELEASED, "set free": Action.RELEASED,
                         "lost their lives": Action.KILLED, "flown out": Action.EVACUATED,
                         "flew out": Action.EVACUATED, "pulled out": Action.RESCUED, "brought out": Action.RESCUED,
                         "in captivity": Action.HELD, "are home": Action.RELEASED, "is home": Action.RELEASED,
                         "were home": Action.RELEASED, "back home": Action.RELEASED, "came back": Action.RELEASED,
                         "come back": Action.RELEASED, "coming back": Action.RELEASED, "got back": Action.RELEASED,
                         "were back": Action.RELEASED}.items():
    ACTIONS[_phrase] = _action
for _w in ("brought", "home", "come", "came", "coming", "hand", "handed", "handing", "let", "set", "go", "lost",
           "their", "lives", "flown", "flew", "out", "pulled", "back", "in", "captivity", "over", "were", "have"):
    ACTIONS.pop(_w, None)
# Categories an action implies for a bare "people": 1,003 people died -> deaths.
ACTION_CATEGORY: dict[Action, Category] = {Action.KILLED: Category.BODY, Action.INJURED: Category.INJURED,
                                           Action.MISSING: Category.MISSING}
# Actions that count the same people in different words ("released" vs "came home").
SAME_ACTIONS: dict[Action, frozenset[Action]] = {
    Action.RELEASED: frozenset({Action.RELEASED, Action.EXCHANGED}),
    Action.EXCHANGED: frozenset({Action.RELEASED, Action.EXCHANGED}),
}
# Nouns that name a group by what did not happen to it: 'the survivors' were never the dead.
NOUN_RULES_OUT: dict[str, frozenset[Action]] = {
    "survivor": frozenset({Action.KILLED, Action.MISSING}),
    "injured": frozenset({Action.KILLED}),
    "wounded": frozenset({Action.KILLED}),
    "dead": frozenset({Action.RESCUED, Action.EVACUATED, Action.RELEASED, Action.INJURED, Action.MISSING}),
}
# Nouns that name a group by what happened to it: 'the dead' are the people a figure says died.
NOUN_DEEDS: dict[str, Action] = {"dead": Action.KILLED, "injured": Action.INJURED, "wounded": Action.INJURED,
                                 "missing": Action.MISSING}
# Verbs of a revision: the figure before them was replaced ("first said 96, later revised the figure to
# 95"), and a fall they state is a correction, not a running total falling ("revised down to 38 from 41")
# A difference stated between two figures of one time, not a change over time ("by 312,400 votes to
# 287,600, a margin of 24,800")
MARGIN_CUES = frozenset({"a margin of", "a majority of"})
REVISION_WORDS = frozenset({"revised", "updated", "corrected", "amended", "changed", "lowered", "raised", "adjusted"})
# Each action's family, named by its first member ('released' and 'exchanged' count the same people).
ACTION_FAMILY: dict[Action, str] = {a: min(x.value for x in SAME_ACTIONS.get(a, (a,))) for a in Action}

# --- cue words ----------------------------------------------------------------------------------


class Cue(str, Enum):
    """What a cue word says about the figures around it."""

    INCLUDING = "including"  # non-exhaustive parts follow: including, among them
    COMPRISING = "comprising"  # exhaustive parts follow: comprising, made up of
    OF_WHOM = "of_whom"  # "of whom 12 ...", "of them"
    TOTAL = "total"  # in total, a total of, altogether, overall
    NUMBER_OF = "number_of"  # "the number of people unaccounted for has reached 57": the noun comes first
    BRINGS_TO = "brings_to"  # bringing the total to, raises ... to, takes the number to
    SINCE = "since"  # since, so far, to date: a running total
    TOLL = "toll"  # death toll, count of the dead: a running total of deaths
    REPORTED = "reported"  # "had reported 468 dead": a count as of a day, not of that day
    STOCK = "stock"  # remain, still held, still missing
    PERIOD = "period"  # over the past two days, this week, in just these two days (see annotate.find_periods)
    ANOTHER = "another"  # another, a further, more: a new group, not the one before
    ALSO = "also"  # also, separately, in addition: another group
    ROSE = "rose"  # rose, climbed, increased
    FELL = "fell"  # fell, dropped, decreased
    FROM = "from"  # "from 1,033" in a change
    BY = "by"  # "by 100" in a change
    EACH = "each"  # each, from each side, apiece
    EXCHANGE_FOR = "exchange_for"  # in exchange for, for, in return for
    PLAN = "plan"  # are to be, will, next week, plans to, calls for: a plan
    CONDITION = "condition"  # if, unless, would
    HYPOTHESIS = "hypothesis"  # could, might, may
    RATE = "rate"  # a day, per day, every hour
    BACKGROUND = "background"  # in 2018, last year, in the previous war: another time
    COMPLETES = "completes"  # completes, completing
    REMAINING = "remaining"  # the remaining, the rest, the other
    AGO = "ago"  # "two days ago": a duration, not a count
    SO_FAR = "so_far"


CUES: dict[str, Cue] = {}
for _cue, _phrases in {
    Cue.INCLUDING: "including|includes|include|included|among them|among whom|among those|among the|among|"
                   "such as|notably",
    Cue.COMPRISING: "comprising|comprised|comprises|made up of|consisting of|consists of|composed of|namely|"
                    "broken down as|distributed as follows|as follows",
    Cue.OF_WHOM: "of whom|of them|of which|of these|of those",
    Cue.TOTAL: "in total|a total of|total|totalling|totaling|totalled|totaled|altogether|overall|in all|"
               "combined|all told|the total number of|the overall number of|tally|total number",
    Cue.NUMBER_OF: "number of|the number of|numbers of|count of|the number",
    Cue.BRINGS_TO: "bringing the total to|brings the total to|bring the total to|bringing the number to|"
                   "brings the number to|bring|bringing to|brings to|bringing|brings|brought the total to|"
                   "raising the total to|raises the total to|raising|raises|taking the total to|takes the total to|"
                   "pushing the total to|pushed|pushing|making a total of|making a grim total of|"
                   "making a combined total of|for a total of|taking its total to|bringing its total to|"
                   "taking their total to|bringing their total to",
    Cue.SINCE: "since|since the start of|since the beginning of|so far|to date|thus far|up to now|until now|"
               "cumulative|in all since|overall since|this year",
    Cue.TOLL: "death toll|toll|number of dead|number of deaths|number of people killed|body count|death count|"
              "the number of dead|the number of deaths|the number of people killed|the number of the dead|"
              "count of the dead|count of dead|number of the dead|dead count|fatality count",
    Cue.REPORTED: "reported|had reported|has reported|have reported|confirmed|"
                  "recorded|registered|stood at|stands at|standing at",
    Cue.STOCK: "remain|remains|remained|remaining in|still held|still missing|still in captivity|are still|"
               "were still|is still|still being held|being held|are held|were held|held by|held in|in captivity|"
               "unaccounted for",
    Cue.ANOTHER: "another|a further|further|more|an additional|additional|other|a second group of|the other",
    Cue.ALSO: "also|separately|in addition|additionally|as well|besides|meanwhile",
    Cue.ROSE: "rose|risen|rise|rises|rising|climbed|climbs|climbing|increased|increase|increases|jumped|jumps|"
              "surged|surges|grew|grown|up from|soared|mounted|reached|has reached|hit|widened|widens|"
              "doubled|tripled|trebled|quadrupled",
    Cue.FELL: "fell|fallen|falls|dropped|drops|decreased|decreases|declined|declines|down from|revised down|"
              "lowered|reduced|halved|narrowed|narrows|cut|cuts|slashed|trimmed",
    Cue.FROM: "from|up from|down from",
    Cue.BY: "by",
    Cue.EACH: "each|from each side|apiece|on each side|from both sides|each side",
    Cue.EXCHANGE_FOR: "in exchange for|in return for|in a swap for|exchanged for|swapped for|traded for|for",
    Cue.PLAN: "are to be|is to be|were to be|was to be|will be|will|would be freed|is expected|are expected|"
              "is due|are due|due on|is scheduled|are scheduled|was scheduled|were scheduled|is set to|are set to|"
              "planned|was postponed|were postponed|postponed|was delayed|were delayed|was cancelled|were cancelled|"
              "called off|"
              "plans to|plan to|"
              "next week|next month|in the coming days|calls for|call for|provides for|provide for|"
              "under the deal|under the agreement|under the truce|under the terms|agreed to free|"
              "agreed to release|agreed to|to be released|to be freed|to be exchanged|to be handed over|"
              "promised|pledged|aims to|intends to|is supposed to|are supposed to|slated|due to be|expects|expect|"
              "anticipated|expected|upcoming|would",
    Cue.CONDITION: "if|unless|provided that|would|should",
    Cue.HYPOTHESIS: "could|might|may|possibly|potentially|feared|fears|estimates suggest",
    Cue.RATE: "a day|per day|each day|every day|a week|per week|every week|a month|per month|a year|per year|"
              "an hour|per hour|every hour|daily|weekly|monthly|annually|a night|per capita",
    Cue.BACKGROUND: "last year|in the previous|previously|earlier this year|a year ago|years ago|the previous year|"
                    "in the last war|the 2004|the 2018|in the past year|formerly|historically|record",
    Cue.COMPLETES: "completes|completing|completed|complete|brings the number freed to|concludes|concluding",
    Cue.REMAINING: "the remaining|the rest|the other|the others|remaining",
    Cue.AGO: "ago",
    Cue.SO_FAR: "so far|to date|thus far|until now|up to now",
}.items():
    for _p in _phrases.split("|"):
        CUES.setdefault(_p, _cue)

# Words of a period: "over the past two days", "in the two days", "this week", "over the weekend".
PERIOD_PREPOSITIONS = frozenset({"over", "in", "during", "across", "within", "for", "these", "those", "past", "last",
                                 "the", "just", "first", "previous", "preceding", "next", "both"})
PERIOD_NAMES: dict[str, int] = {"week": 7, "weekend": 2, "fortnight": 14}
PERIOD_UNIT_DAYS: dict[str, int] = {"days": 1, "weeks": 7}

# Clause-opening words: figures on either side of them may describe different things.
CLAUSE_WORDS = frozenset({"but", "while", "whereas", "although", "though", "after", "before", "when", "which",
                          "who", "where", "because", "since", "as", "and", "with", "followed", "following",
                          "according"})

# Named start points of running totals and durations, and the date each stands for.
ANCHORS: dict[str, str] = {
    "full-scale invasion": "2022-02-24",
    "full-scale war": "2022-02-24",
    "russia's full-scale invasion": "2022-02-24",
    "full-scale russian invasion": "2022-02-24",
    "october 7 attack": "2023-10-07",
    "october 7": "2023-10-07",
}

# Units written after a figure that make it a measure, not a count (value, unit key).
MEASURE_UNITS: dict[str, str] = {
    "%": "%", "percent": "%", "per cent": "%", "percentage points": "pp", "points": "points",
    "km": "km", "kilometres": "km", "kilometers": "km", "miles": "miles", "mile": "miles", "metres": "m",
    "meters": "m", "metre": "m", "meter": "m", "feet": "ft", "ft": "ft", "foot": "ft", "inches": "in", "cm": "cm",
    "kg": "kg", "tons": "t", "tonnes": "t", "tons of": "t", "tonnes of": "t", "magnitude": "magnitude",
    "degrees": "degrees", "mph": "mph", "km/h": "km/h", "hectares": "ha", "acres": "acres", "square": "area",
    "litres": "l", "liters": "l", "gallons": "gal", "kilograms": "kg", "pounds": "lb", "mm": "mm",
    "dollars": "$", "euros": "€", "pounds sterling": "£", "rupees": "₹", "yuan": "¥", "lira": "lira",
    "billion": "billion", "trillion": "trillion",
}
CURRENCY_SIGNS = frozenset({"$", "€", "£", "¥", "₹", "us$", "usd", "eur", "rs", "rs.", "aed", "sar"})
# Time units: a figure with one is a duration (or an age with "old").
DURATION_UNITS: dict[str, str] = {
    "year": "years", "years": "years", "month": "months", "months": "months", "week": "weeks", "weeks": "weeks",
    "day": "days", "days": "days", "hour": "hours", "hours": "hours", "minute": "minutes", "minutes": "minutes",
    "decade": "decades", "decades": "decades", "night": "nights", "nights": "nights", "second": "seconds",
    "seconds": "seconds",
}

# Words after "10-12" that make it a range of something, not a score.
NOUNS_OR_UNITS = frozenset(NOUNS) | frozenset(DURATION_UNITS) | frozenset(MEASURE_UNITS)


def looks_plural(word: str) -> bool:
    """A lower-case word that reads as a plural noun we have no entry for ('goats', 'acres')."""
    low = word.lower()
    return word == low and len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is"))


# Past participles that name a group by what happened to it ('those held', 'those hurt'); any word
# ending in -ed counts too ('those poisoned').
PARTICIPLE_WORDS = frozenset({"held", "hurt", "taken", "shot", "caught", "left", "found", "seen", "hit", "bitten",
                              "stung", "struck", "stricken", "driven", "thrown", "sent", "brought", "kept"})


def participle_like(word: str) -> bool:
    return (len(word) > 4 and word.endswith("ed")) or word in PARTICIPLE_WORDS


# --- ratios the text states in words (shares, multiples) ------------------------------------------

_THIRD, _TWO_THIRDS = Decimal("0.3333"), Decimal("0.6667")  # to four places: the checks allow more slack
# A share of a whole in words, before "of": "half of the 18 passengers", "two thirds of the 9,000"
# (hyphens dropped: "two-thirds"). Only exact fractions: "most", "many", "a majority" name no ratio.
SHARE_WORDS: dict[str, Decimal] = {
    "half": Decimal("0.5"), "one half": Decimal("0.5"), "a half": Decimal("0.5"),
    "a third": _THIRD, "one third": _THIRD, "one in three": _THIRD, "two thirds": _TWO_THIRDS,
    "a quarter": Decimal("0.25"), "one quarter": Decimal("0.25"), "three quarters": Decimal("0.75"),
    "one in four": Decimal("0.25"), "a fifth": Decimal("0.2"), "one fifth": Decimal("0.2"),
    "two fifths": Decimal("0.4"), "three fifths": Decimal("0.6"), "four fifths": Decimal("0.8"),
    "a tenth": Decimal("0.1"), "one tenth": Decimal("0.1"), "one in five": Decimal("0.2"),
    "one in ten": Decimal("0.1"),
}
# Verbs that state a multiple: "doubled to 48 from 24" (the new figure is twice the old).
MULTIPLE_VERBS: dict[str, Decimal] = {
    "doubled": Decimal(2), "doubling": Decimal(2), "tripled": Decimal(3), "trebled": Decimal(3),
    "tripling": Decimal(3), "quadrupled": Decimal(4), "halved": Decimal("0.5"), "halving": Decimal("0.5"),
}
# Words that compare one figure with another as a multiple: "twice the 600", "double the 40", "half the".
MULTIPLE_WORDS: dict[str, Decimal] = {"twice": Decimal(2), "double": Decimal(2), "triple": Decimal(3),
                                      "treble": Decimal(3), "half": Decimal("0.5")}
