package org.eventline.suggest.places;

import java.util.List;
import java.util.Set;
import org.eventline.suggest.text.SentenceTokens;
import org.eventline.suggest.text.Token;

/**
 * What the words around a place name say about it: a unit word after it ("Helmand Province"), a
 * city word before it ("the city of"), "near", a locative cue ("in", "entered"), whether it stands
 * inside a run of capitalised words, at the start of the sentence, or after another place.
 */
record PlaceCues(
    boolean unit,
    int unitWordEnd,
    boolean city,
    boolean near,
    boolean locative,
    boolean embedded,
    boolean sentenceStart,
    boolean otherCountry) {

  /**
   * True for a hyphenated word whose last part is lower case ("Rebel-held", "Russian-controlled"):
   * an adjective, capitalised only at the start of a sentence, never part of a place's name.
   */
  private static boolean lowerCaseAfterHyphen(String word) {
    int hyphen = word.lastIndexOf('-');
    return hyphen > 0
        && hyphen + 1 < word.length()
        && Character.isLowerCase(word.charAt(hyphen + 1));
  }

  /** Words after a name that mark a first-level unit ("Helmand Province"). */
  static final Set<String> UNIT_WORDS =
      words(
          "province",
          "governorate",
          "state",
          "oblast",
          "region",
          "prefecture",
          "county",
          "department",
          "division",
          "wilayat",
          "emirate");

  /** Words before a name that mark a populated place ("the city of Kandahar"). */
  private static final Set<String> CITY_WORDS = words("city", "town", "village", "capital");

  /** Words right before a name that place something there. */
  private static final Set<String> LOCATIVE =
      words(
          "in",
          "at",
          "near",
          "outside",
          "into",
          "from",
          "of",
          "on",
          "to",
          "across",
          "around",
          "inside",
          "toward",
          "towards",
          "entered",
          "struck",
          "hit",
          "attacked",
          "captured",
          "seized",
          "overran",
          "shelled",
          "bombed",
          "raided",
          "stormed",
          "and",
          "within",
          "reached",
          "between",
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "besieged",
          "targeted",
          "town",
          "city",
          "village",
          "district",
          "province");

  /** Words after a place name that name a site in it ("Jolo Cathedral", "Baghdad Airport"). */
  private static final Set<String> FACILITY =
      words(
          "cathedral",
          "church",
          "mosque",
          "airport",
          "international",
          "base",
          "air",
          "prison",
          "hospital",
          "university",
          "stadium",
          "square",
          "police",
          "headquarters",
          "market",
          "city",
          "province",
          "district",
          "camp",
          "port",
          "oil",
          "border",
          "road",
          "highway");

  /** Words after a place's name that make it the name of an armed unit. */
  private static final Set<String> FORCE_UNITS =
      words("battalion", "battalions", "brigade", "brigades", "regiment", "regiments");

  /** The cues of the name from token {@code first} to {@code last}. */
  static PlaceCues of(
      String sentence, List<Token> tokens, int first, int last, List<PlaceMention> before) {
    String prev = first > 0 ? tokens.get(first - 1).lower() : "";
    String prev2 = first > 1 ? tokens.get(first - 2).lower() : "";
    String next = last + 1 < tokens.size() ? tokens.get(last + 1).lower() : "";
    boolean adjacentNext =
        last + 1 < tokens.size()
            && sentence.substring(tokens.get(last).end(), tokens.get(last + 1).start()).equals(" ");
    boolean unit =
        adjacentNext && UNIT_WORDS.contains(next)
            || (prev.equals("of") && UNIT_WORDS.contains(prev2));
    int unitWordEnd = adjacentNext && UNIT_WORDS.contains(next) ? tokens.get(last + 1).end() : -1;
    boolean city = prev.equals("of") && CITY_WORDS.contains(prev2) || CITY_WORDS.contains(prev);
    boolean near = prev.equals("near") || prev.equals("outside") || prev.equals("nearby");
    boolean locative =
        LOCATIVE.contains(prev)
            || (prev.isEmpty() == false
                && !before.isEmpty()
                && before.get(before.size() - 1).end() >= tokens.get(first).start() - 6);
    // "In Kyiv, ...": a capitalised preposition opening the sentence is not part of a name; a
    // possessive ends a name ("Kabul's Paghman district" is Paghman in Kabul)
    boolean embedded =
        (first > 0
                && tokens.get(first - 1).capitalized()
                && !LOCATIVE.contains(prev)
                && !tokens.get(first - 1).possessive()
                && !lowerCaseAfterHyphen(tokens.get(first - 1).text())
                && sentence
                    .substring(tokens.get(first - 1).end(), tokens.get(first).start())
                    .equals(" "))
            || (adjacentNext
                && !tokens.get(last).possessive()
                && tokens.get(last + 1).capitalized()
                && !UNIT_WORDS.contains(next)
                && !FACILITY.contains(next));
    // in a headline written in title case every word is capitalised: none is part of a name
    embedded = embedded && !titleCase(tokens);
    // a unit named after a place ("Ukraine's Azov battalion", "the Aidar battalion") is a name
    embedded = embedded || (adjacentNext && FORCE_UNITS.contains(next));
    boolean placeBefore =
        before.stream()
            .anyMatch(
                p ->
                    p.level() == PlaceMention.Level.CITY || p.level() == PlaceMention.Level.ADMIN1);
    return new PlaceCues(
        unit, unitWordEnd, city, near, locative, embedded, first == 0, placeBefore);
  }

  /**
   * True for a headline in title case ("Mogadishu Explosions Target Federal Govt Soldiers"): at
   * least four words of four letters or more, nearly all capitalised.
   */
  static boolean titleCase(List<Token> tokens) {
    int words = 0;
    int capitalised = 0;
    for (Token t : tokens) {
      if (t.text().length() >= 4 && Character.isLetter(t.text().charAt(0))) {
        words++;
        if (t.capitalized()) {
          capitalised++;
        }
      }
    }
    return words >= 4 && capitalised * 10 >= words * 9;
  }

  /** Prepositions that put an event in a country ("in Iraq", "into north-eastern Syria"). */
  private static final Set<String> IN_COUNTRY =
      words(
          "in",
          "into",
          "across",
          "inside",
          "throughout",
          "at",
          "near",
          "within",
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "north-eastern",
          "north-western",
          "south-eastern",
          "south-western",
          "northeastern",
          "northwestern",
          "southeastern",
          "southwestern");

  private static final Set<String> DIRECTIONS =
      words(
          "north",
          "south",
          "east",
          "west",
          "northeast",
          "northwest",
          "southeast",
          "southwest",
          "north-east",
          "north-west",
          "south-east",
          "south-west",
          "border",
          "borders");

  /**
   * True for a name that opens its sentence followed by a colon: the wire headline's way of saying
   * where the story is ("Somalia: Roadside bomb targets Kenyan military convoy").
   */
  static boolean dateline(SentenceTokens words, int first, int last) {
    int end = words.token(last).end();
    return first == 0 && end < words.text().length() && words.text().charAt(end) == ':';
  }

  /** True when the words around a country name put an event in it ("in Iraq", "Syria's north"). */
  static boolean countryLocative(List<Token> tokens, int first, int last) {
    int before = first - 1;
    // "in the Gaza Strip", "in the occupied West Bank"
    if (before > 0 && tokens.get(before).lower().equals("occupied")) {
      before--;
    }
    if (before > 0 && tokens.get(before).lower().equals("the")) {
      before--;
    }
    String prev = before >= 0 ? tokens.get(before).lower() : "";
    if (IN_COUNTRY.contains(prev)) {
      return true;
    }
    return tokens.get(last).possessive()
        && last + 1 < tokens.size()
        && DIRECTIONS.contains(tokens.get(last + 1).lower());
  }

  /**
   * True when the country closes a place the gazetteer does not know, written the way coders and
   * wire services write it: "in Lower Jubba, Somalia", "near Kamkam, Niger" (a locative word, one
   * to four capitalised words, a comma, the country).
   */
  static boolean closesUnknownPlace(SentenceTokens words, int first) {
    if (first < 2 || !words.gapIs(first, ", ")) {
      return false;
    }
    int k = first - 1;
    int names = 0;
    while (k >= 0 && names < 4 && Character.isUpperCase(words.token(k).text().charAt(0))) {
      if (names > 0 && !words.gapIs(k + 1, " ")) {
        return false;
      }
      names++;
      k--;
    }
    return names > 0 && k >= 0 && words.gapIs(k + 1, " ") && IN_COUNTRY.contains(words.lower(k));
  }

  /**
   * True when {@link #of} would find the name {@code locative()} or {@code near()}, read from the
   * word before it alone (and where the last place found ends), without the other cues' work.
   */
  static boolean placeFollows(List<Token> tokens, int first, List<PlaceMention> before) {
    String prev = first > 0 ? tokens.get(first - 1).lower() : "";
    return LOCATIVE.contains(prev)
        || prev.equals("near")
        || prev.equals("outside")
        || prev.equals("nearby")
        || (!prev.isEmpty()
            && !before.isEmpty()
            && before.get(before.size() - 1).end() >= tokens.get(first).start() - 6);
  }

  /** True when "near" or "outside" stands right before the name. */
  static boolean nearBefore(List<Token> tokens, int first) {
    String prev = first > 0 ? tokens.get(first - 1).lower() : "";
    return prev.equals("near") || prev.equals("outside");
  }

  private static Set<String> words(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }
}
