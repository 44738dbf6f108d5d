package org.eventline.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import org.eventline.testing.SampleEvents;
import org.junit.jupiter.api.Test;

class EventBuilderTest {

  @Test
  void everyComponentOfEventHasASetterOfItsType() throws Exception {
    for (RecordComponent c : Event.class.getRecordComponents()) {
      assertEquals(
          EventBuilder.class,
          EventBuilder.class.getMethod(c.getName(), c.getType()).getReturnType(),
          c.getName());
    }
  }

  @Test
  void aCopyEqualsTheEventAndChangesOnlyWhatIsSet() {
    Event e = SampleEvents.small().get(1);
    assertEquals(e, e.toBuilder().build());
    Event other = e.toBuilder().id("other").build();
    assertEquals("other", other.id());
    assertEquals(e, other.toBuilder().id(e.id()).build());
  }

  @Test
  void aFieldNotSetIsNull() {
    Event e = Event.builder("x").build();
    for (RecordComponent c : Event.class.getRecordComponents()) {
      if (!c.getName().equals("id")) {
        assertTrue(nullIn(e, c), c.getName());
      }
    }
  }

  private static boolean nullIn(Event e, RecordComponent c) {
    try {
      return c.getAccessor().invoke(e) == null;
    } catch (ReflectiveOperationException x) {
      throw new AssertionError(x);
    }
  }
}
