package org.eventline.suggest.places;

import java.util.Objects;

/**
 * A row of the gazetteer: a populated place or a first-level administrative unit.
 *
 * @param name the GeoNames name ("Lashkar Gāh")
 * @param asciiName the name folded to ASCII ("Lashkar Gah"), the one events carry
 * @param country ISO 3166-1 alpha-2 code
 * @param admin1 first-level unit ("Helmand"), or empty
 * @param admin2 second-level unit, or empty
 * @param latitude decimal degrees, 4 decimals as written in the gazetteer
 * @param longitude decimal degrees, 4 decimals as written in the gazetteer
 * @param admin1Unit true for a first-level unit, false for a populated place
 * @param featureCode GeoNames feature code (PPLC, PPLA, PPL, ADM1...), {@value #DATASET} for a
 *     place of the dataset's own list, or empty
 * @param population GeoNames population, 0 when unknown
 */
public record Place(
    String name,
    String asciiName,
    String country,
    String admin1,
    String admin2,
    String latitude,
    String longitude,
    boolean admin1Unit,
    String featureCode,
    long population) {

  /** The feature code of a place of the dataset's own list ({@code places.yaml}). */
  public static final String DATASET = "dataset";

  /**
   * The feature code of a county or district standing for a place, located at its most populous
   * town ({@link Gazetteer#admin2Unit}).
   */
  public static final String SECOND_LEVEL_UNIT = "ADM2";

  public Place {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(asciiName, "asciiName");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(admin1, "admin1");
  }

  /** True for a place of the dataset's own list, whose name events carry as written there. */
  public boolean fromDataset() {
    return featureCode.equals(DATASET);
  }

  /** True for a capital or a seat of a first-level unit. */
  public boolean isSeat() {
    return featureCode.equals("PPLC") || featureCode.equals("PPLA");
  }
}
