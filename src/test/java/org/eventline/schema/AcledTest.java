package org.eventline.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eventline.EventlineException;
import org.junit.jupiter.api.Test;

class AcledTest {

  @Test
  void theConstantsAreTheSchemasValuesInItsOrder() {
    EventSchema schema = EventSchema.load();
    for (String field : new String[] {"actor1_category", "actor2_category"}) {
      assertEquals(Acled.ACTOR_CATEGORIES, values(schema, field), field);
    }
    assertEquals(Acled.EVENT_TYPES, values(schema, "event_type"));
  }

  @Test
  void aSchemaThatRenamesOneFailsToLoadAndSaysWhich() throws Exception {
    String event = Files.readString(Path.of("schema/event.schema.json"));
    String curation = Files.readString(Path.of("schema/curation.schema.json"));
    assertTrue(event.contains("\"State forces\""));
    EventlineException e =
        assertThrows(
            EventlineException.class,
            () -> EventSchema.of(event.replace("\"State forces\"", "\"State force\""), curation));
    assertTrue(e.getMessage().contains("actor1_category has no 'State forces'"), e.getMessage());
    assertTrue(e.getMessage().contains("actor2_category has no 'State forces'"), e.getMessage());
  }

  private static java.util.List<String> values(EventSchema schema, String field) {
    return schema.fields().stream()
        .filter(f -> f.name().equals(field))
        .findFirst()
        .orElseThrow()
        .enumValues();
  }
}
