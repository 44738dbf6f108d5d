package org.eventline.suggest.places;

import java.util.Objects;

/**
 * A country as events name it.
 *
 * @param alpha2 ISO 3166-1 alpha-2 code of the area the text names (HK for Hong Kong)
 * @param codedAs alpha-2 code of the country events are coded to (CN for Hong Kong, as ACLED does);
 *     equal to alpha2 for most countries
 * @param name English name of the coded country ("China")
 * @param iso3 ISO 3166-1 alpha-3 code of the coded country
 * @param localName the area's own name, used in generic actor names ("Protesters (Hong Kong)")
 * @param region the first-level region the area is coded to, or null (Hong Kong)
 */
public record Country(
    String alpha2, String codedAs, String name, String iso3, String localName, String region) {

  public Country {
    Objects.requireNonNull(alpha2, "alpha2");
    Objects.requireNonNull(codedAs, "codedAs");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(iso3, "iso3");
    Objects.requireNonNull(localName, "localName");
  }
}
