package org.eventline.suggest.casualties;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eventline.suggest.text.Clues;
import org.eventline.suggest.text.Literals;
import org.eventline.suggest.text.Whitespace;

/**
 * The words that tie a count to people killed or injured, and the words that show a count is
 * something else (years, provinces, rockets, money, times).
 */
final class CasualtyWords {

  private static final java.util.regex.Pattern YEAR =
      java.util.regex.Pattern.compile("(?:1[89]|20)\\d\\d");

  private static final java.util.regex.Pattern CASUALTIES_OR_BOTH =
      java.util.regex.Pattern.compile("casualt.*|.* or .*|.* and .*");

  private static final java.util.regex.Pattern INJURED =
      java.util.regex.Pattern.compile("injur.*|wound.*|hurt.*|hospitali.*|maimed|wia");

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
          + "|slain|murdered|massacred|executed|assassinated|beheaded|lynched|perished|bodies"
          + "|lives|kia"
          + "|injured|wounded|hurt|injuries|hospitali[sz]ed|maimed|wia)\\b";

  /** The same for one person ("was shot dead", "died", "was hospitalized"). */
  static final String OUTCOME_ONE =
      "(?<verb>(?:killed|dead)\\s+(?:or|and|and/or)\\s+(?:wounded|injured|hurt)"
          + "|shot\\s+dead|gunned\\s+down|(?:stabbed|beaten|burned|burnt|hacked|crushed)\\s+to\\s+death"
          + "|shot\\s+and\\s+(?:killed|wounded|injured)|lost\\s+(?:his|her)\\s+life|found\\s+dead"
          + "|(?:pronounced|declared)\\s+dead|succumbed\\s+to\\s+(?:his|her)\\s+(?:injuries|wounds)"
          + "|killed|died|dies|dead|murdered|slain|assassinated|executed|beheaded|lynched"
          + "|injured|wounded|hurt|hospitali[sz]ed)\\b";

  /** Verbs that take the count as their object ("killing 20", "injured fourteen"). */
  static final String ACTION =
      "(?<verb>(?:claim(?:s|ed|ing)?|cost|costing)\\s+the\\s+lives\\s+of|kill(?:s|ed|ing)?"
          + "|injur(?:e|es|ed|ing)|wound(?:s|ed|ing)?|massacr(?:e|es|ed|ing)"
          + "|slaughter(?:s|ed|ing)?|shot\\s+dead|shot\\s+and\\s+killed|gunned\\s+down"
          + "|murder(?:s|ed|ing)?|execut(?:e|es|ed|ing)|behead(?:s|ed|ing)?"
          + "|assassinat(?:e|es|ed|ing)|lynch(?:es|ed|ing)?)";

  /** Auxiliaries and adverbs between a count and its verb ("were reportedly", "have been"). */
  static final String AUX =
      "(?<aux>(?:\\s+(?:were|was|are|is|be|been|being|have|has|had|got|get|reportedly|also"
          + "|allegedly|all|later|subsequently|eventually|confirmed|reported|believed|feared"
          + "|found|said|thought|to|critically|seriously|badly|severely|slightly|lightly"
          + "|fatally|mortally|both|already|now|initially|apparently|likely|probably|who"
          + "|that|since|then)){0,4})";

  /** A word that may stand between a count and its verb ("Ukrainian soldiers", "of them"). */
  static final String TOKEN = "[\\p{L}][\\p{L}\\p{M}\\d'’.\\-]*";

  /** Nouns for one person ("man", "police officer", "journalist"). */
  private static final List<String> PEOPLE =
      words(
              "police_officer aid_worker man woman boy girl child baby infant teenager person "
                  + "civilian resident villager farmer shepherd worker employee student teacher "
                  + "doctor nurse journalist reporter photographer cameraman activist protester "
                  + "protestor demonstrator soldier serviceman servicewoman officer policeman "
                  + "policewoman guard trooper militiaman militant fighter insurgent rebel gunman "
                  + "attacker assailant bomber suspect commander leader chief official politician "
                  + "lawmaker mayor governor judge priest imam cleric monk pastor volunteer "
                  + "contractor driver pilot passenger pedestrian seaman sailor marine paratrooper "
                  + "peacekeeper member citizen refugee migrant prisoner detainee hostage tourist "
                  + "wife husband mother father son daughter brother sister elder youth worshipper "
                  + "pilgrim merchant trader shopkeeper singer musician artist actor actress "
                  + "writer poet lawyer engineer scientist professor businessman businesswoman "
                  + "blogger medic paramedic firefighter rescuer sapper deminer sniper conscript "
                  + "recruit cadet colonel captain lieutenant sergeant corporal warlord headman "
                  + "councillor councilor senator minister diplomat ambassador spokesman "
                  + "spokeswoman candidate vendor herder fisherman miner labourer laborer "
                  + "watchman bodyguard translator interpreter toddler pensioner grandmother "
                  + "grandfather nephew niece cousin uncle aunt neighbour neighbor bride groom nun "
                  + "bishop rabbi mullah sheikh observer")
          .stream()
          .map(w -> w.replace('_', ' '))
          .sorted()
          .toList();

  /** Plural nouns for people that are not a word for one person with "s" added. */
  private static final Set<String> PEOPLE_PLURALS =
      words(
          "people persons men women children troops forces police militias militiamen "
              + "policemen servicemen gunmen fishermen tribesmen civilians personnel staff "
              + "crew members");

  /**
   * True for a word naming people ("soldiers", "insurgents", "policemen", "troops"), as the last
   * word of a group of victims; false for things and times ("days", "rockets").
   */
  static boolean namesPeople(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (PEOPLE_PLURALS.contains(w) || PEOPLE.contains(w)) {
      return true;
    }
    if (w.endsWith("men")) {
      return PEOPLE.contains(w.substring(0, w.length() - 3) + "man");
    }
    return w.endsWith("s") && PEOPLE.contains(w.substring(0, w.length() - 1));
  }

  /** One person, in group {@code person}; not a possessive ("the man's wife"). */
  static final String PERSON =
      PEOPLE.stream()
          .map(p -> p.replace(" ", "\\s+"))
          .collect(Collectors.joining("|", "(?<person>", ")\\b(?!['’]s)"));

  /** Words that end a noun phrase: a count before them is not the subject of the verb after. */
  private static final Set<String> STOP =
      words(
          "and or but out than which whom whose when where while after before in on at for "
              + "with by from as if because into during against near he she it they we i you his "
              + "her its our not no nor said says say told per reports report word information "
              + "details sign signs evidence news indication confirmation were was are is be "
              + "been have has had who that also then since to");

  /** Nouns that count things or times, not people. */
  private static final Set<String> UNITS =
      words(
          "year years month months week weeks day days hour hours minute minutes second "
              + "seconds decade decades century centuries time times percent per cent % a.m. "
              + "p.m. am pm o'clock gmt utc km kilometres kilometers miles metres meters feet "
              + "dollars euros pounds rupees afghanis yuan usd eur million billion facilities "
              + "facility provinces province districts district capitals villages towns cities "
              + "houses homes buildings schools hospitals rockets missiles bombs shells drones "
              + "mortars grenades vehicles cars trucks tanks aircraft planes helicopters boats "
              + "attacks strikes airstrikes raids explosions blasts incidents rounds barrels "
              + "tonnes tons kg points votes seats cases animals cattle sheep cows goats camels "
              + "horses dogs trees january february march april may june july august september "
              + "october november december jan feb mar apr jun jul aug sep sept oct nov dec");

  /** Words before a number that make it a name, not a count ("Resolution 2254", "Route 1"). */
  private static final Set<String> DESIGNATIONS =
      words(
          "resolution article no. number route flight highway chapter section paragraph "
              + "room unit block road street gate camp brigade battalion division regiment corps "
              + "district sector zone phase level grade class page volume law decree item "
              + "platform terminal building apartment tower covid covid-19 aged age ages su mig "
              + "boeing airbus");

  /** Words before a four-digit number that make it a year ("in 2019", "since 2003"). */
  private static final Set<String> YEAR_LEADS =
      words(
          "in since of by from until till during early late mid year the and to throughout "
              + "before after");

  /** Stems of every word of killing or injury: a sentence without one has no casualty count. */
  private static final Literals STEMS =
      literals(
          "kill dead die death fatal slain murder massacr execut perish bodies lives life "
              + "injur wound hurt hospital maim casualt toll shot gunned stabbed beaten burn "
              + "hack crush slaughter behead assassin lynch kia wia alive");

  private static final Literals ACTION_STEMS =
      literals(
          "kill injur wound hurt massacr slaughter shot gunned murder execut behead assassin lynch"
              + " lives");

  /** The first words of every count {@link QuantityReader#PATTERN} reads, figures aside. */
  private static final Set<String> COUNT_STARTS =
      words(
          "a an at no not more over upwards in nearly almost close just about around "
              + "approximately roughly some estimated as up fewer less only exactly another "
              + "between nobody none zero one two three four five six seven eight nine ten "
              + "eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
              + "twenty thirty forty fifty sixty seventy eighty ninety dozen dozens scores hundreds "
              + "thousands tens several many few numerous multiple");

  /** The first words of {@link #PEOPLE}: where a one-person phrase may start. */
  private static final Set<String> PERSON_WORDS =
      PEOPLE.stream().map(p -> p.split(" ")[0]).collect(Collectors.toUnmodifiableSet());

  /** Words that start a count only before certain words: "a" in "a dozen", "at" in "at least". */
  private static final java.util.Map<String, Set<String>> COUNT_LEADS =
      java.util.Map.of(
          "a", words("minimum total further few number handful couple dozen hundred thousand"),
          "an", words("estimated"),
          "at", words("least most"),
          "in", words("excess the"),
          "as", words("many"),
          "up", words("to"),
          "not", words("less"),
          "just", words("under"),
          "close", words("to"));

  private CasualtyWords() {}

  private static Set<String> words(String spaceSeparated) {
    return Set.of(spaceSeparated.split(" "));
  }

  /** The words found in one pass ({@link Clues#has(Literals)}). */
  private static Literals literals(String spaceSeparated) {
    return Literals.of(List.of(spaceSeparated.split(" ")));
  }

  static boolean mayHoldCasualty(Clues clues) {
    return clues.has(STEMS);
  }

  static boolean mayAct(Clues clues) {
    return clues.has(ACTION_STEMS);
  }

  /** How the words of {@link #ACTION} start: a match of it starts with a word starting so. */
  private static final List<String> ACTION_STARTS =
      List.of(
          "claim",
          "cost",
          "kill",
          "injur",
          "wound",
          "massacr",
          "slaughter",
          "shot",
          "gunned",
          "murder",
          "execut",
          "behead",
          "assassinat",
          "lynch");

  /** Whether a phrase of {@link #ACTION} can start at word {@code w}. */
  static boolean mayStartAction(Clues clues, int w) {
    return startsWithAny(clues, w, ACTION_STARTS);
  }

  /**
   * A start-word test for a pattern whose matches start with a word beginning with one of the
   * prefixes (lower case).
   */
  static CasualtyExpressions.StartWord startsWith(String... prefixes) {
    List<String> list = List.of(prefixes);
    return (clues, w) -> startsWithAny(clues, w, list);
  }

  private static boolean startsWithAny(Clues clues, int w, List<String> prefixes) {
    for (String prefix : prefixes) {
      if (clues.wordStartsWith(w, prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a count can start at word {@code w} (a figure, "at least", "dozens"...). */
  static boolean mayStartCount(Clues clues, int w) {
    String word = clues.word(w);
    if (!word.isEmpty() && Character.isDigit(word.charAt(0))) {
      return true;
    }
    Set<String> next = COUNT_LEADS.get(word);
    if (next != null) {
      return w + 1 < clues.wordCount() && next.contains(clues.word(w + 1));
    }
    return COUNT_STARTS.contains(word);
  }

  /** Whether word {@code w} names one person ("man", "journalist") or starts such a name. */
  static boolean mayStartPerson(Clues clues, int w) {
    return PERSON_WORDS.contains(clues.word(w));
  }

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
    boolean yearLike = YEAR.matcher(number).matches();
    return DESIGNATIONS.contains(w) || yearLike && YEAR_LEADS.contains(w);
  }

  /** "killed", "injured", or null for either ("casualties", "killed or wounded"). */
  static String kindOf(String verb) {
    String v = Whitespace.collapse(verb.toLowerCase(Locale.ROOT));
    if (CASUALTIES_OR_BOTH.matcher(v).matches()) {
      return v.startsWith("shot and") ? kindOf(v.substring("shot and ".length())) : null;
    }
    if (INJURED.matcher(v).matches()) {
      return CasualtyMention.INJURED;
    }
    return CasualtyMention.KILLED;
  }
}
