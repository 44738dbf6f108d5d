package org.eventline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eventline.EventlineException;
import org.eventline.evaluate.GoldEvent;
import org.eventline.pipeline.GoldSets.GoldText;
import org.eventline.suggest.SharedResources;
import org.junit.jupiter.api.Test;

class CodedRowsTest {

  private static final String REPORT_HEADER =
      "id,kind,text,publication_date,date_start,date_end,date_prec,country,adm_1,adm_2,"
          + "where_coordinates,latitude,longitude,where_prec,best,low,high,side_a,side_b,"
          + "type_of_violence,acled_event_type,source_article\n";

  private static final String UCDP_HEADER =
      "id,text,publication_date,date_start,date_end,date_prec,country,adm_1,adm_2,"
          + "where_coordinates,latitude,longitude,where_prec,best,low,high,side_a,side_b,"
          + "type_of_violence,source_article\n";

  private static List<GoldText> read(CodedRows.Shape shape, String csv) throws IOException {
    return new CodedRows(
            "gold.csv",
            shape,
            SharedResources.resources().countries(),
            Set.of("Battles", "Riots", "Violence against civilians"))
        .read(new StringReader(csv));
  }

  @Test
  void aReportIsScoredOnItsAcledTypeAndCountedUnderItsKind() throws IOException {
    List<GoldText> texts =
        read(
            CodedRows.Shape.REPORTS,
            REPORT_HEADER
                + "CR-002,wire,\"KASESE, May 3 - Protesters burned tyres on Monday.\",2022-05-03,"
                + "2022-05-02,2022-05-02,1,Uganda,Western,Kasese,Kasese,0.18,30.08,1,0,0,0,"
                + "Protesters,Police,,Riots,x\n"
                + "CR-003,coder,On 2 May 2022 gunmen attacked Kasese.,2022-05-03,,,,"
                + "Uganda,,,,,,,,,,Gunmen,,3,,x\n");
    assertEquals(2, texts.size());
    GoldText wire = texts.get(0);
    assertEquals("wire", wire.source());
    assertEquals(false, wire.heldOut(), "even last digit");
    GoldEvent g = wire.events().get(0);
    assertEquals(Set.of("Riots"), g.eventTypes());
    assertEquals(0, g.fatalities());
    assertEquals(LocalDate.of(2022, 5, 2), g.dateStart());
    assertEquals("UGA", g.iso3());
    GoldText coder = texts.get(1);
    assertEquals("coder", coder.source());
    assertTrue(coder.heldOut(), "odd last digit");
    GoldEvent c = coder.events().get(0);
    assertNull(c.dateStart(), "no date: not scored");
    assertNull(c.fatalities(), "toll unknown: not scored");
    assertNull(c.admin1());
    assertEquals(
        Set.of("Violence against civilians", "Explosions/Remote violence"),
        c.eventTypes(),
        "no ACLED type: UCDP's type of violence");
  }

  @Test
  void aUcdpRowIsCountedUnderItsIdPrefixAndItsCountryMayCarryAFormerName() throws IOException {
    List<GoldText> texts =
        read(
            CodedRows.Shape.UCDP,
            UCDP_HEADER
                + "GED-414043,Houthi attack kills 5 in Marib,2019-03-02,2019-03-01,2019-03-02,2,"
                + "Yemen (North Yemen),Marib governorate,,Marib city,15.46,45.32,1,5,5,5,"
                + "Government of Yemen (North Yemen),Ansarallah,1,x\n");
    assertEquals("GED", texts.get(0).source());
    assertEquals("YEM", texts.get(0).events().get(0).iso3());
    assertEquals("week", texts.get(0).events().get(0).precision());
    assertTrue(texts.get(0).events().get(0).coordinatesPrecise());
  }

  @Test
  void everyProblemOfAFileIsReportedAtItsLine() {
    EventlineException e =
        assertThrows(
            EventlineException.class,
            () ->
                read(
                    CodedRows.Shape.REPORTS,
                    REPORT_HEADER
                        + "CR-001,letter,A text.,2022-05-03,,,,Uganda,,,,,,,,,,,,,,x\n"
                        + "CR-002,coder,A text.,2022-05-03,,,,Narnia,,,,,,,,,,,,,,x\n"
                        + "CR-004,coder,A text.,2022-05-03,,,9,Uganda,,,,,,,,,,,,,Riot,x\n"));
    assertEquals(
        "gold.csv:2:1: error: kind 'letter' is not allowed; expected one of: coder, wire\n"
            + "gold.csv:3:1: error: unknown country 'Narnia'; expected a country name\n"
            + "gold.csv:4:1: error: date_prec '9' is not valid; expected 1, 2, 3, 4"
            + " or 5\n"
            + "gold.csv:4:1: error: acled_event_type 'Riot' is not an event"
            + " type; expected one of: Battles, Riots, Violence against civilians",
        e.getMessage());
  }

  @Test
  void aFileWithoutTheColumnsSaysWhichAreMissing() {
    EventlineException e =
        assertThrows(
            EventlineException.class,
            () -> read(CodedRows.Shape.REPORTS, UCDP_HEADER + "GED-1,A text.\n"));
    assertEquals(
        "gold.csv:1:1: error: the header lacks the columns kind, acled_event_type; expected at"
            + " least: id,kind,text,publication_date,date_start,date_end,date_prec,country,adm_1,"
            + "where_coordinates,latitude,longitude,where_prec,best,side_a,side_b,type_of_violence,"
            + "acled_event_type",
        e.getMessage());
  }
}
