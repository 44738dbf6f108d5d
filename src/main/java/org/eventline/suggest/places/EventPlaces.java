package org.eventline.suggest.places;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Where the event of a sentence happened: each place the sentence names ({@link EventPlace#of(List,
 * Country)}), the capital city when it says "the capital", else the last place of the paragraph,
 * else the last town of the article when the sentence points back to it ("the city's", "local") or
 * names a site in it the gazetteer does not list ("in Al Noor Mosque"), else the article's country
 * at country level.
 */
public final class EventPlaces {

  /** Words that point back to the town an article is about ("the city's", "local"). */
  private static final java.util.regex.Pattern TOWN_ANAPHORA =
      java.util.regex.Pattern.compile("(?i)\\b(the (city|town|village)('s)?|local(?! time))\\b");

  /**
   * A site the sentence places the event at, named with capitals and a kind of building or ground
   * the gazetteer does not list ("in Al Noor Mosque", "in Forbury Gardens"), in group {@code site}.
   */
  private static final java.util.regex.Pattern SITE =
      java.util.regex.Pattern.compile(
          "\\b(?:in|at|inside|outside|near) (?:the )?(?<site>(?:\\p{Lu}[\\p{L}'’.-]*\\s){1,4}"
              + "(?:Mosque|Church|Cathedral|Synagogue|Temple|Shrine|Gardens?|Park|Hall|Square"
              + "|Market|Bazaar|Mall|Hotel|Hospital|Clinic|School|University|College|Stadium"
              + "|Arena|Station|Prison|Jail|Centre|Center|Bridge|Street|Road|Avenue|Embassy"
              + "|Consulate|Headquarters|Palace|Theatre|Theater|Club|Restaurant|Cafe|Café"
              + "|Bar|Pub))\\b");

  /** "the capital", "the country's capital": the capital city of the country in question. */
  private static final java.util.regex.Pattern CAPITAL =
      java.util.regex.Pattern.compile("(?i)\\bthe (country's |nation's )?capital\\b(?!s| of)");

  /**
   * "The capital" where the text says a place follows, beside other places ("people killed and
   * wounded in the capital and the Eastern Ghouta"), and not followed by the capital's name.
   */
  private static final java.util.regex.Pattern CAPITAL_PLACED =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:in|near|on|at|around|outside|into|across|inside|hit|struck) the"
              + " (?:country's |nation's )?capital\\b(?!s| of| city| ?,? ?(?-i:\\p{Lu}))");

  /**
   * A town the sentence calls a capital, which "the capital" may then mean ("Nyala, the capital
   * of").
   */
  private static final java.util.regex.Pattern CAPITAL_NAMED =
      java.util.regex.Pattern.compile(
          "(?i)\\bcapital (?:city )?of\\b|\\bthe (?:country's |nation's )?capital,? (?-i:\\p{Lu})");

  /** The capital's surroundings: "the outskirts of the capital". */
  private static final java.util.regex.Pattern CAPITAL_SURROUNDINGS =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:outskirts|countryside|suburbs|environs|periphery) of the capital\\b");

  private final Gazetteer gazetteer;
  private final RegionNames regions = RegionNames.shipped();

  public EventPlaces(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The event places of a sentence, given what earlier sentences named (each may be null). */
  public List<EventPlace> of(
      String text,
      List<PlaceMention> found,
      PlaceMention paragraphPlace,
      PlaceMention articleTown,
      Country country) {
    List<EventPlace> eventPlaces = EventPlace.of(found, country);
    eventPlaces = theCapital(text, eventPlaces, country);
    if (eventPlaces.isEmpty() && paragraphPlace != null) {
      EventPlace p = EventPlace.of(paragraphPlace);
      eventPlaces =
          List.of(p.fromOutsideTheSentence("place named earlier in the paragraph: " + p.reason()));
    }
    if (eventPlaces.isEmpty() && articleTown != null) {
      String why = inTheArticlesTown(text);
      if (why != null) {
        EventPlace p = EventPlace.of(articleTown);
        eventPlaces = List.of(p.fromOutsideTheSentence(why + p.reason()));
      }
    }
    if (eventPlaces.isEmpty() && country != null) {
      eventPlaces =
          List.of(
              EventPlace.countryLevel(
                  country,
                  gazetteer.capital(country.alpha2()).orElse(null),
                  false,
                  "no place in the sentence or its paragraph; the article's country "
                      + country.name()));
    }
    if (eventPlaces.isEmpty()) {
      eventPlaces =
          List.of(
              EventPlace.unknown(
                  "left empty: no place the gazetteer knows in the sentence, its paragraph or the"
                      + " article"));
    }
    return eventPlaces;
  }

  /**
   * Why a sentence with no place of its own is in the last town the article named: it points back
   * to it ("the city's") or names a site in it the gazetteer does not list ("in Al Noor Mosque");
   * null when it does neither.
   */
  private static String inTheArticlesTown(String text) {
    if (TOWN_ANAPHORA.matcher(text).find()) {
      return "'the city', 'the town' or 'local' refers back to the last town named: ";
    }
    java.util.regex.Matcher site = SITE.matcher(text);
    return site.find()
        ? "'"
            + site.group("site")
            + "' is a site the gazetteer does not list: in the last town the article named, "
        : null;
  }

  /**
   * "The capital": a sentence that places the event only there (no town named, at most a country)
   * is in the capital city of that country (else of the article's country); one that names other
   * places beside "in the capital" ("killed in the capital and the Eastern Ghouta") has the capital
   * as another place, of the country of the places it names, unless it calls a town a capital
   * ("Nyala, the capital of South Darfur, and clashes in the capital"). "The outskirts of the
   * capital" are the unit its surroundings lie in when {@link RegionNames} lists one ("the
   * outskirts of the capital" of Syria are Rif Dimashq).
   */
  private List<EventPlace> theCapital(String text, List<EventPlace> eventPlaces, Country country) {
    if (!CAPITAL.matcher(text).find()) {
      return eventPlaces;
    }
    boolean countryOnly = eventPlaces.size() == 1 && eventPlaces.get(0).onlyTheCountry();
    boolean alone = eventPlaces.isEmpty() || countryOnly;
    if (!alone
        && (!(CAPITAL_PLACED.matcher(text).find() || CAPITAL_SURROUNDINGS.matcher(text).find())
            || CAPITAL_NAMED.matcher(text).find()
            || eventPlaces.size() >= EventPlace.MAX_PER_SENTENCE)) {
      return eventPlaces;
    }
    Country of = eventPlaces.isEmpty() ? country : eventPlaces.get(0).country();
    if (of == null || of.region() != null) {
      return eventPlaces;
    }
    Optional<Place> capital = gazetteer.capital(of.alpha2());
    if (capital.isEmpty()) {
      return eventPlaces;
    }
    Place c = capital.get();
    EventPlace place = surroundings(text, c, of);
    if (place == null) {
      place =
          new EventPlace(
              c.name(),
              blankToNull(c.admin1()),
              blankToNull(c.admin2()),
              of,
              new BigDecimal(c.latitude()),
              new BigDecimal(c.longitude()),
              1,
              true,
              "'the capital' -> " + c.asciiName() + ", the capital of " + of.name());
    }
    if (alone) {
      return List.of(place);
    }
    EventPlace added = place;
    boolean unit = added.geoPrecision() == 3;
    if (eventPlaces.stream()
        .anyMatch(
            p ->
                added.location().equals(p.location())
                    || (unit && added.admin1() != null && added.admin1().equals(p.admin1())))) {
      return eventPlaces; // the capital, or the unit around it, is named already
    }
    List<EventPlace> out = new java.util.ArrayList<>(eventPlaces);
    out.add(place);
    return out;
  }

  /** The unit the capital's surroundings lie in, where the text says so and the list has one. */
  private EventPlace surroundings(String text, Place capital, Country of) {
    if (!CAPITAL_SURROUNDINGS.matcher(text).find()) {
      return null;
    }
    Optional<RegionNames.Unit> unit =
        regions.surroundingsOf(org.eventline.suggest.text.NameKey.of(capital.asciiName()));
    Optional<Place> u =
        unit.flatMap(x -> gazetteer.admin1Unit(x.alpha2(), x.admin1()))
            .filter(x -> x.country().equals(of.alpha2()));
    if (u.isEmpty()) {
      return null;
    }
    Place p = u.get();
    return new EventPlace(
        p.name(),
        p.admin1(),
        null,
        of,
        new BigDecimal(p.latitude()),
        new BigDecimal(p.longitude()),
        3,
        true,
        "'the outskirts of the capital' -> "
            + p.asciiName()
            + ", the unit around "
            + capital.asciiName()
            + " (region-names.tsv): geo_precision 3 at its seat");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
