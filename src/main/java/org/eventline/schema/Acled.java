package org.eventline.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * The ACLED names the code decides on (which actor category is a state's, which event type takes
 * protesters), as constants: every one must be a value the schema lists, which {@link EventSchema}
 * checks when it loads, so that a renamed value in {@code event.schema.json} fails at once instead
 * of silently never matching.
 */
public final class Acled {

  /** Actor categories ({@code actor1_category}, {@code actor2_category}). */
  public static final String STATE_FORCES = "State forces";

  public static final String REBEL_GROUPS = "Rebel groups";
  public static final String POLITICAL_MILITIAS = "Political militias";
  public static final String IDENTITY_MILITIAS = "Identity militias";
  public static final String RIOTERS = "Rioters";
  public static final String PROTESTERS = "Protesters";
  public static final String CIVILIANS = "Civilians";
  public static final String EXTERNAL_OTHER_FORCES = "External/Other forces";

  /** Every actor category, in ACLED's order. */
  public static final List<String> ACTOR_CATEGORIES =
      List.of(
          STATE_FORCES,
          REBEL_GROUPS,
          POLITICAL_MILITIAS,
          IDENTITY_MILITIAS,
          RIOTERS,
          PROTESTERS,
          CIVILIANS,
          EXTERNAL_OTHER_FORCES);

  /** Event types ({@code event_type}). */
  public static final String BATTLES = "Battles";

  public static final String PROTESTS = "Protests";
  public static final String RIOTS = "Riots";
  public static final String EXPLOSIONS_REMOTE_VIOLENCE = "Explosions/Remote violence";
  public static final String VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians";
  public static final String STRATEGIC_DEVELOPMENTS = "Strategic developments";

  /** Every event type, in ACLED's order. */
  public static final List<String> EVENT_TYPES =
      List.of(
          BATTLES,
          PROTESTS,
          RIOTS,
          EXPLOSIONS_REMOTE_VIOLENCE,
          VIOLENCE_AGAINST_CIVILIANS,
          STRATEGIC_DEVELOPMENTS);

  /** The sub-event types ({@code sub_event_type}) the code decides on. */
  public static final String PEACEFUL_PROTEST = "Peaceful protest";

  public static final String EXCESSIVE_FORCE_AGAINST_PROTESTERS =
      "Excessive force against protesters";
  public static final String MOB_VIOLENCE = "Mob violence";
  public static final String ARRESTS = "Arrests";
  public static final String ARMED_CLASH = "Armed clash";
  public static final String ATTACK = "Attack";

  /** Those sub-event types. */
  public static final List<String> SUB_EVENT_TYPES =
      List.of(
          PEACEFUL_PROTEST,
          EXCESSIVE_FORCE_AGAINST_PROTESTERS,
          MOB_VIOLENCE,
          ARRESTS,
          ARMED_CLASH,
          ATTACK);

  private Acled() {}

  /**
   * What the schema's fields lack of these names, one line each ("actor1_category has no 'State
   * forces'"); empty when it lists them all.
   */
  static List<String> missingFrom(List<FieldSpec> fields) {
    List<String> missing = new ArrayList<>();
    check(fields, "actor1_category", ACTOR_CATEGORIES, missing);
    check(fields, "actor2_category", ACTOR_CATEGORIES, missing);
    check(fields, "event_type", EVENT_TYPES, missing);
    check(fields, "sub_event_type", SUB_EVENT_TYPES, missing);
    return missing;
  }

  private static void check(
      List<FieldSpec> fields, String field, List<String> names, List<String> missing) {
    List<String> values =
        fields.stream()
            .filter(f -> f.name().equals(field))
            .findFirst()
            .map(FieldSpec::enumValues)
            .orElse(List.of());
    for (String name : names) {
      if (!values.contains(name)) {
        missing.add(field + " has no '" + name + "'");
      }
    }
  }
}
