package org.eventline.suggest.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eventline.suggest.text.SentenceTokens;
import org.eventline.suggest.text.Token;

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

  /**
   * Capitalised words of news English that are also (small) place names somewhere, never a place
   * when they stand alone ({@code not-places.txt}).
   */
  static final Set<String> COMMON_WORDS = wordList("/org/eventline/suggest/not-places.txt");

  private final Gazetteer gazetteer;
  private final Countries countries;
  private final Set<String> excluded;
  private final PlaceChoice choice;

  /**
   * @param excluded keys of names that are never places (actor names and aliases)
   */
  public PlaceFinder(Gazetteer gazetteer, Countries countries, Set<String> excluded) {
    this.gazetteer = gazetteer;
    this.countries = countries;
    this.excluded = Set.copyOf(excluded);
    this.choice = new PlaceChoice(countries);
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
    return find(names(new SentenceTokens(sentence)), preferred);
  }

  /**
   * The names of a sentence, each span looked up at most once however often {@link
   * #find(PlaceNames, List)} is asked with other preferred countries.
   */
  public PlaceNames names(SentenceTokens words) {
    return new PlaceNames(words);
  }

  /**
   * The places of a sentence, in text order.
   *
   * @param preferred alpha-2 codes of the countries to prefer, most preferred first
   */
  public List<PlaceMention> find(PlaceNames names, List<String> preferred) {
    SentenceTokens words = names.words();
    List<Token> tokens = words.tokens();
    List<PlaceMention> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int next = i + 1;
      if (startsName(tokens.get(i))) {
        for (int last = Math.min(tokens.size(), i + MAX_WORDS) - 1; last >= i; last--) {
          PlaceMention m = match(names, i, last, preferred, found);
          if (m != null) {
            found.add(m);
            next = Math.max(last + 1, indexAfter(tokens, m.end()));
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

  /** The place the span names, or null. */
  private PlaceMention match(
      PlaceNames names, int first, int last, List<String> preferred, List<PlaceMention> before) {
    PlaceNames.Named named = names.named(first, last);
    if (named == null) {
      named = lookUp(names.words(), first, last);
      names.keep(first, last, named);
    }
    if (named.mention() != null || named.entries() == null) {
      return named.mention();
    }
    return choose(names.words(), first, last, named.entries(), preferred, before);
  }

  /** What a span names whatever the preferred countries: a country, a demonym, or entries. */
  private PlaceNames.Named lookUp(SentenceTokens words, int first, int last) {
    if (!shapeOk(words, first, last)) {
      return PlaceNames.Named.NOTHING;
    }
    String key = words.key(first, last);
    if (excluded.contains(key) || (first == last && COMMON_WORDS.contains(key))) {
      return PlaceNames.Named.NOTHING;
    }
    String phrase = words.phrase(first, last);
    Country country = countryNamed(words, first, last);
    if (country != null
        && !(first == last
            && phrase.length() <= 3
            && !phrase.equals(phrase.toUpperCase(Locale.ROOT)))) {
      return PlaceNames.Named.of(countryMention(words, first, last, country));
    }
    Optional<Country> demonym = countries.byDemonymKey(key);
    if (demonym.isPresent()) {
      return PlaceNames.Named.of(demonymMention(words, first, last, demonym.get()));
    }
    List<Gazetteer.Entry> entries = gazetteer.lookupKey(key);
    if (entries.isEmpty() && ARTICLE.matcher(phrase).lookingAt()) {
      entries = gazetteer.lookup(ARTICLE.matcher(phrase).replaceFirst(""));
    }
    return entries.isEmpty() ? PlaceNames.Named.NOTHING : PlaceNames.Named.of(entries);
  }

  /**
   * The country a span names ({@link Countries#byName}: without a leading "the", else as it is), or
   * null.
   */
  private Country countryNamed(SentenceTokens words, int first, int last) {
    String key = words.key(first, last);
    boolean the = last > first && words.token(first).text().equalsIgnoreCase("the");
    return countries.byNameKeys(the ? words.key(first + 1, last) : key, key).orElse(null);
  }

  private PlaceMention countryMention(SentenceTokens words, int first, int last, Country country) {
    List<Token> tokens = words.tokens();
    String phrase = words.phrase(first, last);
    return new PlaceMention(
        tokens.get(first).start(),
        words.spanEnd(last),
        phrase,
        PlaceMention.Level.COUNTRY,
        capitalOf(country),
        country,
        PlaceCues.nearBefore(tokens, first),
        PlaceCues.countryLocative(tokens, first, last),
        "country name '" + phrase + "'");
  }

  private static PlaceMention demonymMention(
      SentenceTokens words, int first, int last, Country country) {
    String phrase = words.phrase(first, last);
    return new PlaceMention(
        words.token(first).start(),
        words.spanEnd(last),
        phrase,
        PlaceMention.Level.DEMONYM,
        null,
        country,
        false,
        false,
        "demonym '" + phrase + "'");
  }

  /** The entry the cues and preferred countries choose for a span, as a mention, or null. */
  private PlaceMention choose(
      SentenceTokens words,
      int first,
      int last,
      List<Gazetteer.Entry> entries,
      List<String> preferred,
      List<PlaceMention> before) {
    String sentence = words.text();
    PlaceCues cues = PlaceCues.of(sentence, words.tokens(), first, last, before);
    Optional<Gazetteer.Entry> best = choice.best(entries, cues, preferred);
    if (best.isEmpty()) {
      return null;
    }
    Gazetteer.Entry e = best.get();
    Place p = e.place();
    int start = words.token(first).start();
    int end = words.spanEnd(last);
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
        choice.reason(words.phrase(first, last), e, cues, preferred));
  }

  private Place capitalOf(Country country) {
    return gazetteer.capital(country.alpha2()).orElse(null);
  }

  private static boolean shapeOk(SentenceTokens words, int first, int last) {
    if (!words.token(last).capitalized()) {
      return false;
    }
    for (int k = first + 1; k <= last; k++) {
      Token t = words.token(k);
      if (!words.gapIs(k, " ") && !words.gapIs(k, "-")) {
        return false;
      }
      if (k < last && !t.capitalized() && !PARTICLES.contains(words.lower(k))) {
        return false;
      }
      Token before = words.token(k - 1);
      if (before.bare().length() != before.text().length()) {
        return false;
      }
    }
    return true;
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
