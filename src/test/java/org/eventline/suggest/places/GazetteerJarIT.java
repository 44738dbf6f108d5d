package org.eventline.suggest.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The shaded jar holds the gazetteer index stored, so that a run maps it instead of reading it. */
class GazetteerJarIT {

  @Test
  void theJarsIndexIsStoredAndMapsToTheBuiltIndex() throws Exception {
    Path jar = Path.of("target", "eventline.jar");
    ByteBuffer mapped = StoredEntry.map(jar, "org/eventline/suggest/" + GazetteerIndex.RESOURCE);
    assertNotNull(mapped, "gazetteer.idx is not stored in " + jar);
    byte[] built =
        Files.readAllBytes(
            Path.of("target/classes/org/eventline/suggest/" + GazetteerIndex.RESOURCE));
    assertEquals(ByteBuffer.wrap(built), mapped);
    assertEquals(Gazetteer.load().size(), GazetteerIndex.read(mapped).size());
  }
}
