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

  private final Gazetteer gazetteer;

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
   * A sentence that places the event only in "the capital" (no town named, at most a country): the
   * capital city of that country (else of the article's country), a named place.
   */
  private List<EventPlace> theCapital(String text, List<EventPlace> eventPlaces, Country country) {
    boolean countryOnly = eventPlaces.size() == 1 && eventPlaces.get(0).onlyTheCountry();
    if (!(eventPlaces.isEmpty() || countryOnly) || !CAPITAL.matcher(text).find()) {
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
    return List.of(
        new EventPlace(
            c.name(),
            c.admin1() == null || c.admin1().isBlank() ? null : c.admin1(),
            c.admin2() == null || c.admin2().isBlank() ? null : c.admin2(),
            of,
            new BigDecimal(c.latitude()),
            new BigDecimal(c.longitude()),
            1,
            true,
            "'the capital' -> " + c.asciiName() + ", the capital of " + of.name()));
  }
}
