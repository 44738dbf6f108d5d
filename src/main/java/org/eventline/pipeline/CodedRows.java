package org.eventline.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eventline.EventlineException;
import org.eventline.Problem;
import org.eventline.SourcePosition;
import org.eventline.article.ArticleParser;
import org.eventline.article.ArticleResult;
import org.eventline.evaluate.GoldEvent;
import org.eventline.pipeline.GoldSets.GoldText;
import org.eventline.schema.Acled;
import org.eventline.suggest.places.Countries;
import org.eventline.suggest.places.Country;

/**
 * Reads gold files of coded rows in UCDP GED's columns: a short text (a UCDP headline, a coder's
 * report, a wire lede) with its publication date and the fields a coder gave its one event. Two
 * shapes: UCDP rows ({@code eval/ucdp-*.csv}; the source is the id's prefix, GED, UKR, UCDP, UUA)
 * and coder reports ({@code eval/coder-reports.csv}; two more columns: {@code kind}, coder or wire,
 * the source; and {@code acled_event_type}, scored instead of UCDP's type of violence where given).
 * Every problem of a file is reported at once, as {@code file:line:column: error: ...}.
 */
final class CodedRows {

  /** The two shapes of file. */
  enum Shape {
    UCDP,
    REPORTS
  }

  static final List<String> UCDP_COLUMNS =
      List.of(
          "id",
          "text",
          "publication_date",
          "date_start",
          "date_end",
          "date_prec",
          "country",
          "adm_1",
          "where_coordinates",
          "latitude",
          "longitude",
          "where_prec",
          "best",
          "side_a",
          "side_b",
          "type_of_violence");

  static final List<String> REPORT_KINDS = List.of("coder", "wire");

  private final String file;
  private final Shape shape;
  private final Countries countries;
  private final Set<String> eventTypes;
  private final List<Problem> problems = new ArrayList<>();

  /**
   * @param file the path shown in messages
   * @param eventTypes the schema's event types, which {@code acled_event_type} must be one of
   */
  CodedRows(String file, Shape shape, Countries countries, Set<String> eventTypes) {
    this.file = file;
    this.shape = shape;
    this.countries = countries;
    this.eventTypes = Set.copyOf(eventTypes);
  }

  /** The texts of a file, in file order; throws with every problem found when there are any. */
  List<GoldText> read(Reader in) throws IOException {
    List<GoldText> out = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = format.parse(in)) {
      List<String> missing = missingColumns(parser.getHeaderNames());
      if (!missing.isEmpty()) {
        throw new EventlineException(
            Problem.error(
                    SourcePosition.ofFile(file),
                    "the header lacks the columns "
                        + String.join(", ", missing)
                        + "; expected at least: "
                        + String.join(",", columns()))
                .format());
      }
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        int line = (int) parser.getCurrentLineNumber() + 1;
        if (!records.hasNext()) {
          break;
        }
        GoldText text = text(records.next(), line);
        if (text != null) {
          out.add(text);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new EventlineException(
          problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
    }
    return out;
  }

  private List<String> columns() {
    List<String> columns = new ArrayList<>(UCDP_COLUMNS);
    if (shape == Shape.REPORTS) {
      columns.add(1, "kind");
      columns.add("acled_event_type");
    }
    return columns;
  }

  private List<String> missingColumns(List<String> header) {
    return columns().stream().filter(c -> !header.contains(c)).toList();
  }

  private GoldText text(CSVRecord r, int line) {
    Row row = new Row(r, line);
    String id = row.required("id");
    String source = source(row, id);
    LocalDate published = row.value("publication_date", CodedRows::date, "a date YYYY-MM-DD");
    String body = row.required("text");
    if (id == null || source == null || published == null || body == null) {
      return null;
    }
    ArticleResult parsed = ArticleParser.parse(file, id, "date " + published + "\n" + body + "\n");
    if (parsed.article() == null) {
      row.problem("row " + id + " has no usable text; expected the report's words");
      return null;
    }
    GoldEvent event = event(row, id, published);
    return event == null
        ? null
        : new GoldText(id, source, parsed.article(), List.of(event), GoldSets.ucdpHeldOut(id));
  }

  private String source(Row row, String id) {
    if (shape == Shape.REPORTS) {
      String kind = row.required("kind");
      if (kind != null && !REPORT_KINDS.contains(kind)) {
        row.problem(
            "kind '"
                + kind
                + "' is not allowed; expected one of: "
                + String.join(", ", REPORT_KINDS));
        return null;
      }
      return kind;
    }
    int dash = id == null ? -1 : id.indexOf('-');
    if (id != null && dash <= 0) {
      row.problem("id '" + id + "' has no source prefix; expected PREFIX-NUMBER (GED-212545)");
      return null;
    }
    return id == null ? null : id.substring(0, dash);
  }

  private GoldEvent event(Row row, String id, LocalDate published) {
    LocalDate start = row.value("date_start", CodedRows::date, "a date YYYY-MM-DD");
    LocalDate end = row.value("date_end", CodedRows::date, "a date YYYY-MM-DD");
    String prec = row.value("date_prec", CodedRows::precision, "1, 2, 3, 4 or 5");
    boolean dateScorable = start != null && !start.isAfter(published);
    String countryName = row.required("country");
    Country country = countryName == null ? null : country(countryName);
    if (countryName != null && country == null) {
      row.problem("unknown country '" + countryName + "'; expected a country name");
    }
    Integer whereprec = row.value("where_prec", Integer::valueOf, "a number from 1 to 7");
    Integer best = row.value("best", Integer::valueOf, "a whole number");
    Double latitude = row.value("latitude", Double::valueOf, "decimal degrees");
    Double longitude = row.value("longitude", Double::valueOf, "decimal degrees");
    Set<String> types = types(row);
    if (country == null || types == null) {
      return null;
    }
    return new GoldEvent(
        id,
        -1,
        -1,
        dateScorable ? start : null,
        dateScorable ? (end == null ? start : end) : null,
        dateScorable ? prec : null,
        country.iso3(),
        row.optional("adm_1"),
        row.optional("where_coordinates"),
        latitude,
        longitude,
        whereprec != null && whereprec <= 2 && latitude != null && longitude != null,
        best,
        row.optional("side_a"),
        row.optional("side_b"),
        true,
        types);
  }

  /**
   * A country by name; UCDP adds a former name in parentheses ("Yemen (North Yemen)", "DR Congo
   * (Zaire)"), tried without it when the whole name is not known.
   */
  private Country country(String name) {
    return countries
        .byName(name)
        .or(() -> countries.byName(name.replaceAll("\\s*\\([^)]*\\)", "")))
        .orElse(null);
  }

  /**
   * The event types counted right: the ACLED type where the row gives one, else those compatible
   * with UCDP's type of violence (1-2: Battles or Explosions/Remote violence; 3: Violence against
   * civilians or Explosions/Remote violence), else none (not scored).
   */
  private Set<String> types(Row row) {
    if (shape == Shape.REPORTS) {
      String acled = row.optional("acled_event_type");
      if (acled != null && !eventTypes.contains(acled)) {
        row.problem(
            "acled_event_type '"
                + acled
                + "' is not an event type; expected one of: "
                + String.join(", ", eventTypes.stream().sorted().toList()));
        return null;
      }
      if (acled != null) {
        return Set.of(acled);
      }
    }
    String violence = row.optional("type_of_violence");
    if (violence == null) {
      return Set.of();
    }
    return switch (violence) {
      case "1", "2" -> Set.of(Acled.BATTLES, Acled.EXPLOSIONS_REMOTE_VIOLENCE);
      case "3" -> Set.of(Acled.VIOLENCE_AGAINST_CIVILIANS, Acled.EXPLOSIONS_REMOTE_VIOLENCE);
      default -> {
        row.problem("type_of_violence '" + violence + "' is not allowed; expected 1, 2 or 3");
        yield null;
      }
    };
  }

  /** UCDP date_prec to the schema's words: 1 day, 2-3 week, 4 month, 5 year. */
  static String precision(String datePrec) {
    return switch (datePrec) {
      case "1" -> "day";
      case "2", "3" -> "week";
      case "4" -> "month";
      case "5" -> "year";
      default -> throw new IllegalArgumentException(datePrec);
    };
  }

  private static LocalDate date(String s) {
    return LocalDate.parse(s);
  }

  /** One record's cells, reporting what is wrong with them at their column. */
  private final class Row {
    private final CSVRecord record;
    private final int line;

    Row(CSVRecord record, int line) {
      this.record = record;
      this.line = line;
    }

    String optional(String column) {
      String s = record.isSet(column) ? record.get(column).strip() : "";
      return s.isEmpty() ? null : s;
    }

    String required(String column) {
      String s = optional(column);
      if (s == null) {
        problem(column + " is empty; every row needs one");
      }
      return s;
    }

    <T> T value(String column, Function<String, T> parse, String expected) {
      String s = optional(column);
      if (s == null) {
        return null;
      }
      try {
        return parse.apply(s);
      } catch (DateTimeException | IllegalArgumentException e) {
        problem(column + " '" + s + "' is not valid; expected " + expected);
        return null;
      }
    }

    /** A problem in a cell, placed at the start of its record (the message names the column). */
    void problem(String message) {
      problems.add(Problem.error(new SourcePosition(file, line, 1), message));
    }
  }
}
