package org.eventline.suggest.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.eventline.EventlineException;
import org.eventline.curation.YamlTrees;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The trees of the YAML files shipped in the jar ({@code actors.yaml}, {@code event-types.yaml}),
 * read at every start. Reading YAML with positions costs a cold JVM some 100 to 450 ms for the
 * actor dictionary alone; the build therefore writes each file's tree as JSON beside it ({@link
 * #main}), with the CRC-32 of the YAML it came from, and a run reads the JSON (some 10 ms) when its
 * CRC matches the YAML in the jar, else the YAML: an edited YAML is never shadowed by a stale copy.
 */
public final class ShippedTrees {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The key of the JSON copy's CRC-32 of its YAML, beside the tree. */
  private static final String CRC = "yaml_crc32";

  private static final String TREE = "tree";

  private ShippedTrees() {}

  /** The tree of a YAML resource of the jar ({@code /org/eventline/...yaml}). */
  public static JsonNode read(Class<?> owner, String resource) {
    return tree(bytes(owner, resource), bytesOrNull(owner, jsonName(resource)));
  }

  /** The tree of {@code yaml}: from its JSON copy when that is the copy of these bytes. */
  static JsonNode tree(byte[] yaml, byte[] json) {
    if (json != null) {
      JsonNode copy = JSON.readTree(json);
      if (copy.path(CRC).asLong(-1) == crc(yaml)) {
        return copy.get(TREE);
      }
    }
    return YamlTrees.read(new String(yaml, StandardCharsets.UTF_8));
  }

  /** The JSON copy's resource name: {@code actors.yaml} -> {@code actors.yaml.json}. */
  static String jsonName(String resource) {
    return resource + ".json";
  }

  static long crc(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return crc.getValue();
  }

  /** The JSON copy of a YAML file's tree, with the YAML's CRC-32. */
  static String copyOf(byte[] yaml) {
    ObjectNode copy = JSON.createObjectNode();
    copy.put(CRC, crc(yaml));
    copy.set(TREE, YamlTrees.read(new String(yaml, StandardCharsets.UTF_8)));
    return JSON.writeValueAsString(copy);
  }

  /**
   * Writes the JSON copy beside each YAML file given (run by the build at process-classes on the
   * compiled resources: {@code target/classes/org/eventline/suggest/actors.yaml} ...).
   */
  public static void main(String[] yamlFiles) throws IOException {
    for (String f : yamlFiles) {
      Path yaml = Path.of(f);
      Files.writeString(
          yaml.resolveSibling(jsonName(yaml.getFileName().toString())),
          copyOf(Files.readAllBytes(yaml)),
          StandardCharsets.UTF_8);
    }
  }

  private static byte[] bytes(Class<?> owner, String resource) {
    byte[] b = bytesOrNull(owner, resource);
    if (b == null) {
      throw new EventlineException("resource " + resource + " is missing");
    }
    return b;
  }

  private static byte[] bytesOrNull(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
