package org.eventline.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the places a sentence names: countries (with their aliases and demonyms), first-level units
 * and populated places of the gazetteer. Only capitalised words are looked up. When a name is
 * ambiguous, places in the preferred countries (the article's country first) win, then first-level
 * units when the text says "Province", cities when it says "the city of", then capitals and seats,
 * then population. Outside the preferred countries only a place's own name counts, and only for a
 * capital, a place of 100,000 people or a province named as one. An alternate name ("Kondoz",
 * "Bust") counts only after a locative cue ("in", "near", "entered"), or for a place of 100,000
 * people not at the start of a sentence. A small place outside the preferred countries counts when
 * a locative cue names it and every place of that name lies in one country ("shot dead in
 * Mbengwi"). A name inside a run of capitalised words ("Anne Hidalgo", "Vladimir Rebic") counts
 * only for a large place or a seat in a preferred country. Common words of news English ({@link
 * #COMMON_WORDS}) and actor names are never places.
 */
public final class PlaceFinder {

  private static final int MAX_WORDS = 6;

  /** An Arabic article before a name, tried without when the whole name is unknown. */
  private static final java.util.regex.Pattern ARTICLE =
      java.util.regex.Pattern.compile("(?i)(al|el|ad|ar|as|ash|az)[- ]");

  /** Lower-case words that may stand inside a place name ("Rio de Janeiro", "Bani Suheila"). */
  private static final Set<String> PARTICLES =
      words(
          "de", "del", "da", "do", "dos", "das", "la", "le", "les", "el", "al", "ad", "as", "an",
          "ar", "ash", "az", "of", "on", "upon", "sur", "am", "im", "an-", "bin", "ibn", "y");

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

  /**
   * Capitalised words of news English that are also (small) place names somewhere, never a place
   * when they stand alone ({@code not-places.txt}).
   */
  static final Set<String> COMMON_WORDS = wordList("not-places.txt");

  private final Gazetteer gazetteer;
  private final Countries countries;
  private final Set<String> excluded;

  /**
   * @param excluded keys of names that are never places (actor names and aliases)
   */
  public PlaceFinder(Gazetteer gazetteer, Countries countries, Set<String> excluded) {
    this.gazetteer = gazetteer;
    this.countries = countries;
    this.excluded = Set.copyOf(excluded);
  }

  public Countries countries() {
    return countries;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * The places a sentence names, in text order.
   *
   * @param preferred alpha-2 codes of the countries to prefer, most preferred first
   */
  public List<PlaceMention> find(String sentence, List<String> preferred) {
    List<Token> tokens = Token.of(sentence);
    List<PlaceMention> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int next = i + 1;
      if (startsName(tokens.get(i))) {
        for (int last = Math.min(tokens.size(), i + MAX_WORDS) - 1; last >= i; last--) {
          Optional<PlaceMention> m = match(sentence, tokens, i, last, preferred, found);
          if (m.isPresent()) {
            found.add(m.get());
            next = Math.max(last + 1, indexAfter(tokens, m.get().end()));
            break;
          }
        }
      }
      i = next;
    }
    return found;
  }

  private static boolean startsName(Token t) {
    return t.capitalized() || t.text().startsWith("al-") || t.text().startsWith("el-");
  }

  private static int indexAfter(List<Token> tokens, int end) {
    int i = 0;
    while (i < tokens.size() && tokens.get(i).start() < end) {
      i++;
    }
    return i;
  }

  private Optional<PlaceMention> match(
      String sentence,
      List<Token> tokens,
      int first,
      int last,
      List<String> preferred,
      List<PlaceMention> before) {
    if (!shapeOk(sentence, tokens, first, last)) {
      return Optional.empty();
    }
    int start = tokens.get(first).start();
    Token lastToken = tokens.get(last);
    int end = lastToken.start() + lastToken.bare().length();
    String phrase = sentence.substring(start, end);
    String key = NameKey.of(phrase);
    if (excluded.contains(key) || (first == last && COMMON_WORDS.contains(key))) {
      return Optional.empty();
    }
    Optional<Country> country = countries.byName(phrase);
    if (country.isPresent()
        && !(first == last
            && phrase.length() <= 3
            && !phrase.equals(phrase.toUpperCase(Locale.ROOT)))) {
      Place capital = capitalOf(country.get());
      return Optional.of(
          new PlaceMention(
              start,
              end,
              phrase,
              PlaceMention.Level.COUNTRY,
              capital,
              country.get(),
              near(tokens, first),
              countryLocative(tokens, first, last),
              "country name '" + phrase + "'"));
    }
    Optional<Country> demonym = countries.byDemonym(phrase);
    if (demonym.isPresent()) {
      return Optional.of(
          new PlaceMention(
              start,
              end,
              phrase,
              PlaceMention.Level.DEMONYM,
              null,
              demonym.get(),
              false,
              false,
              "demonym '" + phrase + "'"));
    }
    List<Gazetteer.Entry> entries = gazetteer.lookup(phrase);
    if (entries.isEmpty() && ARTICLE.matcher(phrase).lookingAt()) {
      entries = gazetteer.lookup(ARTICLE.matcher(phrase).replaceFirst(""));
    }
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    Cues cues = cues(sentence, tokens, first, last, before);
    return best(entries, cues, preferred)
        .map(
            e -> {
              Place p = e.place();
              int mentionEnd = cues.unitWordEnd() > 0 && p.admin1Unit() ? cues.unitWordEnd() : end;
              Country c = countries.byCode(p.country()).orElseThrow();
              return new PlaceMention(
                  start,
                  mentionEnd,
                  sentence.substring(start, mentionEnd),
                  p.admin1Unit() ? PlaceMention.Level.ADMIN1 : PlaceMention.Level.CITY,
                  p,
                  c,
                  cues.near(),
                  cues.locative(),
                  reason(phrase, e, cues, preferred));
            });
  }

  private Place capitalOf(Country country) {
    return gazetteer.capital(country.alpha2()).orElse(null);
  }

  private static boolean shapeOk(String sentence, List<Token> tokens, int first, int last) {
    if (!tokens.get(last).capitalized()) {
      return false;
    }
    for (int k = first + 1; k <= last; k++) {
      Token t = tokens.get(k);
      String gap = sentence.substring(tokens.get(k - 1).end(), t.start());
      if (!gap.equals(" ") && !gap.equals("-")) {
        return false;
      }
      if (k < last && !t.capitalized() && !PARTICLES.contains(t.lower())) {
        return false;
      }
      if (k > first && tokens.get(k - 1).bare().length() != tokens.get(k - 1).text().length()) {
        return false;
      }
    }
    return true;
  }

  /** What the words around a name say about it. */
  private record Cues(
      boolean unit,
      int unitWordEnd,
      boolean city,
      boolean near,
      boolean locative,
      boolean embedded,
      boolean sentenceStart,
      boolean otherCountry) {}

  private static Cues cues(
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
    boolean embedded =
        (first > 0
                && tokens.get(first - 1).capitalized()
                && sentence
                    .substring(tokens.get(first - 1).end(), tokens.get(first).start())
                    .equals(" "))
            || (adjacentNext
                && tokens.get(last + 1).capitalized()
                && !UNIT_WORDS.contains(next)
                && !FACILITY.contains(next));
    boolean placeBefore =
        before.stream()
            .anyMatch(
                p ->
                    p.level() == PlaceMention.Level.CITY || p.level() == PlaceMention.Level.ADMIN1);
    return new Cues(unit, unitWordEnd, city, near, locative, embedded, first == 0, placeBefore);
  }

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

  private Optional<Gazetteer.Entry> best(
      List<Gazetteer.Entry> entries, Cues cues, List<String> preferred) {
    boolean oneCountry = entries.stream().map(e -> e.place().country()).distinct().count() == 1;
    return entries.stream()
        .filter(e -> acceptable(e, cues, preferred, oneCountry))
        .max(
            Comparator.comparingDouble((Gazetteer.Entry e) -> score(e, cues, preferred))
                .thenComparing(
                    e -> e.place().country() + e.place().admin1() + e.place().name(),
                    Comparator.reverseOrder()));
  }

  private boolean acceptable(
      Gazetteer.Entry e, Cues cues, List<String> preferred, boolean oneCountry) {
    Place p = e.place();
    long pop = p.population();
    boolean big = pop >= 100_000 || p.featureCode().equals("PPLC");
    if (cues.embedded() && !(rank(p, preferred) >= 0 && (big || p.isSeat() || p.admin1Unit()))) {
      return false;
    }
    if (rank(p, preferred) >= 0) {
      if (e.primaryName()) {
        return !cues.sentenceStart() || pop >= 1000 || p.admin1Unit() || p.isSeat();
      }
      return cues.locative() || cues.unit() || (!cues.sentenceStart() && pop >= 100_000);
    }
    if (cues.unit() && !p.admin1Unit()) {
      return false;
    }
    if (e.primaryName()) {
      return big
          || (p.admin1Unit() && (cues.unit() || pop >= 100_000))
          || (cues.locative() && !cues.sentenceStart() && oneCountry && !cues.otherCountry());
    }
    return pop >= 1_000_000;
  }

  private double score(Gazetteer.Entry e, Cues cues, List<String> preferred) {
    Place p = e.place();
    double s = 0;
    int rank = rank(p, preferred);
    if (rank >= 0) {
      s += 100 - 5 * Math.min(rank, 10);
    }
    if (p.admin1Unit()) {
      s += cues.unit() ? 60 : -1;
    } else if (cues.city()) {
      s += 60;
    } else if (cues.unit()) {
      s -= 30;
    }
    s += e.primaryName() ? 20 : 0;
    s += Math.log10(p.population() + 1) * 5;
    s +=
        switch (p.featureCode()) {
          case "PPLC" -> 15;
          case "PPLA" -> 10;
          case "ADM1" -> 8;
          case "PPLA2" -> 5;
          default -> 0;
        };
    return s;
  }

  private int rank(Place p, List<String> preferred) {
    int i = preferred.indexOf(p.country());
    if (i < 0) {
      Optional<Country> c = countries.byCode(p.country());
      if (c.isPresent() && !c.get().codedAs().equals(p.country())) {
        i = preferred.indexOf(c.get().codedAs());
      }
    }
    return i;
  }

  private String reason(String phrase, Gazetteer.Entry e, Cues cues, List<String> preferred) {
    Place p = e.place();
    StringBuilder r = new StringBuilder("'" + phrase + "' -> " + p.asciiName());
    if (!p.admin1().isEmpty() && !p.admin1Unit()) {
      r.append(", ").append(p.admin1());
    }
    r.append(", ").append(p.country());
    r.append(" (gazetteer ").append(p.admin1Unit() ? "first-level unit" : "place");
    if (!e.primaryName()) {
      r.append(", alternate name");
    }
    if (rank(p, preferred) == 0) {
      r.append(", in the article's country");
    }
    if (cues.unit()) {
      r.append(", named as a province");
    }
    if (cues.city()) {
      r.append(", named as a city");
    }
    return r.append(")").toString();
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

  private static boolean countryLocative(List<Token> tokens, int first, int last) {
    String prev = first > 0 ? tokens.get(first - 1).lower() : "";
    if (IN_COUNTRY.contains(prev)) {
      return true;
    }
    Token t = tokens.get(last);
    boolean possessive = t.bare().length() != t.text().length();
    return possessive
        && last + 1 < tokens.size()
        && DIRECTIONS.contains(tokens.get(last + 1).lower());
  }

  private static boolean near(List<Token> tokens, int first) {
    String prev = first > 0 ? tokens.get(first - 1).lower() : "";
    return prev.equals("near") || prev.equals("outside");
  }

  private static Set<String> wordList(String resource) {
    try (java.io.InputStream in = PlaceFinder.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new org.eventline.EventlineException("resource " + resource + " is missing");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());
    } catch (java.io.IOException e) {
      throw new org.eventline.EventlineException("cannot read " + resource, e);
    }
  }

  private static Set<String> words(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }
}
