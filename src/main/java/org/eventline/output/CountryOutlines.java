package org.eventline.output;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.eventline.EventlineException;

/**
 * Country outlines from Natural Earth (public domain), read from the {@code countries.tsv.gz}
 * resource described in {@code COUNTRIES.md}: each country one even-odd path in longitude (x) and
 * latitude (y), degrees.
 */
final class CountryOutlines {

  static final String RESOURCE = "/org/eventline/output/countries.tsv.gz";

  /** One country: its Natural Earth name and outline. */
  record Country(String id, String name, Path2D outline) {
    Rectangle2D bounds() {
      return outline.getBounds2D();
    }
  }

  private final List<Country> countries;

  private CountryOutlines(List<Country> countries) {
    this.countries = List.copyOf(countries);
  }

  /** The outlines shipped in the jar. */
  static CountryOutlines load() {
    try (InputStream in = CountryOutlines.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new EventlineException("resource " + RESOURCE + " is missing from the jar");
      }
      return read(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new EventlineException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** Reads the TSV form: a header line, then {@code id<TAB>name<TAB>rings}. */
  static CountryOutlines read(Reader text) throws IOException {
    BufferedReader lines = new BufferedReader(text);
    lines.readLine();
    List<Country> countries = new ArrayList<>();
    for (String line; (line = lines.readLine()) != null; ) {
      String[] fields = line.split("\t", -1);
      countries.add(new Country(fields[0], fields[1], outline(fields[2])));
    }
    return new CountryOutlines(countries);
  }

  private static Path2D outline(String rings) {
    Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    for (String ring : rings.split(";")) {
      String[] points = ring.split(",");
      for (int i = 0; i < points.length; i++) {
        int space = points[i].indexOf(' ');
        double lon = Double.parseDouble(points[i].substring(0, space));
        double lat = Double.parseDouble(points[i].substring(space + 1));
        if (i == 0) {
          path.moveTo(lon, lat);
        } else {
          path.lineTo(lon, lat);
        }
      }
      path.closePath();
    }
    return path;
  }

  List<Country> countries() {
    return countries;
  }

  /** The countries whose outline's bounding box meets the area. */
  List<Country> within(Rectangle2D area) {
    return countries.stream().filter(c -> c.bounds().intersects(area)).toList();
  }
}
