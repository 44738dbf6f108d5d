package org.eventline.suggest.places;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses among the gazetteer entries of a name: places in the preferred countries (the article's
 * country first) win, then first-level units when the text says "Province", cities when it says
 * "the city of", then capitals and seats, then population; outside the preferred countries only
 * large places, provinces named as such, or a small place a locative cue names and whose name lies
 * in one country; an alternate spelling only for a city of a million, or of 100,000 when other
 * countries have only hamlets of that spelling.
 */
final class PlaceChoice {

  private final Countries countries;

  PlaceChoice(Countries countries) {
    this.countries = countries;
  }

  /** The best entry for a name given its cues, if any is acceptable. */
  Optional<Gazetteer.Entry> best(
      List<Gazetteer.Entry> entries, PlaceCues cues, List<String> preferred) {
    boolean oneCountry = entries.stream().map(e -> e.place().country()).distinct().count() == 1;
    return entries.stream()
        .filter(e -> acceptable(e, entries, cues, preferred, oneCountry))
        .max(
            Comparator.comparingDouble((Gazetteer.Entry e) -> score(e, cues, preferred))
                .thenComparing(
                    e -> e.place().country() + e.place().admin1() + e.place().name(),
                    Comparator.reverseOrder()));
  }

  /**
   * True for a place of 100,000 people or more beside which every other place of the name is a
   * hamlet of another country (under 1,000 people, no seat): "Lugansk" is Luhansk, not the Kazakh
   * village of that name.
   */
  private static boolean dominant(Gazetteer.Entry e, List<Gazetteer.Entry> entries) {
    return e.place().population() >= 100_000
        && entries.stream()
            .filter(x -> x != e && !x.place().country().equals(e.place().country()))
            .allMatch(
                x ->
                    x.place().population() < 1000
                        && !x.place().isSeat()
                        && !x.place().admin1Unit());
  }

  private boolean acceptable(
      Gazetteer.Entry e,
      List<Gazetteer.Entry> entries,
      PlaceCues cues,
      List<String> preferred,
      boolean oneCountry) {
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
    // an alternate spelling ("Lugansk") of a large place, the only place of that spelling
    return pop >= 1_000_000
        || (!cues.sentenceStart() && dominant(e, entries))
        || townWrittenAnotherWay(e, entries, cues);
  }

  /**
   * True for the one place of a spelling, a town of 10,000 people or more, where the text says a
   * place follows and no other town or unit of the sentence comes before it: "Shelling in Daraya"
   * is Darayya, Syria. GeoNames' alternate spellings include other languages' words, so a smaller
   * place, a spelling two places share, or a name without "in" or "near" before it is not taken
   * without the article's country. The unit a seat heads, spelled as it is ("Saada" is Sa'dah and
   * Sa'dah governorate), is not another place.
   */
  private static boolean townWrittenAnotherWay(
      Gazetteer.Entry e, List<Gazetteer.Entry> entries, PlaceCues cues) {
    return entries.stream().allMatch(x -> x == e || unitOf(x.place(), e.place()))
        && e.place().population() >= 10_000
        && !e.place().admin1Unit()
        && cues.locative()
        && !cues.sentenceStart()
        && !cues.otherCountry();
  }

  /** True when {@code unit} is the first-level unit {@code town} lies in. */
  private static boolean unitOf(Place unit, Place town) {
    return unit.admin1Unit()
        && unit.country().equals(town.country())
        && unit.admin1().equals(town.admin1());
  }

  private double score(Gazetteer.Entry e, PlaceCues cues, List<String> preferred) {
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

  /** How the place was chosen, for the suggestion's notes. */
  String reason(String phrase, Gazetteer.Entry e, PlaceCues cues, List<String> preferred) {
    Place p = e.place();
    StringBuilder r = new StringBuilder("'" + phrase + "' -> " + p.asciiName());
    if (!p.admin1().isEmpty() && !p.admin1Unit()) {
      r.append(", ").append(p.admin1());
    }
    r.append(", ").append(p.country());
    r.append(p.fromDataset() ? " (the dataset's places.yaml" : " (gazetteer ")
        .append(p.fromDataset() ? "" : p.admin1Unit() ? "first-level unit" : "place");
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
}
