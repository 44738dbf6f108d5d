package org.eventline.suggest.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.eventline.curation.YamlTrees;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class ShippedTreesTest {

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = ShippedTrees.class.getResourceAsStream(name)) {
      assertNotNull(in, name);
      return in.readAllBytes();
    }
  }

  /** The copy the build wrote is in the classes and gives the YAML's tree, node for node. */
  @ParameterizedTest
  @ValueSource(
      strings = {"/org/eventline/suggest/actors.yaml", "/org/eventline/suggest/event-types.yaml"})
  void theBuildsCopyIsTheYamlsTree(String name) throws IOException {
    byte[] yaml = resource(name);
    JsonNode fromYaml = YamlTrees.read(new String(yaml, StandardCharsets.UTF_8));
    byte[] json = resource(ShippedTrees.jsonName(name));
    assertEquals(fromYaml, ShippedTrees.tree(yaml, json));
    assertEquals(fromYaml, ShippedTrees.read(ShippedTrees.class, name));
    assertEquals(fromYaml.toString(), ShippedTrees.tree(yaml, json).toString());
  }

  /** A copy of other bytes (the YAML edited since the build) is not read: the YAML is. */
  @ParameterizedTest
  @ValueSource(strings = {"/org/eventline/suggest/actors.yaml"})
  void aStaleCopyIsIgnored(String name) throws IOException {
    byte[] yaml = resource(name);
    byte[] edited =
        (new String(yaml, StandardCharsets.UTF_8) + "\nextra: [1]\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] staleCopy = ShippedTrees.copyOf(yaml).getBytes(StandardCharsets.UTF_8);
    JsonNode tree = ShippedTrees.tree(edited, staleCopy);
    assertEquals(1, tree.path("extra").path(0).asInt(), "read from the edited YAML");
    assertNotEquals(ShippedTrees.tree(yaml, staleCopy), tree);
    assertEquals(
        YamlTrees.read(new String(yaml, StandardCharsets.UTF_8)), ShippedTrees.tree(yaml, null));
  }
}
