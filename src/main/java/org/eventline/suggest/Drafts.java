package org.eventline.suggest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.eventline.suggest.casualties.Casualties;
import org.eventline.suggest.places.EventPlace;
import org.eventline.suggest.text.Sentence;

/**
 * The last step of a suggestion run: a headline's candidates are dropped when the body reports an
 * event of the same type (the body has the date and the details), a candidate dated only to a year
 * is dropped, a candidate that repeats an earlier one (same type, sub-type, place and dates) is
 * dropped, and so is a retelling: a later candidate of the same type whose own sentence gives no
 * date, at the same place as an earlier one, or only at the level of that place's country or
 * nowhere ("The El Paso shooting preceded another one ...", "Officials said the three officers were
 * stabbed ..."). The earlier candidate is the event; the retelling's passage is not a second one.
 * The other way round, an undated candidate that a later passage tells again with its date ({@link
 * #toldBetterLater}) gives way to it.
 */
final class Drafts {

  /**
   * Events dated only to a year are left out, as ACLED leaves out events it cannot date to a month
   * (they are mostly background: "In 2019 he survived a drone attack").
   */
  static final String YEAR = "year";

  /**
   * A sentence that counts events off ("The first attack was in Al Noor Mosque ...", "The second
   * attack ..."): each is an event of its own, not the sentence before it going on (when that one
   * counts too) nor commentary, even with only generic words and no date or place of its own; and
   * no retelling when it gives its own toll ("The first bomb went off within the cathedral; the
   * second in its car park" retells the twin bombing).
   */
  /** Ordinals that count events off: "the first attack", "the 2nd blast". */
  private static final String ORDINALS = "first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th";

  /** The events a sentence may count off. */
  private static final String EVENT_NOUNS =
      "attack|shooting|blast|explosion|bombing|bomb|stabbing|strike|airstrike|air strike|raid"
          + "|assault|clash|ambush|incident";

  private static final java.util.regex.Pattern ENUMERATED =
      java.util.regex.Pattern.compile(
          "(?i)^\\W*(?:the |a )?(?:"
              + ORDINALS
              + "|other|another|last|latest) (?:"
              + EVENT_NOUNS
              + ")\\b");

  /** An ordinal part of an event told before: "The first attack", "the second blast". */
  private static final java.util.regex.Pattern ORDINAL_PART =
      java.util.regex.Pattern.compile(
          "(?i)^\\W*(?:the )?(?:" + ORDINALS + ") (?:" + EVENT_NOUNS + ")\\b");

  static boolean enumerated(String sentence) {
    return ENUMERATED.matcher(sentence).find();
  }

  /** True for a sentence opening with an ordinal part of an event ("The first attack ..."). */
  static boolean ordinalPart(String sentence) {
    return ORDINAL_PART.matcher(sentence).find();
  }

  /** A draft whose sentence counts events off and gives its own toll: an event of its own. */
  private static boolean countedOff(Draft d) {
    return enumerated(d.first().text()) && d.casualties().phrase() != null;
  }

  private Drafts() {}

  static List<Suggestion> finish(
      List<Draft> drafts, Sentence headline, Function<Draft, Suggestion> build) {
    Set<String> bodyTypes = new HashSet<>();
    for (Draft d : drafts) {
      if (d.first() != headline) {
        bodyTypes.add(d.type().eventType());
      }
    }
    Set<String> seen = new HashSet<>();
    List<Draft> kept = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.first() == headline && bodyTypes.contains(d.type().eventType())) {
        continue;
      }
      if (drafts.stream().anyMatch(later -> toldBetterLater(d, later))
          || totalOfItsParts(d, drafts)) {
        continue;
      }
      // the violence a court step is about is the report's subject, not a background mention
      if (d.date().precision().equals(YEAR) && !d.date().beforeACourtStep()) {
        continue;
      }
      String key =
          d.type().eventType()
              + "|"
              + d.type().subEventType()
              + "|"
              + d.place().location()
              + "|"
              + d.date().from()
              + "|"
              + d.date().to()
              + (countedOff(d) ? "|" + d.first().start() : "");
      Draft told = kept.stream().filter(k -> retells(d, k)).findFirst().orElse(null);
      if (told != null) {
        Draft withAttacker = withTheAttackersDeath(told, d);
        if (withAttacker != told) {
          kept.set(kept.indexOf(told), withAttacker);
        }
        continue;
      }
      if (seen.add(key)) {
        kept.add(d);
      }
    }
    return kept.stream().map(build).toList();
  }

  /**
   * The next sentence tells that the attacker died ("The attacker was shot dead by police."), with
   * no date of its own, right after an attack whose toll is known: ACLED counts a perpetrator
   * killed in the event among its fatalities, so the quote runs on into that sentence and the toll
   * adds the attacker ("killing four" and the attacker: 5).
   */
  private static final java.util.regex.Pattern ATTACKER_KILLED =
      java.util.regex.Pattern.compile(
          "(?i)^\\W*(?:the|an?) (?:attacker|assailant|gunman|shooter|knifeman|bomber|perpetrator"
              + "|suspect)(?: himself)? (?:was|had been) (?:shot dead|killed|shot and"
              + " killed|fatally shot)\\b");

  private static Draft withTheAttackersDeath(Draft attack, Draft next) {
    Casualties n = next.casualties();
    boolean adjacent =
        next.first().paragraph() == attack.last().paragraph()
            && next.first().start() > attack.last().end()
            && next.first().start() - attack.last().end() <= 2;
    if (!adjacent
        || attack.sentences() >= Draft.MAX_SENTENCES
        || !Integer.valueOf(1).equals(n.killedBest())
        || n.injuredBest() != null
        || n.phrase() == null
        || !ATTACKER_KILLED.matcher(next.first().text()).find()) {
      return attack;
    }
    Casualties sum =
        attack
            .casualties()
            .plusKilled(
                1,
                n.phrase(),
                "in the next sentence: the attacker killed, counted among the fatalities as ACLED"
                    + " counts perpetrators");
    return sum == null ? attack : attack.runOnInto(next.first(), sum, "tells the attacker's death");
  }

  /**
   * Whether an undated draft is told again, dated, by a later one: same type and sub-type, the
   * later date within the undated one's span, at the same place, or the undated one known only at
   * country level in the same country or nowhere ("It was reported on Saturday Sirhan Sirhan was
   * stabbed" before "There was an assault on an inmate on Friday, August 30"). The later passage,
   * which dates it, is the event.
   */
  static boolean toldBetterLater(Draft earlier, Draft later) {
    if (earlier.date().inSentence()
        || !later.date().inSentence()
        || countedOff(earlier)
        || later.first().start() <= earlier.first().start()
        || !later.type().eventType().equals(earlier.type().eventType())
        || !later.type().subEventType().equals(earlier.type().subEventType())
        || later.date().from().isBefore(earlier.date().from())
        || later.date().to().isAfter(earlier.date().to())) {
      return false;
    }
    EventPlace a = earlier.place();
    EventPlace b = later.place();
    return a.country() == null
        || (a.location() != null && a.location().equals(b.location()))
        || (a.onlyTheCountry() && b.country() != null && a.country().equals(b.country()));
  }

  /**
   * Whether a draft is the total of events the article then counts off one by one ("a mass shooting
   * in Christchurch on Friday, which caused the death of at least 50 people", then "The first
   * attack ... left at least 42 people dead", "The second attack ... killing at least eight
   * people"): two or more counted-off drafts of its type and sub-type at its place, dated within
   * its span, whose tolls add up to its own. ACLED codes the parts; the total tells them again.
   */
  static boolean totalOfItsParts(Draft total, List<Draft> drafts) {
    Integer killed = total.casualties().killedBest();
    if (killed == null || countedOff(total)) {
      return false;
    }
    List<Draft> parts =
        drafts.stream()
            .filter(Drafts::countedOff)
            .filter(p -> p.type().eventType().equals(total.type().eventType()))
            .filter(p -> p.type().subEventType().equals(total.type().subEventType()))
            .filter(p -> java.util.Objects.equals(p.place().location(), total.place().location()))
            .filter(
                p ->
                    !p.date().from().isBefore(total.date().from())
                        && !p.date().to().isAfter(total.date().to()))
            .filter(p -> p.casualties().killedBest() != null)
            .toList();
    return parts.size() >= 2
        && parts.stream().mapToInt(p -> p.casualties().killedBest()).sum() == killed;
  }

  /** Whether a later draft tells again the event of an earlier one (see the class comment). */
  static boolean retells(Draft later, Draft earlier) {
    if (later.date().inSentence()
        || countedOff(later)
        || !later.type().eventType().equals(earlier.type().eventType())
        || later.first().start() <= earlier.first().start()) {
      return false;
    }
    EventPlace a = later.place();
    EventPlace b = earlier.place();
    if (a.country() == null) {
      return true;
    }
    if (a.location() != null && a.location().equals(b.location())) {
      return true;
    }
    return a.geoPrecision() >= 3
        && b.country() != null
        && a.country().equals(b.country())
        && later.type().subEventType().equals(earlier.type().subEventType());
  }
}
