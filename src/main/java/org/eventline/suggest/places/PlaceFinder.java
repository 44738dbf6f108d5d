package org.eventline.suggest.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eventline.suggest.text.SentenceTokens;
import org.eventline.suggest.text.Token;

/**
 * Finds the places a sentence names: countries (with their aliases and demonyms), first-level units
 * and populated places of the gazetteer. Only capitalised words are looked up. When a name is
 * ambiguous, places in the preferred countries (the article's country first) win, then first-level
 * units when the text says "Province", cities when it says "the city of", then capitals and seats,
 * then population. Outside the preferred countries only a place's own name counts, and only for a
 * capital, a place of 100,000 people or a province named as one. An alternate name ("Kondoz",
 * "Bust") counts only after a locative cue ("in", "near", "entered"), or for a place of 100,000
 * people not at the start of a sentence. A small place outside the preferred countries counts when
 * a locative cue names it and every place of that name lies in one country ("shot dead in
 * Mbengwi"). A name inside a run of capitalised words ("Anne Hidalgo", "Vladimir Rebic") counts
 * only for a large place or a seat in a preferred country. Common words of news English ({@link
 * #COMMON_WORDS}) and actor names are never places.
 */
public final class PlaceFinder {

  private static final int MAX_WORDS = 6;

  /** An Arabic article before a name, tried without when the whole name is unknown. */
  private static final java.util.regex.Pattern ARTICLE =
      java.util.regex.Pattern.compile("(?i)(al|el|ad|ar|as|ash|az)[- ]");

  /** Lower-case words that may stand inside a place name ("Rio de Janeiro", "Bani Suheila"). */
  private static final Set<String> PARTICLES =
      words(
          "de", "del", "da", "do", "dos", "das", "la", "le", "les", "el", "al", "ad", "as", "an",
          "ar", "ash", "az", "of", "on", "upon", "sur", "am", "im", "an-", "bin", "ibn", "y");

  /**
   * Capitalised words of news English that are also (small) place names somewhere, never a place
   * when they stand alone ({@code not-places.txt}).
   */
  static final Set<String> COMMON_WORDS = wordList("/org/eventline/suggest/not-places.txt");

  private final Gazetteer gazetteer;
  private final Countries countries;
  private final Set<String> excluded;
  private final PlaceChoice choice;
  private final RegionNames regions = RegionNames.shipped();

  /**
   * @param excluded keys of names that are never places (actor names and aliases)
   */
  public PlaceFinder(Gazetteer gazetteer, Countries countries, Set<String> excluded) {
    this.gazetteer = gazetteer;
    this.countries = countries;
    this.excluded = Set.copyOf(excluded);
    this.choice = new PlaceChoice(countries);
  }

  public Countries countries() {
    return countries;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * The places a sentence names, in text order.
   *
   * @param preferred alpha-2 codes of the countries to prefer, most preferred first
   */
  public List<PlaceMention> find(String sentence, List<String> preferred) {
    return find(names(new SentenceTokens(sentence)), preferred);
  }

  /**
   * The names of a sentence, each span looked up at most once however often {@link
   * #find(PlaceNames, List)} is asked with other preferred countries.
   */
  public PlaceNames names(SentenceTokens words) {
    return new PlaceNames(words);
  }

  /**
   * The places of a sentence, in text order.
   *
   * @param preferred alpha-2 codes of the countries to prefer, most preferred first
   */
  public List<PlaceMention> find(PlaceNames names, List<String> preferred) {
    return find(names, preferred, false);
  }

  /**
   * The places of a sentence, in text order; with {@code noCountry} (the article names no country,
   * so {@code preferred} is empty), a name the gazetteer does not know is also read as a large town
   * of any country spelled another way ({@link Gazetteer#largeTownsByLooseSpelling}). The first
   * pass over an article, which looks for its country, does not: it would build that index for
   * every article.
   *
   * @param preferred alpha-2 codes of the countries to prefer, most preferred first
   */
  public List<PlaceMention> find(PlaceNames names, List<String> preferred, boolean noCountry) {
    SentenceTokens words = names.words();
    List<Token> tokens = words.tokens();
    List<PlaceMention> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int next = i + 1;
      if (startsName(tokens.get(i))) {
        for (int last = Math.min(tokens.size(), i + MAX_WORDS) - 1; last >= i; last--) {
          PlaceMention m = match(names, i, last, preferred, noCountry, found);
          if (m != null) {
            found.add(m);
            next = Math.max(last + 1, indexAfter(tokens, m.end()));
            break;
          }
        }
      }
      i = next;
    }
    return qualified(names, found, preferred);
  }

  /**
   * ", South" before a larger city: the town before it is part of that city ("Croydon, South
   * London").
   */
  private static final java.util.regex.Pattern PART_OF =
      java.util.regex.Pattern.compile(
          "(?i),\\s*(north|south|east|west|central|northern|southern|eastern|western|greater)");

  /** Words that say what kind of place a name is, written after it ("Kamkam village (...)"). */
  private static final Set<String> KIND_WORDS =
      words("village", "town", "city", "district", "area", "locality", "camp", "settlement");

  /**
   * The places of a sentence with the notations coders and wire services write read as one place:
   * "Town, Province", "Town (District, Province)", "Town in Province". A first-level unit (or, in
   * brackets, a district seat) written right after a town names where the town lies: it chooses
   * among towns of that name (the one in that province), and it is not a second place. A town in
   * brackets after a name the gazetteer does not know ("Kamkam village (Guidan Roumdji, Maradi)")
   * is the district the event's place lies in: the event is near it.
   */
  private List<PlaceMention> qualified(
      PlaceNames names, List<PlaceMention> found, List<String> preferred) {
    if (found.isEmpty()) {
      return found;
    }
    String text = names.words().text();
    List<PlaceMention> out = new ArrayList<>(found.size());
    PlaceMention head = null;
    // where the head and the qualifiers read into it end: "Bijapur (Bijapur district,
    // Chhattisgarh)"
    int headEnd = 0;
    boolean inBrackets = false;
    for (int k = 0; k < found.size(); k++) {
      PlaceMention m = found.get(k);
      if (head != null) {
        String gap = gapAfterKind(text, headEnd, m.start());
        boolean opens = gap.equals("(");
        boolean comma = gap.equals(",") || gap.equals("in") || gap.equals(", in");
        boolean partOf =
            PART_OF.matcher(gap).matches()
                && m.level() == PlaceMention.Level.CITY
                && m.place() != null
                && head.place() != null
                && m.place().population() > head.place().population();
        boolean unitName = comma && !unitLike(m) && namesUnitOf(m, head);
        if (unitName && !listGoesOn(text, found, k)) {
          PlaceMention refined =
              withReason(
                  head,
                  head.reason() + "; '" + m.phrase() + "' written beside it names its province");
          out.set(out.size() - 1, refined);
          head = refined;
          headEnd = m.end();
          continue;
        }
        boolean qualifies =
            (unitLike(m) && (opens || comma))
                || (m.level() == PlaceMention.Level.CITY && (opens || (inBrackets && comma)))
                || partOf;
        if (qualifies && !listGoesOn(text, found, k)) {
          PlaceMention refined = refine(names, head, m, preferred);
          if (refined != null) {
            out.set(out.size() - 1, refined);
            head = refined;
            headEnd = m.end();
            inBrackets = inBrackets || opens;
            continue;
          }
        }
      }
      PlaceMention within = afterPossessiveUnit(names, out, m, preferred);
      if (within != null) {
        out.set(out.size() - 1, within);
        head = within;
        headEnd = within.end();
        inBrackets = false;
        continue;
      }
      if (unitLike(m) && (head == null || head.end() < m.start())) {
        PlaceMention town = townBefore(names, m, out, preferred);
        if (town != null) {
          out.add(town);
          head = town;
          headEnd = town.end();
          inBrackets = false;
          continue;
        }
      }
      if (m.level() == PlaceMention.Level.CITY && afterUnknownName(names.words(), m)) {
        m = nearDistrict(m);
      }
      out.add(m);
      head = m.level() == PlaceMention.Level.CITY ? m : null;
      headEnd = m.end();
      inBrackets =
          head != null && text.lastIndexOf('(', m.start()) > text.lastIndexOf(')', m.start());
    }
    return out;
  }

  /**
   * The text between a place and the next mention, without a word first in it that says what kind
   * of place the one before is: "Bijapur town (Chhattisgarh)" and "Bijapur (Bijapur district,
   * Chhattisgarh)" are written as "Bijapur (Chhattisgarh)" and "Bijapur, Chhattisgarh" are.
   */
  private static String gapAfterKind(String text, int from, int to) {
    String gap = text.substring(from, to).strip();
    int end = 0;
    while (end < gap.length() && Character.isLetter(gap.charAt(end))) {
      end++;
    }
    String word = gap.substring(0, end);
    return end > 0 && (KIND_WORDS.contains(word) || PlaceCues.UNIT_WORDS.contains(word))
        ? gap.substring(end).strip()
        : gap;
  }

  /** What stands between a unit in the possessive and the place after it: "'s" and spaces. */
  private static final java.util.regex.Pattern POSSESSIVE_GAP =
      java.util.regex.Pattern.compile("['\u2019]s +");

  /**
   * A place written right after a unit in the possessive ("Manipur's Bishnupur district",
   * "Sagaing's Ye-U township", "Kabul's Paghman district") lies in that unit: the place of that
   * name in the unit, standing for both, the unit no second place. Null when the mention before is
   * no such unit or no place of the name lies in it (then both stay places).
   */
  private PlaceMention afterPossessiveUnit(
      PlaceNames names, List<PlaceMention> out, PlaceMention m, List<String> preferred) {
    if (out.isEmpty() || m.level() != PlaceMention.Level.CITY) {
      return null;
    }
    PlaceMention unit = out.get(out.size() - 1);
    String gap = names.words().text().substring(unit.end(), m.start());
    if (!unitLike(unit) || unit.place() == null || !POSSESSIVE_GAP.matcher(gap).matches()) {
      return null;
    }
    if (m.place() != null && sameUnit(m.place(), unit.place())) {
      return withReason(m, m.reason() + "; '" + unit.phrase() + "'s' before it names its province");
    }
    return reread(names, m, unit, preferred, unit);
  }

  /**
   * A mention's name read again among its places in a unit ({@link #inUnit}), with the near and
   * locative cues of {@code cues}; null when no place of the name lies there.
   */
  private PlaceMention reread(
      PlaceNames names,
      PlaceMention m,
      PlaceMention unit,
      List<String> preferred,
      PlaceMention cues) {
    SentenceTokens words = names.words();
    int first = indexAt(words.tokens(), m.start());
    int last = first;
    while (last + 1 < words.size() && words.token(last + 1).start() < m.end()) {
      last++;
    }
    PlaceNames.Named named = names.named(first, last);
    if (named == null || named.entries() == null) {
      return null;
    }
    PlaceMention chosen = inUnit(words, first, last, named.entries(), unit, preferred);
    return chosen == null ? null : chosen.with(cues.near(), cues.locative(), chosen.reason());
  }

  /**
   * True when a place read as a city is also the name of the first-level unit the town before it
   * lies in: "Spokane, Washington" is Spokane in Washington state, not Spokane and the capital.
   */
  private boolean namesUnitOf(PlaceMention m, PlaceMention head) {
    if (m.level() != PlaceMention.Level.CITY || head.place() == null) {
      return false;
    }
    return gazetteer.lookup(m.phrase()).stream()
        .anyMatch(e -> e.place().admin1Unit() && sameUnit(e.place(), head.place()));
  }

  /**
   * The town written right before a first-level unit ("Lere, Kaduna State", "Lere in Bauchi") that
   * the first pass did not take for a place (a small town outside the preferred countries), when a
   * town of that name lies in that unit; else null.
   */
  private PlaceMention townBefore(
      PlaceNames names, PlaceMention unit, List<PlaceMention> before, List<String> preferred) {
    SentenceTokens words = names.words();
    String text = words.text();
    int u = indexAt(words.tokens(), unit.start());
    if (u == 0 || unit.place() == null) {
      return null;
    }
    String gap = text.substring(words.token(u - 1).end(), unit.start()).strip();
    if (!gap.equals(",") && !gap.equals("(") && !words.lower(u - 1).equals("in")) {
      return null;
    }
    int last = gap.isEmpty() ? u - 2 : u - 1;
    int limit = before.isEmpty() ? 0 : before.get(before.size() - 1).end();
    for (int first = Math.max(0, last - MAX_WORDS + 1); first <= last; first++) {
      if (words.token(first).start() < limit || !startsName(words.token(first))) {
        continue;
      }
      PlaceNames.Named named = names.named(first, last);
      if (named == null) {
        named = lookUp(words, first, last);
        names.keep(first, last, named);
      }
      if (named.entries() == null) {
        continue;
      }
      PlaceMention town = inUnit(words, first, last, named.entries(), unit, preferred);
      if (town != null) {
        return town;
      }
    }
    return null;
  }

  /**
   * True when the place after mention {@code k} continues a list ("Kramatorsk, Donetsk, Izium").
   */
  private static boolean listGoesOn(String text, List<PlaceMention> found, int k) {
    if (k + 1 >= found.size()) {
      return false;
    }
    PlaceMention next = found.get(k + 1);
    String gap = text.substring(found.get(k).end(), next.start()).strip();
    return next.level() == PlaceMention.Level.CITY
        && (gap.equals("and") || gap.equals(",") || gap.equals("or") || gap.equals(", and"));
  }

  /**
   * The head town as the qualifier after it places it: the same place when it lies in the
   * qualifier's province, else the town of that name in that province, else null (then the second
   * name is a place of its own: "Aleppo, Idlib" is a list).
   */
  private PlaceMention refine(
      PlaceNames names, PlaceMention head, PlaceMention qualifier, List<String> preferred) {
    Place q = qualifier.place();
    if (q == null || head.place() == null) {
      return null;
    }
    if (sameUnit(head.place(), q)) {
      return withReason(
          head,
          head.reason() + "; '" + qualifier.phrase() + "' written beside it names its province");
    }
    return reread(names, head, qualifier, preferred, head);
  }

  /**
   * The entry of a name (words {@code first} to {@code last}) that lies in the unit a name written
   * beside it places it in, chosen with that unit's country preferred, as a mention whose reason
   * says so; null when no entry lies there or none is acceptable.
   */
  private PlaceMention inUnit(
      SentenceTokens words,
      int first,
      int last,
      List<Gazetteer.Entry> entries,
      PlaceMention unit,
      List<String> preferred) {
    Place u = unit.place();
    List<Gazetteer.Entry> there = entries.stream().filter(e -> sameUnit(e.place(), u)).toList();
    if (there.isEmpty()) {
      return null;
    }
    List<String> unitFirst = new ArrayList<>();
    unitFirst.add(u.country());
    unitFirst.addAll(preferred);
    PlaceMention chosen = choose(words, first, last, there, unitFirst, List.of());
    return chosen == null
        ? null
        : withReason(
            chosen,
            chosen.reason()
                + "; '"
                + unit.phrase()
                + "' written beside it chooses the "
                + words.phrase(first, last)
                + " in "
                + u.admin1());
  }

  /**
   * A first-level unit, or the seat that bears its unit's name ("Bauchi" in "Lere, Bauchi"), which
   * after a town names the town's province.
   */
  private static boolean unitLike(PlaceMention m) {
    if (m.level() == PlaceMention.Level.ADMIN1) {
      return true;
    }
    Place p = m.place();
    return m.level() == PlaceMention.Level.CITY
        && p != null
        && p.isSeat()
        && org.eventline.suggest.text.NameKey.loose(p.asciiName())
            .equals(org.eventline.suggest.text.NameKey.loose(withoutUnitWord(p.admin1())));
  }

  /**
   * The entries with a first-level unit named by its own name without the unit word ("Zamfara" for
   * Zamfara State, "Kunar" for Kunar Province) taken as named by its primary name: it is how the
   * unit is written, not an alternate name of it. Not when a place has that name as its own
   * ("Beni", a town of DR Congo, and Beni Department of Bolivia): the town stays the first reading.
   */
  private static List<Gazetteer.Entry> unitNames(List<Gazetteer.Entry> entries, String key) {
    if (entries.stream().noneMatch(e -> !e.primaryName() && e.place().admin1Unit())
        || entries.stream().anyMatch(Gazetteer.Entry::primaryName)) {
      return entries;
    }
    List<Gazetteer.Entry> out = new ArrayList<>(entries.size());
    for (Gazetteer.Entry e : entries) {
      boolean ownName =
          !e.primaryName()
              && e.place().admin1Unit()
              && org.eventline.suggest.text.NameKey.of(withoutUnitWord(e.place().name()))
                  .equals(key);
      out.add(ownName ? new Gazetteer.Entry(e.place(), true) : e);
    }
    return out;
  }

  /** A unit's name without a last word that says it is a unit ("Kaduna State" is "Kaduna"). */
  private static String withoutUnitWord(String unit) {
    int space = unit.lastIndexOf(' ');
    return space > 0
            && PlaceCues.UNIT_WORDS.contains(unit.substring(space + 1).toLowerCase(Locale.ROOT))
        ? unit.substring(0, space)
        : unit;
  }

  private static boolean sameUnit(Place a, Place b) {
    return a.country().equals(b.country())
        && a.admin1().equals(b.admin1())
        && !a.admin1().isEmpty();
  }

  private static int indexAt(List<Token> tokens, int start) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() == start) {
        return i;
      }
    }
    throw new IllegalStateException("no word starts at " + start);
  }

  /**
   * True when the town is written in brackets after a name the gazetteer does not know, or after a
   * word saying what kind of place that name is ("Kamkam village (Guidan Roumdji, Maradi)").
   */
  private static boolean afterUnknownName(SentenceTokens words, PlaceMention m) {
    if (m.level() != PlaceMention.Level.CITY) {
      return false;
    }
    String text = words.text();
    int open = m.start() - 1;
    while (open >= 0 && text.charAt(open) == ' ') {
      open--;
    }
    if (open < 1 || text.charAt(open) != '(') {
      return false;
    }
    int k = indexAt(words.tokens(), m.start());
    if (k == 0) {
      return false;
    }
    Token before = words.token(k - 1);
    return before.capitalized() || KIND_WORDS.contains(before.lower());
  }

  private static PlaceMention nearDistrict(PlaceMention m) {
    return m.with(
        true,
        m.locative(),
        m.reason()
            + "; written in brackets after a place the gazetteer does not know: the event is near"
            + " it");
  }

  private static PlaceMention withReason(PlaceMention m, String reason) {
    return m.with(m.near(), m.locative(), reason);
  }

  private static boolean startsName(Token t) {
    return t.capitalized() || t.text().startsWith("al-") || t.text().startsWith("el-");
  }

  /** A word that may end or stand inside a name: capitalised, or an article and a capital. */
  private static boolean nameWord(Token t) {
    return t.capitalized() || ArabicArticle.word(t.text());
  }

  private static int indexAfter(List<Token> tokens, int end) {
    int i = 0;
    while (i < tokens.size() && tokens.get(i).start() < end) {
      i++;
    }
    return i;
  }

  /** The place the span names, or null. */
  private PlaceMention match(
      PlaceNames names,
      int first,
      int last,
      List<String> preferred,
      boolean noCountry,
      List<PlaceMention> before) {
    PlaceNames.Named named = names.named(first, last);
    if (named == null) {
      named = lookUp(names.words(), first, last);
      names.keep(first, last, named);
    }
    if (named == PlaceNames.Named.UNKNOWN && (noCountry || !preferred.isEmpty())) {
      return otherSpelling(
          names.words(), first, last, preferred.isEmpty() ? null : preferred.get(0), before);
    }
    if (named.mention() != null || named.entries() == null) {
      return named.mention();
    }
    PlaceMention chosen = choose(names.words(), first, last, named.entries(), preferred, before);
    if (preferred.isEmpty()
        || (chosen != null
            && (chosen.level() != PlaceMention.Level.CITY
                || preferred.get(0).equals(chosen.country().codedAs())
                || before.stream().anyMatch(p -> chosen.country().equals(p.country()))))) {
      return chosen;
    }
    PlaceMention unit = secondLevelUnit(names.words(), first, last, preferred.get(0), before);
    return unit == null ? chosen : unit;
  }

  /** Words that put a place just after them: "entered Tell Tamer and Ain Issa". */
  private static final Set<String> INTO_PLACE =
      words("entered", "captured", "seized", "took", "retook", "shelled", "stormed", "raided");

  /**
   * A town of the article's country that a name the gazetteer does not know spells another way
   * ({@link org.eventline.suggest.text.NameKey#loose}: "Ain Issa" for ‘Ayn ‘Īsá, "Saraqeb" for
   * Saraqib), transliterations of Arabic, Persian and Pashto names varying as they do; or null.
   * Read only where the text says a place follows ("in", "near", "entered", or "and" after a
   * place), for a name of one to three words whose loose key keeps at least four letters and that
   * no capitalised word continues ("Al Noor Mosque"), and when the spelling designates one town, or
   * towns of one first-level unit (then the most populous).
   */
  private PlaceMention otherSpelling(
      SentenceTokens words, int first, int last, String home, List<PlaceMention> before) {
    if (last - first >= 3) {
      return null; // town names of four words and more are written as the gazetteer has them
    }
    if (last + 1 < words.size()
        && words.gapIs(last + 1, " ")
        && Character.isUpperCase(words.token(last + 1).text().charAt(0))) {
      return null; // the start of a longer name: "Al Noor Mosque"
    }
    String prev = first > 0 ? words.lower(first - 1) : "";
    boolean listed =
        prev.equals("and")
            && first > 1
            && before.stream().anyMatch(p -> p.end() == words.token(first - 2).end());
    if (!(PlaceCues.placeFollows(words.tokens(), first, before)
        || INTO_PLACE.contains(prev)
        || listed)) {
      return null;
    }
    String phrase = words.phrase(first, last);
    if (phrase.codePoints().filter(Character::isLetter).count() < 5) {
      return null;
    }
    if (org.eventline.suggest.text.NameKey.loose(phrase).length() < 4) {
      return null;
    }
    List<Gazetteer.Entry> towns =
        home == null
            ? gazetteer.largeTownsByLooseSpelling(phrase)
            : gazetteer.townsByLooseSpelling(home, phrase);
    if (home == null) {
      // without a country, an article the text writes must be the town's too: "Al-Barqa" is not
      // Barka, Oman
      boolean article = ARTICLE.matcher(phrase).lookingAt();
      if (org.eventline.suggest.text.NameKey.loose(phrase).length() < 6) {
        return null; // "Sunni" and Shunyi, China: short keys join too many names
      }
      towns =
          towns.stream()
              .filter(t -> ARTICLE.matcher(t.place().asciiName()).lookingAt() == article)
              .filter(t -> alike(phrase, t.place().asciiName()))
              .toList();
      if (towns.isEmpty()) {
        return null;
      }
    }
    if (towns.isEmpty()) {
      return looseUnit(
          words,
          first,
          last,
          home,
          "a first-level unit of the article's country spelled another way");
    }
    if (towns.stream().map(t -> t.place().country() + "/" + t.place().admin1()).distinct().count()
        != 1) {
      return null;
    }
    PlaceCues cues = PlaceCues.of(words.text(), words.tokens(), first, last, before);
    Gazetteer.Entry e =
        towns.stream()
            .max(java.util.Comparator.comparingLong(t -> t.place().population()))
            .orElseThrow();
    Place p = e.place();
    Country c = countries.byCode(p.country()).orElse(null);
    if (c == null) {
      return null;
    }
    return spelledAnotherWay(
        words,
        first,
        words.spanEnd(last),
        PlaceMention.Level.CITY,
        p,
        c,
        cues.near(),
        "'" + phrase + "' -> " + p.asciiName() + ", " + p.admin1() + ", " + p.country(),
        home == null
            ? "the one town of "
                + Gazetteer.LARGE_TOWN
                + " people or more that the name spells another way, where no country is named"
            : "a town of the article's country spelled another way");
  }

  /**
   * Whether a name and a town's name, read loosely alike, also start with the same letter and are
   * of about the same length: "Yasinovataya" and Yasynuvata, not "Castillo" and Castelo Branco.
   */
  private static boolean alike(String phrase, String town) {
    String a = org.eventline.suggest.text.NameKey.of(phrase);
    String b = org.eventline.suggest.text.NameKey.of(town);
    return !a.isEmpty()
        && !b.isEmpty()
        && a.charAt(0) == b.charAt(0)
        && Math.abs(a.length() - b.length()) <= 3;
  }

  /**
   * A county or district of the article's country that a name designates, when the gazetteer offers
   * only places abroad by that name, or none ("arrested in Norfolk" in a British article is the
   * county, not Norfolk, Virginia); null when the sentence names another country beside the name or
   * the article's country has no such unit. Placed at the unit's most populous town.
   */
  private PlaceMention secondLevelUnit(
      SentenceTokens words, int first, int last, String home, List<PlaceMention> before) {
    PlaceCues cues = PlaceCues.of(words.text(), words.tokens(), first, last, before);
    if (cues.otherCountry() || cues.unit()) {
      return null;
    }
    String phrase = words.phrase(first, last);
    Optional<Place> town = gazetteer.admin2Unit(home, phrase);
    Optional<Country> country = countries.byCode(home);
    if (town.isEmpty() || country.isEmpty()) {
      return null;
    }
    Place t = town.get();
    Place unit =
        new Place(
            phrase,
            phrase,
            t.country(),
            t.admin1(),
            t.admin2(),
            t.latitude(),
            t.longitude(),
            false,
            Place.SECOND_LEVEL_UNIT,
            t.population());
    return new PlaceMention(
        words.token(first).start(),
        words.spanEnd(last),
        phrase,
        PlaceMention.Level.CITY,
        unit,
        country.get(),
        cues.near(),
        cues.locative(),
        "'"
            + phrase
            + "' -> "
            + t.admin2()
            + ", "
            + t.admin1()
            + ", "
            + t.country()
            + " (second-level unit of the article's country, where the gazetteer's places of"
            + " that name lie abroad)");
  }

  /** What a span names whatever the preferred countries: a country, a demonym, or entries. */
  private PlaceNames.Named lookUp(SentenceTokens words, int first, int last) {
    if (!shapeOk(words, first, last)) {
      return PlaceNames.Named.NOTHING;
    }
    String key = words.key(first, last);
    if (excluded.contains(key) || (first == last && COMMON_WORDS.contains(key))) {
      return PlaceNames.Named.NOTHING;
    }
    String phrase = words.phrase(first, last);
    Country country = countryNamed(words, first, last);
    if (country != null
        && !(first == last
            && phrase.length() <= 3
            && !phrase.equals(phrase.toUpperCase(Locale.ROOT)))) {
      PlaceMention unit = unitTheCountryListNames(words, first, last, country);
      return PlaceNames.Named.of(unit != null ? unit : countryMention(words, first, last, country));
    }
    Optional<Country> demonym = countries.byDemonymKey(key);
    if (demonym.isPresent()) {
      return PlaceNames.Named.of(demonymMention(words, first, last, demonym.get()));
    }
    PlaceMention region = region(words, first, last, key);
    if (region != null) {
      return PlaceNames.Named.of(region);
    }
    List<Gazetteer.Entry> entries = unitNames(gazetteer.lookupKey(key), key);
    if (entries.isEmpty() && ARTICLE.matcher(phrase).lookingAt()) {
      entries = gazetteer.lookup(ARTICLE.matcher(phrase).replaceFirst(""));
    }
    if (entries.isEmpty()) {
      // every spelling of the inner article: "Deir az-Zor" names the city, "Deir ez-Zor" also
      // the unit
      java.util.LinkedHashSet<Gazetteer.Entry> spelt = new java.util.LinkedHashSet<>();
      for (String variant : ArabicArticle.variants(phrase)) {
        spelt.addAll(gazetteer.lookup(variant));
      }
      entries = unitNames(List.copyOf(spelt), key);
    }
    if (entries.isEmpty() && unitPosition(words, first, last)) {
      PlaceMention unit =
          looseUnit(
              words,
              first,
              last,
              null,
              "first-level unit spelled another way, where the text names a province");
      if (unit != null) {
        return PlaceNames.Named.of(unit);
      }
    }
    return entries.isEmpty() ? PlaceNames.Named.UNKNOWN : PlaceNames.Named.of(entries);
  }

  /**
   * A region of {@link RegionNames} ("Eastern Ghouta"), or the surroundings of a town that is a
   * unit of its own ("the outskirts of Damascus", "Damascus countryside"): the unit it lies in, the
   * mention spanning the words that say so; else null.
   */
  private PlaceMention region(SentenceTokens words, int first, int last, String key) {
    Optional<RegionNames.Unit> unit = regions.of(key);
    int from = first;
    int to = last;
    if (unit.isEmpty()) {
      if (first >= 2
          && words.lower(first - 1).equals("of")
          && RegionNames.SURROUNDINGS_OF.contains(words.lower(first - 2))) {
        from = first - 2;
      } else if (first >= 1 && words.lower(first - 1).equals("rural")) {
        from = first - 1;
      } else if (last + 1 < words.size()
          && RegionNames.SURROUNDINGS_AFTER.contains(words.lower(last + 1))) {
        to = last + 1;
      } else {
        return null;
      }
      unit = regions.surroundingsOf(key);
    }
    if (unit.isEmpty()) {
      return null;
    }
    Optional<Place> p = gazetteer.admin1Unit(unit.get().alpha2(), unit.get().admin1());
    Country c = p.flatMap(u -> countries.byCode(u.country())).orElse(null);
    if (c == null) {
      return null;
    }
    String phrase = words.phrase(from, to);
    return spelledAnotherWay(
        words,
        from,
        words.spanEnd(to),
        PlaceMention.Level.ADMIN1,
        p.get(),
        c,
        false,
        "'" + phrase + "' -> " + p.get().asciiName() + ", " + p.get().country(),
        "a region within the unit, "
            + RegionNames.RESOURCE.substring(RegionNames.RESOURCE.lastIndexOf('/') + 1));
  }

  /**
   * True where the text says a name is a first-level unit: "Province" (or another unit word) right
   * after it, or written after a comma or a bracket that follows a name, and followed by a comma, a
   * bracket or the sentence's end ("Bulo Burte, Hiraan, ...", "(Soum, Sahel)").
   */
  private static boolean unitPosition(SentenceTokens words, int first, int last) {
    if (last + 1 < words.size()
        && words.gapIs(last + 1, " ")
        && PlaceCues.UNIT_WORDS.contains(words.lower(last + 1))) {
      return true;
    }
    if (first == 0) {
      return false;
    }
    String text = words.text();
    String gapBefore = text.substring(words.token(first - 1).end(), words.token(first).start());
    if (!gapBefore.strip().equals(",") && !gapBefore.strip().equals("(")) {
      return false;
    }
    int end = words.token(last).end();
    String after =
        last + 1 < words.size()
            ? text.substring(end, words.token(last + 1).start())
            : text.substring(end);
    String a = after.strip();
    return a.isEmpty() || a.startsWith(",") || a.startsWith(")") || a.startsWith(".");
  }

  /**
   * The one first-level unit a name spells another way ({@link
   * org.eventline.suggest.text.NameKey#loose}: "Hiraan" for Hiiraan, "Hilmand" for Helmand, "Lower
   * Jubba" for Lower Juba), in country {@code home} when it is not null; else null. The caller has
   * checked the text says a unit, or a place, is named there; {@code why} says which.
   */
  private PlaceMention looseUnit(
      SentenceTokens words, int first, int last, String home, String why) {
    List<Place> units =
        gazetteer.admin1ByLooseSpelling(words.phrase(first, last)).stream()
            .map(Gazetteer.Entry::place)
            .filter(p -> home == null || p.country().equals(home))
            .toList();
    if (units.isEmpty()
        || units.stream().map(p -> p.country() + "/" + p.admin1()).distinct().count() != 1) {
      return null;
    }
    return unitMention(words, first, last, units.get(0), why);
  }

  /** The first-level unit {@code p} read from a name spelled another way (with its unit word). */
  private PlaceMention unitMention(SentenceTokens words, int first, int last, Place p, String why) {
    Country c = countries.byCode(p.country()).orElse(null);
    if (c == null) {
      return null;
    }
    int end = words.spanEnd(last);
    if (last + 1 < words.size() && PlaceCues.UNIT_WORDS.contains(words.lower(last + 1))) {
      end = words.token(last + 1).end();
    }
    String phrase = words.phrase(first, last);
    return spelledAnotherWay(
        words,
        first,
        end,
        PlaceMention.Level.ADMIN1,
        p,
        c,
        false,
        "'" + phrase + "' -> " + p.asciiName() + ", " + p.country(),
        why);
  }

  /** A place read from a spelling the gazetteer does not have: where it is, and why. */
  private static PlaceMention spelledAnotherWay(
      SentenceTokens words,
      int first,
      int end,
      PlaceMention.Level level,
      Place p,
      Country c,
      boolean near,
      String found,
      String why) {
    int start = words.token(first).start();
    return new PlaceMention(
        start,
        end,
        words.text().substring(start, end),
        level,
        p,
        c,
        near,
        true,
        found + " (" + why + ")");
  }

  /**
   * The country a span names ({@link Countries#byName}: without a leading "the", else as it is), or
   * null.
   */
  private Country countryNamed(SentenceTokens words, int first, int last) {
    String key = words.key(first, last);
    boolean the = last > first && words.token(first).text().equalsIgnoreCase("the");
    return countries.byNameKeys(the ? words.key(first + 1, last) : key, key).orElse(null);
  }

  /**
   * The first-level unit of a country that the country list also gives as a name of the country
   * ("the West Bank" and "the Gaza Strip" are Palestine's two): a place within the country, so the
   * unit, not the country; else null.
   */
  private PlaceMention unitTheCountryListNames(
      SentenceTokens words, int first, int last, Country country) {
    boolean the = last > first && words.token(first).text().equalsIgnoreCase("the");
    int from = the ? first + 1 : first;
    String key = words.key(from, last);
    if (key.equals(org.eventline.suggest.text.NameKey.of(country.name()))
        || key.equals(org.eventline.suggest.text.NameKey.of(country.localName()))) {
      return null; // "Mexico" is the country, though México is also one of its states
    }
    for (Gazetteer.Entry e : gazetteer.lookupKey(key)) {
      Place p = e.place();
      if (e.primaryName() && p.admin1Unit() && p.country().equals(country.alpha2())) {
        return unitMention(
            words, from, last, p, "a first-level unit the country list names the country by");
      }
    }
    return null;
  }

  private PlaceMention countryMention(SentenceTokens words, int first, int last, Country country) {
    List<Token> tokens = words.tokens();
    String phrase = words.phrase(first, last);
    return new PlaceMention(
        tokens.get(first).start(),
        words.spanEnd(last),
        phrase,
        PlaceMention.Level.COUNTRY,
        capitalOf(country),
        country,
        PlaceCues.nearBefore(tokens, first),
        PlaceCues.countryLocative(tokens, first, last)
            || PlaceCues.dateline(words, first, last)
            || PlaceCues.closesUnknownPlace(words, first),
        "country name '" + phrase + "'");
  }

  private static PlaceMention demonymMention(
      SentenceTokens words, int first, int last, Country country) {
    String phrase = words.phrase(first, last);
    return new PlaceMention(
        words.token(first).start(),
        words.spanEnd(last),
        phrase,
        PlaceMention.Level.DEMONYM,
        null,
        country,
        false,
        false,
        "demonym '" + phrase + "'");
  }

  /** The entry the cues and preferred countries choose for a span, as a mention, or null. */
  private PlaceMention choose(
      SentenceTokens words,
      int first,
      int last,
      List<Gazetteer.Entry> entries,
      List<String> preferred,
      List<PlaceMention> before) {
    String sentence = words.text();
    PlaceCues cues = PlaceCues.of(sentence, words.tokens(), first, last, before);
    Optional<Gazetteer.Entry> best = choice.best(entries, cues, preferred);
    if (best.isEmpty()) {
      return null;
    }
    Gazetteer.Entry e = best.get();
    Place p = e.place();
    int start = words.token(first).start();
    int end = words.spanEnd(last);
    int mentionEnd = cues.unitWordEnd() > 0 && p.admin1Unit() ? cues.unitWordEnd() : end;
    Country c = countries.byCode(p.country()).orElseThrow();
    return new PlaceMention(
        start,
        mentionEnd,
        sentence.substring(start, mentionEnd),
        p.admin1Unit() ? PlaceMention.Level.ADMIN1 : PlaceMention.Level.CITY,
        p,
        c,
        cues.near(),
        cues.locative(),
        choice.reason(words.phrase(first, last), e, cues, preferred));
  }

  private Place capitalOf(Country country) {
    return gazetteer.capital(country.alpha2()).orElse(null);
  }

  /**
   * Words before a name written with a lower-case article alone ("of al-Raqqah") that make it a
   * place; elsewhere such a word is part of a group's or a medium's name ("Hayat Tahrir al-Sham",
   * "al-Jazeera reported").
   */
  private static final Set<String> BEFORE_ARTICLE_NAME =
      words("in", "of", "near", "at", "outside", "into", "around", "across", "toward", "towards");

  private static boolean shapeOk(SentenceTokens words, int first, int last) {
    if (!nameWord(words.token(last))) {
      return false;
    }
    if (first == last
        && !words.token(first).capitalized()
        && (first == 0 || !BEFORE_ARTICLE_NAME.contains(words.lower(first - 1)))) {
      return false;
    }
    for (int k = first + 1; k <= last; k++) {
      Token t = words.token(k);
      if (!words.gapIs(k, " ") && !words.gapIs(k, "-")) {
        return false;
      }
      if (k < last && !nameWord(t) && !PARTICLES.contains(words.lower(k))) {
        return false;
      }
      Token before = words.token(k - 1);
      if (before.possessive()) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> wordList(String resource) {
    try (java.io.InputStream in = PlaceFinder.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new org.eventline.EventlineException("resource " + resource + " is missing");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());
    } catch (java.io.IOException e) {
      throw new org.eventline.EventlineException("cannot read " + resource, e);
    }
  }

  private static Set<String> words(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }
}
