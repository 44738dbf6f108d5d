package org.eventline.curation;

import com.networknt.schema.InputFormat;
import com.networknt.schema.serialization.DefaultNodeReader;
import com.networknt.schema.serialization.NodeReader;
import com.networknt.schema.serialization.node.TokenStreamLocationAware;
import org.eventline.SourcePosition;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads YAML into a tree whose nodes remember their line and column, with limits that refuse
 * hostile documents (alias bombs, deep nesting, huge scalars) and duplicate keys.
 */
public final class YamlTrees {

  /** Largest curation file read, in code points (the file size limit comes first, in bytes). */
  public static final int MAX_CODE_POINTS = 4 * 1024 * 1024;

  static final int MAX_ALIASES = 50;
  static final int MAX_DEPTH = 50;
  static final int MAX_SCALAR = 1024 * 1024;

  private static final YAMLMapper MAPPER = hardenedMapper();
  private static final NodeReader READER =
      DefaultNodeReader.builder().locationAware().yamlMapper(MAPPER).build();

  private YamlTrees() {}

  /** The hardened YAML mapper every reader of curation YAML uses. */
  public static YAMLMapper mapper() {
    return MAPPER;
  }

  private static YAMLMapper hardenedMapper() {
    LoadSettings load =
        LoadSettings.builder()
            .setAllowDuplicateKeys(false)
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setAllowRecursiveKeys(false)
            .setCodePointLimit(MAX_CODE_POINTS)
            .setUseMarks(true)
            .build();
    YAMLFactory factory =
        YAMLFactory.builder()
            .loadSettings(load)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_SCALAR)
                    .maxNameLength(1000)
                    .build())
            .build();
    return YAMLMapper.builder(factory)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .build();
  }

  /**
   * Parses YAML text into a location-aware tree.
   *
   * @throws JacksonException when the text is not well-formed YAML or breaks a limit
   */
  public static JsonNode read(String text) {
    return READER.readTree(text, InputFormat.YAML);
  }

  /** The position of a node read by {@link #read}, or the file's start if it has none. */
  public static SourcePosition positionOf(String file, JsonNode node) {
    if (node instanceof TokenStreamLocationAware aware) {
      TokenStreamLocation loc = aware.tokenStreamLocation();
      if (loc != null && loc.getLineNr() > 0) {
        return new SourcePosition(file, loc.getLineNr(), Math.max(1, loc.getColumnNr()));
      }
    }
    return SourcePosition.ofFile(file);
  }
}
