package org.eventline.suggest.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eventline.suggest.text.NameKey;
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
              PlaceCues.nearBefore(tokens, first),
              PlaceCues.countryLocative(tokens, first, last),
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
    PlaceCues cues = PlaceCues.of(sentence, tokens, first, last, before);
    return choice
        .best(entries, cues, preferred)
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
                  choice.reason(phrase, e, cues, preferred));
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
