package org.eventline.suggest.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventline.schema.Acled;
import org.eventline.suggest.places.Countries;
import org.eventline.suggest.places.Country;
import org.eventline.suggest.places.PlaceMention;
import org.eventline.suggest.text.SentenceTokens;
import org.eventline.suggest.text.Token;

/**
 * Finds the actors a sentence names: aliases of the dictionary, generic words resolved with a
 * country ("Ukrainian troops", "police" in an article about Serbia), words that refer back to an
 * actor named before ("the insurgents"), countries acting as states ("Turkey began an offensive"),
 * and organisations the dictionary does not know, which are offered as new actors.
 */
public final class ActorFinder {

  /** Words after a demonym that make it a state's forces ("Turkish airstrikes"). */
  private static final Set<String> FORCE_NOUNS =
      words(
          "airstrikes",
          "airstrike",
          "air",
          "strikes",
          "shelling",
          "artillery",
          "jets",
          "warplanes",
          "drones",
          "drone",
          "strike",
          "missile",
          "missiles",
          "rockets",
          "warplane",
          "helicopter",
          "helicopters",
          "raids",
          "offensive",
          "invasion",
          "aggression",
          "forces",
          "troops",
          "soldiers",
          "army",
          "military",
          "police");

  /** Verbs after a country name that make it an actor ("Turkey began"). */
  private static final Set<String> AGENT_VERBS =
      words(
          "began",
          "launched",
          "announced",
          "carried",
          "struck",
          "attacked",
          "invaded",
          "invades",
          "bombed",
          "killed",
          "kills",
          "shelled",
          "fired",
          "deployed",
          "sent",
          "withdrew",
          "seized",
          "captured",
          "claimed",
          "conducted");

  /** Last words of organisation names ("... Front", "... Brigades"). */
  private static final Set<String> ORG_WORDS =
      words(
          "front",
          "army",
          "movement",
          "group",
          "forces",
          "brigade",
          "brigades",
          "party",
          "council",
          "union",
          "organisation",
          "organization",
          "militia",
          "militias",
          "committee",
          "force",
          "corps",
          "guard",
          "guards",
          "hezbollah",
          "jihad",
          "alliance",
          "command",
          "mobilization",
          "mobilisation",
          "units",
          "battalion",
          "battalions",
          "cartel",
          "brotherhood",
          "state",
          "emirate",
          "regiment",
          "coalition");

  /** Lower-case words that may stand inside an organisation's name ("Army of the Men"). */
  private static final Set<String> JOINING = words("of", "for", "the", "and");

  /** An acronym in parentheses after a name ("(TTP)"). */
  private static final java.util.regex.Pattern ACRONYM =
      java.util.regex.Pattern.compile("[A-Z][A-Za-z-]{1,7}");

  private final ActorDictionary dictionary;
  private final Countries countries;

  public ActorFinder(ActorDictionary dictionary, Countries countries) {
    this.dictionary = dictionary;
    this.countries = countries;
  }

  /**
   * The actors of a sentence, in text order.
   *
   * @param places the places found in the same sentence (demonyms and countries say whose forces)
   * @param country the article's country, or null
   * @param date the event date (categories change over time)
   * @param before actors named earlier in the article, most recent last
   */
  public List<ActorMention> find(
      String sentence,
      List<PlaceMention> places,
      Country country,
      LocalDate date,
      List<ActorMention> before) {
    return find(new SentenceTokens(sentence), places, country, date, before);
  }

  /**
   * The actors of a sentence split into words, in text order.
   *
   * @param places the places found in the same sentence (demonyms and countries say whose forces)
   * @param country the article's country, or null
   * @param date the event date (categories change over time)
   * @param before actors named earlier in the article, most recent last
   */
  public List<ActorMention> find(
      SentenceTokens words,
      List<PlaceMention> places,
      Country country,
      LocalDate date,
      List<ActorMention> before) {
    String sentence = words.text();
    List<Token> tokens = words.tokens();
    List<ActorMention> found = new ArrayList<>();
    walk(
        words,
        (i, last) -> {
          ActorMention m = match(words, i, last, places, country, date, before, found);
          if (m != null) {
            found.add(m);
          }
          return m != null;
        },
        i -> {
          Optional<ActorMention> state = stateByCountry(tokens, i, places, date);
          state.ifPresent(found::add);
          return state.map(s -> indexAfter(tokens, s.end())).orElse(-1);
        });
    found.addAll(unknownOrganisations(words, found, places));
    found.sort(java.util.Comparator.comparingInt(ActorMention::start));
    return membersOf(sentence, found);
  }

  /**
   * The home countries of the named actors that {@link #find} gives for a sentence read with no
   * country and nothing named before, in text order: what ranks an article's countries ({@code
   * Suggester}), before the country is known that the full reading needs. The same walk over the
   * words as {@code find}, which decides the same spans (a generic word resolved only by a country
   * written before it, a country acting as a state), but no mention is made: no phrase or reason is
   * written, no force of a country looked up, no unknown organisation sought, none of which changes
   * which named actors are read.
   *
   * @param places the places found in the same sentence
   * @param date the date the actors' categories are read on
   */
  public List<String> namedHomes(SentenceTokens words, List<PlaceMention> places, LocalDate date) {
    List<Token> tokens = words.tokens();
    List<String> homes = new ArrayList<>();
    walk(
        words,
        (i, last) -> {
          if (!connected(words, i, last)) {
            return false;
          }
          List<Actor> named = dictionary.named(words, i, last);
          if (!named.isEmpty()) {
            String home = actorOn(named, date).country();
            if (home != null) {
              homes.add(home);
            }
            return true;
          }
          // a generic word, resolved by the country before it: no named actor
          return dictionary.genericByKey(words.key(i, last)).isPresent()
              && countryBefore(places, words.token(i).start()).isPresent();
        },
        i -> statePlace(tokens, i, places).map(s -> indexAfter(tokens, s.end())).orElse(-1));
    return homes;
  }

  /** Reads the span of words {@code i} to {@code last}; true when it names an actor (taken). */
  @FunctionalInterface
  private interface SpanReader {
    boolean read(int i, int last);
  }

  /**
   * The walk over a sentence's words that {@link #find} and {@link #namedHomes} share: at each
   * word, the longest span the dictionary allows first; a span read is skipped past; else {@code
   * state} reads a country acting as a state at the word and gives the index after it (-1: none).
   */
  private void walk(
      SentenceTokens words, SpanReader span, java.util.function.IntUnaryOperator state) {
    int i = 0;
    while (i < words.size()) {
      int next = i + 1;
      for (int last = Math.min(words.size(), i + dictionary.wordsFrom(words, i)) - 1;
          last >= i;
          last--) {
        if (span.read(i, last)) {
          next = last + 1;
          break;
        }
      }
      if (next == i + 1) {
        int after = state.applyAsInt(i);
        if (after >= 0) {
          next = after;
        }
      }
      i = next;
    }
  }

  /** "of" or "of the" between a word for fighters and the group they belong to. */
  private static final java.util.regex.Pattern OF_THE =
      java.util.regex.Pattern.compile("\\s+of\\s+(the\\s+)?");

  /**
   * "Fighters of the LPR", "soldiers of the Taliban": a generic armed word followed by "of" and a
   * named armed group names the group's members, not the article country's forces or the last group
   * named before.
   */
  private static List<ActorMention> membersOf(String sentence, List<ActorMention> found) {
    List<ActorMention> out = new ArrayList<>(found);
    for (int k = 0; k + 1 < out.size(); k++) {
      ActorMention word = out.get(k);
      ActorMention group = out.get(k + 1);
      if (word.kind() != ActorMention.Kind.NAMED
          && word.kind() != ActorMention.Kind.UNKNOWN
          && word.armed()
          && group.kind() == ActorMention.Kind.NAMED
          && group.armed()
          && OF_THE.matcher(sentence.substring(word.end(), group.start())).matches()) {
        out.set(
            k,
            new ActorMention(
                word.start(),
                word.end(),
                word.phrase(),
                group.name(),
                group.category(),
                group.home(),
                ActorMention.Kind.CONTEXT,
                "'"
                    + word.phrase()
                    + "' -> "
                    + group.name()
                    + " (members of '"
                    + group.phrase()
                    + "')"));
      }
    }
    return out;
  }

  /** The actor the span names, or null. */
  private ActorMention match(
      SentenceTokens words,
      int first,
      int last,
      List<PlaceMention> places,
      Country country,
      LocalDate date,
      List<ActorMention> before,
      List<ActorMention> found) {
    if (!connected(words, first, last)) {
      return null;
    }
    List<Actor> named = dictionary.named(words, first, last);
    if (!named.isEmpty()) {
      return namedMention(words, first, last, named, date);
    }
    Optional<GenericActor> generic = dictionary.genericByKey(words.key(first, last));
    if (generic.isEmpty()) {
      return null;
    }
    int start = words.token(first).start();
    Country whose = countryBefore(places, start).orElse(country);
    if (whose == null) {
      return null;
    }
    return resolve(
        generic.get(),
        start,
        words.spanEnd(last),
        words.phrase(first, last),
        whose,
        date,
        before,
        found);
  }

  private static ActorMention namedMention(
      SentenceTokens words, int first, int last, List<Actor> named, LocalDate date) {
    String phrase = words.phrase(first, last);
    Actor actor = actorOn(named, date);
    String category = actor.categoryOn(date).orElse(actor.roles().get(0).category());
    return new ActorMention(
        words.token(first).start(),
        words.spanEnd(last),
        phrase,
        actor.name(),
        category,
        actor.country(),
        ActorMention.Kind.NAMED,
        "'"
            + phrase
            + "' -> "
            + actor.name()
            + " ("
            + category
            + " on "
            + date
            + ", actor dictionary)");
  }

  /** Of the actors a phrase names, the first with a category on the date, else the first. */
  private static Actor actorOn(List<Actor> named, LocalDate date) {
    return named.stream()
        .filter(a -> a.categoryOn(date).isPresent())
        .findFirst()
        .orElse(named.get(0));
  }

  private static boolean connected(SentenceTokens words, int first, int last) {
    for (int k = first + 1; k <= last; k++) {
      if (!words.gapIs(k, " ") && !words.gapIs(k, "-")) {
        return false;
      }
    }
    return true;
  }

  private ActorMention resolve(
      GenericActor g,
      int start,
      int end,
      String phrase,
      Country whose,
      LocalDate date,
      List<ActorMention> before,
      List<ActorMention> found) {
    ActorMention owner = found.isEmpty() ? null : found.get(found.size() - 1);
    if (owner != null
        && owner.kind() == ActorMention.Kind.NAMED
        && owner.armed()
        && owner.end() + 1 == start
        && ActorMention.armed(g.category())) {
      // "DPR servicemen", "Taliban fighters": the word names the members of the group before it
      return new ActorMention(
          start,
          end,
          phrase,
          owner.name(),
          owner.category(),
          owner.home(),
          ActorMention.Kind.CONTEXT,
          "'" + phrase + "' -> " + owner.name() + " (members of '" + owner.phrase() + "')");
    }
    if (!g.refersTo().isEmpty()) {
      List<ActorMention> context = new ArrayList<>(before);
      context.addAll(found);
      for (int k = context.size() - 1; k >= 0; k--) {
        ActorMention m = context.get(k);
        if (m.kind() == ActorMention.Kind.NAMED && g.refersTo().contains(m.category())) {
          return new ActorMention(
              start,
              end,
              phrase,
              m.name(),
              m.category(),
              m.home(),
              ActorMention.Kind.CONTEXT,
              "'" + phrase + "' -> " + m.name() + " (refers back to '" + m.phrase() + "')");
        }
      }
    }
    Optional<Actor> standing =
        g.standsFor().equals("military") || g.standsFor().equals("police")
            ? dictionary
                .standingFor(whose.alpha2(), g.standsFor(), date)
                .or(() -> dictionary.standingFor(whose.codedAs(), g.standsFor(), date))
            : Optional.empty();
    String name = standing.map(Actor::name).orElse(g.nameFor(whose));
    String category = standing.flatMap(a -> a.categoryOn(date)).orElse(g.category());
    return new ActorMention(
        start,
        end,
        phrase,
        name,
        category,
        whose.alpha2(),
        ActorMention.Kind.GENERIC,
        "'" + phrase + "' -> " + name + " (generic word, country " + whose.name() + ")");
  }

  private static Optional<Country> countryBefore(List<PlaceMention> places, int start) {
    for (PlaceMention p : places) {
      if (p.end() <= start
          && start - p.end() <= 3
          && (p.level() == PlaceMention.Level.DEMONYM || p.level() == PlaceMention.Level.COUNTRY)) {
        return Optional.of(p.country());
      }
    }
    return Optional.empty();
  }

  /**
   * The country or demonym at word {@code i} that acts as a state, with the word after it that says
   * so ("Turkey began", "Turkish airstrikes"), if any.
   */
  private static Optional<PlaceMention> statePlace(
      List<Token> tokens, int i, List<PlaceMention> places) {
    for (PlaceMention p : places) {
      if (p.start() != tokens.get(i).start()) {
        continue;
      }
      int after = indexAfter(tokens, p.end());
      if (after >= tokens.size()) {
        return Optional.empty();
      }
      String next = tokens.get(after).lower();
      boolean demonymForce = p.level() == PlaceMention.Level.DEMONYM && FORCE_NOUNS.contains(next);
      boolean countryAgent = p.level() == PlaceMention.Level.COUNTRY && AGENT_VERBS.contains(next);
      return demonymForce || countryAgent ? Optional.of(p) : Optional.empty();
    }
    return Optional.empty();
  }

  private Optional<ActorMention> stateByCountry(
      List<Token> tokens, int i, List<PlaceMention> places, LocalDate date) {
    return statePlace(tokens, i, places).map(p -> stateMention(tokens, p, date));
  }

  /** The state's forces a country or demonym acting as a state stands for ({@link #statePlace}). */
  private ActorMention stateMention(List<Token> tokens, PlaceMention p, LocalDate date) {
    int after = indexAfter(tokens, p.end());
    Country c = p.country();
    Optional<Actor> military = dictionary.standingFor(c.alpha2(), "military", date);
    String name = military.map(Actor::name).orElse("Military Forces of " + c.localName());
    String category = military.flatMap(a -> a.categoryOn(date)).orElse(Acled.STATE_FORCES);
    return new ActorMention(
        p.start(),
        p.end(),
        p.phrase(),
        name,
        category,
        c.alpha2(),
        ActorMention.Kind.GENERIC,
        "'" + p.phrase() + " " + tokens.get(after).text() + "' -> " + name + " (the state acting)");
  }

  private List<ActorMention> unknownOrganisations(
      SentenceTokens words, List<ActorMention> known, List<PlaceMention> places) {
    String sentence = words.text();
    List<Token> tokens = words.tokens();
    List<ActorMention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!tokens.get(i).capitalized()) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < tokens.size()
          && (tokens.get(j + 1).capitalized() || JOINING.contains(words.lower(j + 1)))
          && connected(words, j, j + 1)) {
        j++;
      }
      while (j > i && !tokens.get(j).capitalized()) {
        j--;
      }
      int start = tokens.get(i).start();
      int end = tokens.get(j).end();
      boolean orgShaped = j > i && ORG_WORDS.contains(words.lower(j));
      boolean acronym = acronymInParentheses(sentence, end);
      if ((orgShaped || acronym) && !overlaps(known, start, end) && !isPlace(places, words, i, j)) {
        String phrase = sentence.substring(start, acronym ? sentence.indexOf(')', end) + 1 : end);
        out.add(
            new ActorMention(
                start,
                start + phrase.length(),
                phrase,
                phrase,
                null,
                null,
                ActorMention.Kind.UNKNOWN,
                "'"
                    + phrase
                    + "' is not in the actor dictionary: a new actor? add it to actors.yaml"));
      }
      i = j + 1;
    }
    return out;
  }

  private static boolean acronymInParentheses(String sentence, int end) {
    if (end + 2 >= sentence.length() || !sentence.startsWith(" (", end)) {
      return false;
    }
    int close = sentence.indexOf(')', end);
    return close > end + 3
        && close - end <= 10
        && ACRONYM.matcher(sentence).region(end + 2, close).matches();
  }

  private static boolean overlaps(List<ActorMention> known, int start, int end) {
    return known.stream().anyMatch(m -> m.start() < end && start < m.end());
  }

  /**
   * True when the capitalised words are a place the sentence names, or a unit written beside one
   * ("Borno State" in "near Damboa, Borno State"), which is not an organisation.
   */
  private static boolean isPlace(
      List<PlaceMention> places, SentenceTokens words, int first, int last) {
    int start = words.token(first).start();
    int end = words.token(last).end();
    boolean unit = last > first && PlaceMention.isUnitWord(words.lower(last));
    return places.stream()
        .anyMatch(
            p ->
                (p.start() == start && p.end() >= end)
                    || (unit
                        && p.level() != PlaceMention.Level.DEMONYM
                        && p.end() + 2 == start
                        && words.text().startsWith(", ", p.end())));
  }

  private static int indexAfter(List<Token> tokens, int end) {
    int i = 0;
    while (i < tokens.size() && tokens.get(i).start() < end) {
      i++;
    }
    return i;
  }

  private static Set<String> words(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }
}
