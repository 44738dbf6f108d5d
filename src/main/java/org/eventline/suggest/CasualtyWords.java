package org.eventline.suggest;

import java.util.Locale;
import java.util.Set;

/**
 * The words that tie a count to people killed or injured, and the words that show a count is
 * something else (years, provinces, rockets, money, times).
 */
final class CasualtyWords {

  /** Killed and injured together, split unknown: each kind 0 up to the figure. */
  static final String EITHER =
      "casualties|casualty|(?:killed|dead)\\s+(?:or|and|and/or)\\s+(?:wounded|injured|hurt)"
          + "|(?:wounded|injured)\\s+(?:or|and|and/or)\\s+killed";

  /** What happened to the people counted before it ("were killed", "died", "dead"). */
  static final String OUTCOME =
      "(?<verb>"
          + EITHER
          + "|shot\\s+dead|gunned\\s+down|(?:stabbed|beaten|burned|burnt|hacked|crushed)\\s+to"
          + "\\s+death|lost\\s+their\\s+lives|killed|dead|died|die|dies|deaths?|fatalities"
          + "|slain|murdered|massacred|executed|perished|bodies|lives"
          + "|injured|wounded|hurt|injuries|hospitali[sz]ed|maimed)\\b";

  /** The same for one person ("was shot dead", "died", "was hospitalized"). */
  static final String OUTCOME_ONE =
      "(?<verb>(?:killed|dead)\\s+(?:or|and|and/or)\\s+(?:wounded|injured|hurt)"
          + "|shot\\s+dead|gunned\\s+down|(?:stabbed|beaten|burned|burnt|hacked)\\s+to\\s+death"
          + "|shot\\s+and\\s+(?:killed|wounded|injured)|lost\\s+(?:his|her)\\s+life|found\\s+dead"
          + "|killed|died|dies|dead|murdered|slain|assassinated|executed|beheaded|lynched"
          + "|injured|wounded|hurt|hospitali[sz]ed)\\b";

  /** Verbs that take the count as their object ("killing 20", "injured fourteen"). */
  static final String ACTION =
      "(?<verb>(?:claim(?:s|ed|ing)?|cost|costing)\\s+the\\s+lives\\s+of|kill(?:s|ed|ing)?"
          + "|injur(?:e|es|ed|ing)|wound(?:s|ed|ing)?|massacr(?:e|es|ed|ing)"
          + "|slaughter(?:s|ed|ing)?|shot\\s+dead|shot\\s+and\\s+killed|gunned\\s+down"
          + "|murder(?:s|ed|ing)?|execut(?:e|es|ed|ing)|behead(?:s|ed|ing)?)";

  /** Auxiliaries and adverbs between a count and its verb ("were reportedly", "have been"). */
  static final String AUX =
      "(?<aux>(?:\\s+(?:were|was|are|is|be|been|being|have|has|had|got|get|reportedly|also"
          + "|allegedly|all|later|subsequently|eventually|confirmed|reported|believed|feared"
          + "|found|said|thought|to|critically|seriously|badly|severely|slightly|lightly"
          + "|fatally|mortally|both|already|now|initially|apparently|likely|probably|who"
          + "|that|since|then)){0,4})";

  /** A word that may stand between a count and its verb ("Ukrainian soldiers", "of them"). */
  static final String TOKEN = "[\\p{L}][\\p{L}\\p{M}\\d'’.\\-]*";

  /** One person ("man", "police officer", "journalist"). */
  static final String PERSON =
      "(?<person>police\\s+officer|aid\\s+worker|man|woman|boy|girl|child|baby|infant|teenager"
          + "|person|civilian|resident|villager|farmer|shepherd|worker|employee|student|teacher"
          + "|doctor|nurse|journalist|reporter|photographer|cameraman|activist|protester"
          + "|protestor|demonstrator|soldier|serviceman|servicewoman|officer|policeman"
          + "|policewoman|guard|trooper|militiaman|militant|fighter|insurgent|rebel|gunman"
          + "|attacker|assailant|bomber|suspect|commander|leader|chief|official|politician"
          + "|lawmaker|mayor|governor|judge|priest|imam|cleric|monk|pastor|volunteer|contractor"
          + "|driver|pilot|passenger|pedestrian|seaman|sailor|marine|paratrooper|peacekeeper"
          + "|member|citizen|refugee|migrant|prisoner|detainee|hostage|tourist|wife|husband"
          + "|mother|father|son|daughter|brother|sister|elder|youth|worshipper|pilgrim|merchant"
          + "|trader|shopkeeper)\\b(?!['’]s)";

  /** Words that end a noun phrase: a count before them is not the subject of the verb after. */
  private static final Set<String> STOP =
      Set.of(
          "and",
          "or",
          "but",
          "out",
          "than",
          "which",
          "whom",
          "whose",
          "when",
          "where",
          "while",
          "after",
          "before",
          "in",
          "on",
          "at",
          "for",
          "with",
          "by",
          "from",
          "as",
          "if",
          "because",
          "into",
          "during",
          "against",
          "near",
          "he",
          "she",
          "it",
          "they",
          "we",
          "i",
          "you",
          "his",
          "her",
          "its",
          "our",
          "not",
          "no",
          "nor",
          "said",
          "says",
          "say",
          "told",
          "per",
          "reports",
          "report",
          "word",
          "information",
          "details",
          "sign",
          "signs",
          "evidence",
          "news",
          "indication",
          "confirmation",
          "were",
          "was",
          "are",
          "is",
          "be",
          "been",
          "have",
          "has",
          "had",
          "who",
          "that",
          "also",
          "then",
          "since",
          "to");

  /** Nouns that count things or times, not people. */
  private static final Set<String> UNITS =
      Set.of(
          "year",
          "years",
          "month",
          "months",
          "week",
          "weeks",
          "day",
          "days",
          "hour",
          "hours",
          "minute",
          "minutes",
          "second",
          "seconds",
          "decade",
          "decades",
          "century",
          "centuries",
          "time",
          "times",
          "percent",
          "per",
          "cent",
          "%",
          "a.m.",
          "p.m.",
          "am",
          "pm",
          "o'clock",
          "gmt",
          "utc",
          "km",
          "kilometres",
          "kilometers",
          "miles",
          "metres",
          "meters",
          "feet",
          "dollars",
          "euros",
          "pounds",
          "rupees",
          "afghanis",
          "yuan",
          "usd",
          "eur",
          "million",
          "billion",
          "facilities",
          "facility",
          "provinces",
          "province",
          "districts",
          "district",
          "capitals",
          "villages",
          "towns",
          "cities",
          "houses",
          "homes",
          "buildings",
          "schools",
          "hospitals",
          "rockets",
          "missiles",
          "bombs",
          "shells",
          "drones",
          "mortars",
          "grenades",
          "vehicles",
          "cars",
          "trucks",
          "tanks",
          "aircraft",
          "planes",
          "helicopters",
          "boats",
          "attacks",
          "strikes",
          "airstrikes",
          "raids",
          "explosions",
          "blasts",
          "incidents",
          "rounds",
          "barrels",
          "tonnes",
          "tons",
          "kg",
          "points",
          "votes",
          "seats",
          "cases",
          "animals",
          "cattle",
          "sheep",
          "cows",
          "goats",
          "camels",
          "horses",
          "dogs",
          "trees",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec");

  /** Words before a number that make it a name, not a count ("Resolution 2254", "Route 1"). */
  private static final Set<String> DESIGNATIONS =
      Set.of(
          "resolution",
          "article",
          "no.",
          "number",
          "route",
          "flight",
          "highway",
          "chapter",
          "section",
          "paragraph",
          "room",
          "unit",
          "block",
          "road",
          "street",
          "gate",
          "camp",
          "brigade",
          "battalion",
          "division",
          "regiment",
          "corps",
          "district",
          "sector",
          "zone",
          "phase",
          "level",
          "grade",
          "class",
          "page",
          "volume",
          "law",
          "decree",
          "item",
          "platform",
          "terminal",
          "building",
          "apartment",
          "tower",
          "covid",
          "covid-19",
          "aged",
          "age",
          "ages",
          "su",
          "mig",
          "boeing",
          "airbus");

  /** Words before a four-digit number that make it a year ("in 2019", "since 2003"). */
  private static final Set<String> YEAR_LEADS =
      Set.of(
          "in",
          "since",
          "of",
          "by",
          "from",
          "until",
          "till",
          "during",
          "early",
          "late",
          "mid",
          "year",
          "the",
          "and",
          "to",
          "throughout",
          "before",
          "after");

  private CasualtyWords() {}

  static boolean stops(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return STOP.contains(w) || UNITS.contains(w);
  }

  static boolean isUnit(String word) {
    return UNITS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether the word before a number makes it a name or, for a figure like 2019, a year. */
  static boolean namesNumber(String wordBefore, String number) {
    String w = wordBefore.toLowerCase(Locale.ROOT);
    boolean yearLike = number.matches("(?:1[89]|20)\\d\\d");
    return DESIGNATIONS.contains(w) || yearLike && YEAR_LEADS.contains(w);
  }

  /** "killed", "injured", or null for either ("casualties", "killed or wounded"). */
  static String kindOf(String verb) {
    String v = verb.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (v.matches("casualt.*|.* or .*|.* and .*")) {
      return v.startsWith("shot and") ? kindOf(v.substring("shot and ".length())) : null;
    }
    if (v.matches("injur.*|wound.*|hurt.*|hospitali.*|maimed")) {
      return CasualtyMention.INJURED;
    }
    return CasualtyMention.KILLED;
  }
}
