package org.eventline.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CountRangesTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static JsonNode event(String json) {
    return JSON.readTree(json);
  }

  private static Map<String, String> set(String... pairs) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  private static Map<String, String> removed(String... fields) {
    Map<String, String> m = new HashMap<>();
    for (String f : fields) {
      m.put(f, null);
    }
    return m;
  }

  @Test
  void aRangeThatOnlyRepeatedTheOldFigureGoesWithIt() {
    JsonNode e = event("{\"fatalities\": 2, \"fatalities_low\": 2, \"fatalities_high\": 2}");
    assertEquals(
        removed("fatalities_low", "fatalities_high"),
        CountRanges.following(set("fatalities", "3"), e));
  }

  @Test
  void aRangeThatNoLongerHoldsTheFigureGoes() {
    JsonNode e = event("{\"injured\": 4, \"injured_low\": 3, \"injured_high\": 6}");
    assertEquals(
        removed("injured_low", "injured_high"), CountRanges.following(set("injured", "0"), e));
    assertEquals(
        removed("injured_low", "injured_high"), CountRanges.following(set("injured", null), e));
  }

  @Test
  void aRangeThatHoldsTheFigureOrIsSetWithItStays() {
    JsonNode e = event("{\"fatalities\": 4, \"fatalities_low\": 3, \"fatalities_high\": 6}");
    assertEquals(Map.of(), CountRanges.following(set("fatalities", "5"), e));
    assertEquals(
        Map.of(), CountRanges.following(set("fatalities", "9", "fatalities_high", "10"), e));
    assertEquals(Map.of(), CountRanges.following(set("notes", "\"x\""), e));
    // "at least 20": a lower bound that still holds the new figure stays
    JsonNode atLeast = event("{\"fatalities\": 20, \"fatalities_low\": 20}");
    assertEquals(Map.of(), CountRanges.following(set("fatalities", "25"), atLeast));
    assertEquals(
        removed("fatalities_low"), CountRanges.following(set("fatalities", "12"), atLeast));
    assertEquals(Map.of(), CountRanges.following(set("fatalities", "1"), event("{}")));
  }
}
