package org.eventline.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.eventline.EventlineException;

/**
 * ISO 3166-1 numeric codes by alpha-3 code, from the {@code iso3166-numeric.tsv} resource (made by
 * scripts/build-iso-numeric.py from Debian's iso-codes).
 */
final class IsoNumeric {

  static final String RESOURCE = "/org/eventline/output/iso3166-numeric.tsv";

  private final Map<String, Integer> codes;

  private IsoNumeric(Map<String, Integer> codes) {
    this.codes = Map.copyOf(codes);
  }

  static IsoNumeric load() {
    try (InputStream in = IsoNumeric.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new EventlineException("resource " + RESOURCE + " is missing from the jar");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      lines.readLine();
      Map<String, Integer> codes = new HashMap<>();
      for (String line; (line = lines.readLine()) != null; ) {
        String[] f = line.split("\t");
        codes.put(f[0], Integer.valueOf(f[1]));
      }
      return new IsoNumeric(codes);
    } catch (IOException e) {
      throw new EventlineException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** The numeric code, or null for a code ISO does not assign (such as XKX). */
  Integer of(String alpha3) {
    return alpha3 == null ? null : codes.get(alpha3);
  }
}
