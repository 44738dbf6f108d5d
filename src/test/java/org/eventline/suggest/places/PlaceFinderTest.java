package org.eventline.suggest.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eventline.suggest.SharedResources;
import org.junit.jupiter.api.Test;

class PlaceFinderTest {

  private static List<PlaceMention> find(String sentence, String... preferred) {
    return SharedResources.suggester().placeFinder().find(sentence, List.of(preferred));
  }

  private static PlaceMention only(String sentence, PlaceMention.Level level, String... preferred) {
    List<PlaceMention> found =
        find(sentence, preferred).stream().filter(p -> p.level() == level).toList();
    assertEquals(1, found.size(), () -> sentence + " -> " + found);
    return found.get(0);
  }

  @Test
  void theSeedsPlaces() {
    String s =
        "They are now battling the Western-backed government for control of three others, including"
            + " the city of Lashkar Gah, the capital of southern Helmand Province, and the city of"
            + " Kandahar, the capital of neighboring Kandahar Province.";
    List<PlaceMention> found = find(s, "AF");
    assertEquals(
        List.of(
            "Lashkar Gah CITY Helmand",
            "Helmand Province ADMIN1 Helmand",
            "Kandahar CITY Kandahar",
            "Kandahar Province ADMIN1 Kandahar"),
        found.stream().map(p -> p.phrase() + " " + p.level() + " " + p.place().admin1()).toList());
    assertTrue(found.stream().allMatch(p -> p.country().iso3().equals("AFG")));
  }

  @Test
  void spellingsWithoutSpacesAndAlternateNames() {
    assertEquals(
        "Lashkar Gah",
        only("Fighting went on in Lashkargah today.", PlaceMention.Level.CITY, "AF")
            .place()
            .asciiName());
    assertEquals(
        "Kunduz",
        only("The Taliban entered Kondoz on Sunday.", PlaceMention.Level.CITY, "AF")
            .place()
            .asciiName());
  }

  @Test
  void countriesFromTheJdkAndAliases() {
    assertEquals(
        "USA",
        only("Troops returned to the United States.", PlaceMention.Level.COUNTRY).country().iso3());
    List<PlaceMention> two = find("Turkey began an offensive into Syria.");
    assertEquals(
        List.of("TUR false", "SYR true"),
        two.stream().map(p -> p.country().iso3() + " " + p.locative()).toList());
    PlaceMention hk = only("Protests spread across Hong Kong.", PlaceMention.Level.COUNTRY);
    assertEquals("CHN", hk.country().iso3());
    assertEquals("Hong Kong", hk.country().region());
  }

  @Test
  void commonWordsAndPeoplesNamesAreNotPlaces() {
    assertEquals(
        List.of(),
        find("Police director Vladimir Rebic said at least 71 people were arrested.", "RS"));
    assertEquals(List.of(), find("Bust of a statue was found by the Mass attendees.", "AF"));
  }

  @Test
  void aNameInTheArticlesCountryWinsOverAFamousOne() {
    PlaceMention p =
        only("Clashes were reported in Hyderabad on Monday.", PlaceMention.Level.CITY, "PK");
    assertEquals("PK", p.place().country());
  }

  private static List<String> described(String sentence, String... preferred) {
    return find(sentence, preferred).stream()
        .map(
            p ->
                p.phrase()
                    + " "
                    + p.level()
                    + " "
                    + (p.place() == null ? "-" : p.place().admin1())
                    + (p.near() ? " near" : ""))
        .toList();
  }

  @Test
  void theProvinceWrittenAfterATownChoosesAmongTownsOfThatName() {
    assertEquals(
        List.of("Lere CITY Kaduna State"),
        described("Gunmen attacked Lere, Kaduna State, on Sunday."));
    assertEquals(
        List.of("Lere CITY Bauchi"), described("Gunmen attacked Lere, Bauchi, on Sunday."));
    assertEquals(
        List.of("Lere CITY Bauchi"), described("Gunmen attacked Lere in Bauchi State on Sunday."));
  }

  @Test
  void aCoderNotationIsOnePlaceNearTheDistrictWhenTheVillageIsUnknown() {
    assertEquals(
        List.of("Guidan Roumdji CITY Maradi Region near"),
        described(
            "On 14 March 2024, gunmen attacked Kamkam village (Guidan Roumdji, Maradi), killing 4"
                + " civilians."));
    assertEquals(
        List.of("Nikopol CITY Dnipropetrovsk"),
        described("Shelling hit Nikopol, Dnipropetrovsk oblast, killing one civilian."));
  }

  @Test
  void aWordSayingWhatKindOfPlaceDoesNotBreakTheNotation() {
    // Bijapur of Karnataka (Vijayapura) is the larger town; the notation places it in Chhattisgarh
    assertEquals(
        List.of("Bijapur CITY Chhattisgarh near"),
        described(
            "Maoists triggered an IED near Bijapur town (Bijapur district, Chhattisgarh),"
                + " killing two CRPF jawans."));
    assertEquals(
        List.of("Bijapur CITY Chhattisgarh near"),
        described("Maoists triggered an IED near Bijapur town (Chhattisgarh)."));
    assertEquals(
        List.of("Bijapur CITY Chhattisgarh near"),
        described("Maoists triggered an IED near Bijapur (Bijapur district, Chhattisgarh)."));
    assertEquals(
        List.of("Bijapur CITY Karnataka"), described("Police arrested two men in Bijapur."));
  }

  @Test
  void aCountrysNameThatIsOneOfItsFirstLevelUnitsIsTheUnit() {
    assertEquals(
        List.of("West Bank ADMIN1 West Bank"),
        described("Gunmen killed nine people in the West Bank on Thursday."));
    assertEquals(
        List.of("Israeli DEMONYM -", "Gaza Strip ADMIN1 Gaza Strip"),
        described("Israeli forces killed nine people in the Gaza Strip on Thursday."));
    assertEquals(
        // the unit stays a mention; the event's place is the town in it (EventPlace)
        List.of(
            "Israeli DEMONYM -",
            "Palestinians DEMONYM -",
            "Jenin CITY West Bank",
            "West Bank ADMIN1 West Bank"),
        described(
            "Israeli forces killed nine Palestinians during a raid in the Jenin refugee camp in"
                + " the occupied West Bank on Thursday.",
            "PS"));
    // the country's own name stays the country, though a unit bears it too (México state)
    assertEquals(
        "MEX",
        only("Gunmen killed nine people in Mexico.", PlaceMention.Level.COUNTRY).country().iso3());
    assertTrue(
        find("Gunmen killed nine people in Mexico.").stream()
            .noneMatch(p -> p.level() == PlaceMention.Level.ADMIN1));
  }

  @Test
  void aRegionOfTheListLiesInItsUnit() {
    assertEquals(
        List.of("Eastern Ghouta ADMIN1 Rif-dimashq"),
        described("Renewed clashes in Eastern Ghouta on Monday."));
    assertEquals(
        List.of("outskirts of Damascus ADMIN1 Rif-dimashq"),
        described("Shells fell on the outskirts of Damascus."));
    assertEquals(
        List.of("Damascus countryside ADMIN1 Rif-dimashq"),
        described("Regime forces shelled the Damascus countryside."));
    // a town whose surroundings lie in its own unit stays the town
    assertEquals(List.of("Aleppo CITY Aleppo"), described("Shelling hit the outskirts of Aleppo."));
    assertEquals(
        List.of("Damascus CITY Damascus Governorate"), described("Shells fell on Damascus."));
  }

  @Test
  void everyRegionOfTheListNamesAUnitOfTheGazetteer() {
    Gazetteer gazetteer = SharedResources.suggester().placeFinder().gazetteer();
    RegionNames.shipped()
        .all()
        .forEach(
            (name, unit) ->
                assertTrue(
                    gazetteer.admin1Unit(unit.alpha2(), unit.admin1()).isPresent(),
                    name + " -> " + unit));
  }

  @Test
  void aTownWrittenAsPartOfALargerCityIsOnePlace() {
    assertEquals(
        List.of("Croydon CITY England"),
        described("An officer was shot at the Croydon, South London custody centre.", "GB"));
  }

  @Test
  void aListOfPlacesStaysAList() {
    List<String> list = described("Strikes hit Aleppo, Idlib and Hama on Friday.", "SY");
    assertEquals(3, list.size(), list::toString);
    List<String> towns = described("Shelling hit Kramatorsk, Sloviansk and Bakhmut.", "UA");
    assertEquals(3, towns.size(), towns::toString);
  }

  @Test
  void aFirstLevelUnitSpelledAnotherWayCountsWhereTheTextNamesAProvince() {
    assertEquals(
        List.of("Hiraan ADMIN1 Hiiraan"),
        described(
            "Fighters attacked a police post in Bulo Burte, Hiraan, killing three officers."));
    assertEquals(
        List.of("Hilmand province ADMIN1 Helmand"),
        described("Clashes went on in Hilmand province on Monday."));
    assertTrue(
        described("Hilmand said the clashes went on.").isEmpty(),
        "a spelling no gazetteer row has is a unit only where the text says so");
  }

  @Test
  void aPlaceAfterAUnitInThePossessiveLiesInThatUnit() {
    // one place, in the unit: not Manipur and the Bishnupur of West Bengal
    assertEquals(
        List.of("Bishnupur CITY Manipur"),
        find("Armed men exchanged fire in Manipur's Bishnupur district on Friday.", "IN").stream()
            .map(p -> p.phrase() + " " + p.level() + " " + p.place().admin1())
            .toList());
    assertEquals(
        List.of("Ye-U CITY Sagaing Region"),
        find("Soldiers burnt four guerrillas alive in Sagaing\u2019s Ye-U township.", "MM").stream()
            .map(p -> p.phrase() + " " + p.level() + " " + p.place().admin1())
            .toList());
    // a possessive ends a name: the place before it is no part of a longer one
    assertEquals(
        "Kabul", only("Gunmen killed four in Kabul's west.", PlaceMention.Level.CITY).phrase());
  }

  @Test
  void aNameWithALowerCaseArabicArticleIsLookedUpInEverySpelling() {
    // "Deir al-Zor" (Reuters) is GeoNames' Deir ez-Zor; before, a name ending in a lower-case
    // "al-" word was not looked up at all
    assertEquals(
        List.of("Deir al-Zor province ADMIN1 Deir ez-Zor"),
        find("Clashes in eastern Syria's Deir al-Zor province killed 90 people.", "SY").stream()
            .filter(p -> p.level() != PlaceMention.Level.COUNTRY)
            .map(p -> p.phrase() + " " + p.level() + " " + p.place().admin1())
            .toList());
    assertEquals(
        List.of("Jisr al-Shughur CITY Idlib", "Ras al-Ain CITY Al-Hasakah"),
        find("Shelling hit Jisr al-Shughur and Ras al-Ain.", "SY").stream()
            .map(p -> p.phrase() + " " + p.level() + " " + p.place().admin1())
            .toList());
  }

  @Test
  void aPlaceThatNamesAnArmedUnitIsNoPlace() {
    assertTrue(
        find("Ukraine's Azov battalion fought mercenaries near the village.", "UA").stream()
            .noneMatch(p -> p.level() == PlaceMention.Level.CITY),
        "the Azov battalion is no town of Rostov oblast");
  }

  @Test
  void aCountryOpeningAHeadlineBeforeAColonIsWhereTheStoryIs() {
    PlaceMention somalia =
        find("Somalia: Roadside bomb targets Kenyan military convoy").stream()
            .filter(p -> p.level() == PlaceMention.Level.COUNTRY)
            .findFirst()
            .orElseThrow();
    assertEquals("SOM", somalia.country().iso3());
    assertTrue(somalia.locative(), "the dateline's country is where the event is");
  }

  @Test
  void aUnitsEnglishNamesFromWikipediaAndCldrAreItsNames() {
    // GeoNames writes "Northern Darfur" and "Stavropol Kray"; news write "North Darfur" and
    // "Stavropol Territory" (the gazetteer takes them from iso3166-2-db and the Unicode CLDR)
    PlaceMention darfur =
        only("Rebels attacked an army battalion in North Darfur.", PlaceMention.Level.ADMIN1);
    assertEquals("Northern Darfur", darfur.place().admin1());
    assertEquals("SD", darfur.place().country());
    PlaceMention stavropol =
        only(
            "IS claimed an attack on law enforcers in Stavropol Territory.",
            PlaceMention.Level.ADMIN1);
    assertEquals("Stavropol Kray", stavropol.place().admin1());
    // a disputed name is no one side's unit, and a package's name of another unit under the same
    // code (Morocco's pre-2015 regions) is not taken
    Gazetteer g = SharedResources.suggester().placeFinder().gazetteer();
    assertTrue(
        g.lookup("Kashmir").stream().noneMatch(e -> e.place().admin1Unit()),
        "Kashmir is not India's Jammu and Kashmir");
    assertTrue(
        g.lookup("Grand Casablanca").stream().noneMatch(e -> e.place().admin1().startsWith("Dr")),
        "Grand Casablanca is not Draa-Tafilalet");
    assertTrue(g.lookup("Holy Cross").stream().noneMatch(e -> e.place().admin1Unit()));
    // a dataset's territory may name the unit by such a name
    assertEquals("Northern Darfur", g.admin1Unit("SD", "North Darfur").orElseThrow().admin1());
    // a people's adjective that CLDR uses as a unit's short name is not the unit
    assertTrue(
        find("Jewish groups marched in Moscow.", "RU").stream()
            .noneMatch(p -> p.level() == PlaceMention.Level.ADMIN1),
        "Jewish is not the Jewish Autonomous Oblast");
  }

  @Test
  void aUnitWrittenWithoutItsUnitWordIsTheUnit() {
    // in an article about Britain, where the unit's name is not the first reading of the word
    PlaceMention zamfara =
        only(
            "In Nigeria, gunmen killed three villagers in Zamfara on Monday.",
            PlaceMention.Level.ADMIN1,
            "GB");
    assertEquals("Zamfara State", zamfara.place().admin1());
    assertEquals("NG", zamfara.place().country());
  }

  @Test
  void aTownWithTheNameOfAUnitAbroadStaysTheTown() {
    PlaceMention beni = only("Rebels attacked Beni on Monday.", PlaceMention.Level.CITY, "CD");
    assertEquals("CD", beni.place().country());
    assertEquals("Beni", beni.place().asciiName());
  }

  @Test
  void aNameOnlyAbroadIsACountyOfTheArticlesCountry() {
    PlaceMention norfolk =
        only("A man was arrested in Norfolk on Sunday.", PlaceMention.Level.CITY, "GB");
    assertEquals(Place.SECOND_LEVEL_UNIT, norfolk.place().featureCode());
    assertEquals("Norfolk", norfolk.place().admin2());
    assertEquals("England", norfolk.place().admin1());
    assertEquals("GBR", norfolk.country().iso3());
  }

  @Test
  void aCountyIsNotGuessedWhenTheTextSaysWhereThePlaceIs() {
    PlaceMention virginia =
        only("A man was arrested in Norfolk, Virginia, on Sunday.", PlaceMention.Level.CITY, "GB");
    assertEquals("US", virginia.place().country());
    PlaceMention american =
        only("A man was arrested in Norfolk on Sunday.", PlaceMention.Level.CITY, "US");
    assertEquals("US", american.place().country());
    assertEquals(false, Place.SECOND_LEVEL_UNIT.equals(american.place().featureCode()));
  }

  @Test
  void inATitleCaseHeadlineACapitalisedNeighbourIsNotPartOfTheName() {
    assertEquals(
        "SO",
        only("Mogadishu Explosions Target Federal Govt Soldiers", PlaceMention.Level.CITY)
            .place()
            .country());
    assertEquals(
        List.of(),
        find("Hong Kong Leader Carrie Lam Speaks").stream()
            .filter(p -> p.phrase().equals("Lam"))
            .toList(),
        "a surname is still not a place");
  }

  @Test
  void aTownOfTheArticlesCountrySpelledAnotherWayWhereTheTextSaysAPlaceFollows() {
    PlaceMention ainIssa =
        only("The army entered Ain Issa yesterday.", PlaceMention.Level.CITY, "SY");
    assertEquals("Raqqa", ainIssa.place().admin1());
    assertTrue(ainIssa.reason().contains("spelled another way"), ainIssa.reason());
    // listed after a place the gazetteer knows
    assertEquals(
        List.of("Tell Tamer", "Ain Issa"),
        find("Troops reached Tell Tamer and Ain Issa.", "SY").stream()
            .map(PlaceMention::phrase)
            .toList());
    // no place word before it: a name, not read loosely
    assertTrue(find("Ain Issa said the talks failed.", "SY").isEmpty());
    // only in the article's country
    assertTrue(find("The army entered Ain Issa yesterday.").isEmpty());
  }

  @Test
  void aUnitOfTheArticlesCountrySpelledAnotherWayWhereTheTextSaysAPlaceFollows() {
    PlaceMention jubba =
        only("A bomb hit a convoy in Lower Jubba on Monday.", PlaceMention.Level.ADMIN1, "SO");
    assertEquals("Lower Juba", jubba.place().admin1());
    assertTrue(jubba.reason().contains("first-level unit of the article's country"));
    // a name, not a place the text announces
    assertTrue(find("Lower Jubba said the talks failed.", "SO").isEmpty());
    // only in the article's country
    assertTrue(find("A bomb hit a convoy in Lower Jubba on Monday.", "KE").isEmpty());
    assertTrue(find("A bomb hit a convoy in Lower Jubba on Monday.").isEmpty());
  }

  @Test
  void theOnlyTownOfAnotherSpellingIsTakenWhereTheTextSaysAPlaceFollows() {
    PlaceMention daraya = only("Shelling in Daraya killed three.", PlaceMention.Level.CITY);
    assertEquals("SY", daraya.place().country());
    assertTrue(daraya.reason().contains("alternate name"), daraya.reason());
    // without "in" or "near" an alternate spelling of a town this small needs the country
    // the seat and the unit it heads spelled alike are one place, not two: "Saada" is Sa'dah
    PlaceMention saada = only("An airstrike hit a prison in Saada city.", PlaceMention.Level.CITY);
    assertEquals("YEM", saada.country().iso3());
    assertTrue(find("Saada residents fled.").isEmpty());
    assertTrue(find("Daraya residents fled.").isEmpty());
    assertTrue(find("Witnesses said Daraya residents fled.").isEmpty());
    // nor after a town of the sentence: the text is about that town's surroundings
    assertTrue(
        find("Raids in Mosul and Daraya.").stream().noneMatch(p -> p.phrase().equals("Daraya")));
  }

  /** The places of a sentence of an article that names no country (the suggester's last pass). */
  private static List<PlaceMention> withoutCountry(String sentence) {
    PlaceFinder finder = SharedResources.suggester().placeFinder();
    return finder.find(
        finder.names(new org.eventline.suggest.text.SentenceTokens(sentence)), List.of(), true);
  }

  @Test
  void aLargeTownSpelledAnotherWayIsReadWithoutACountryWhereThePlaceFollows() {
    List<PlaceMention> yas = withoutCountry("One civilian killed in Yasinovataya shelling.");
    assertEquals(1, yas.size(), yas::toString);
    assertEquals("Yasynuvata", yas.get(0).place().asciiName());
    List<PlaceMention> deir = withoutCountry("Clashes in Deir Al-Zour on Monday.");
    assertEquals(1, deir.size(), deir::toString);
    assertEquals("SY", deir.get(0).place().country());
    // not where no place follows, and not by dropping an article the text writes
    assertTrue(withoutCountry("Police said Yasinovataya residents fled.").isEmpty());
    assertTrue(withoutCountry("Clashes in Al-Barqa on Monday.").isEmpty());
    // nor a short name, nor one that starts or runs otherwise ("Sunni" is not Shunyi, China)
    assertTrue(withoutCountry("Gunmen killed five worshippers in Sunni mosques.").isEmpty());
    assertTrue(withoutCountry("A bomber killed 20 people in Shiite districts.").isEmpty());
    assertTrue(withoutCountry("Gunmen killed two people in Castillo on Friday.").isEmpty());
    // nor in the pass that looks for the article's country
    assertTrue(find("One civilian killed in Yasinovataya shelling.").isEmpty());
  }

  @Test
  void theQuickPlaceCueAgreesWithTheFullOne() {
    for (String sentence :
        List.of(
            "Troops entered Tell Tamer and Ain Issa near Raqqa on Monday.",
            "Fighting near Saraqeb, outside Idlib, and at Kafr Nabl went on.",
            "Ain Issa said the talks failed in Geneva.")) {
      List<org.eventline.suggest.text.Token> tokens = org.eventline.suggest.text.Token.of(sentence);
      List<PlaceMention> before = find(sentence, "SY");
      for (int first = 0; first < tokens.size(); first++) {
        PlaceCues cues = PlaceCues.of(sentence, tokens, first, first, before);
        assertEquals(
            cues.locative() || cues.near(),
            PlaceCues.placeFollows(tokens, first, before),
            sentence + " at word " + first);
      }
    }
  }
}
