package org.eventline.suggest.actors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventline.EventlineException;
import org.eventline.curation.YamlTrees;
import org.eventline.suggest.text.NameKey;
import org.eventline.suggest.text.SentenceTokens;
import org.eventline.suggest.text.Token;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The curated, editable actor dictionary ({@code actors.yaml}, or a user's own file): named actors
 * with aliases and date-bounded ACLED categories, and generic words resolved with the article's
 * country. Read through the project's hardened YAML reader; categories are checked against the
 * schema's list.
 */
public final class ActorDictionary {

  public static final String RESOURCE = "actors.yaml";

  /** Generic entries every dictionary needs: suggest falls back on them. */
  static final List<String> NEEDED_GENERICS =
      List.of("military", "police", "protesters", "rioters", "civilians", "unidentified");

  private final List<Actor> actors;
  private final List<GenericActor> generics;
  private final Map<String, List<Actor>> byAlias;
  private final Map<String, Actor> byName;
  private final Set<String> capitalAliases;
  private final Map<String, GenericActor> byWord;
  private final int longestAlias;

  /** First word (key) of every alias and generic word, with the most words any of them has. */
  private final Map<String, Integer> firstWords;

  /**
   * Every key of an alias or generic word cut before each of its spaces and hyphens ({@code
   * "islamic state"} gives {@code "islamic"}): a span can name one only if the key of its words up
   * to each inner gap is among them ({@link #wordsFrom}).
   */
  private final Set<String> keyPrefixes;

  private ActorDictionary(List<Actor> actors, List<GenericActor> generics) {
    this.actors = List.copyOf(actors);
    this.generics = List.copyOf(generics);
    Map<String, List<Actor>> aliases = new HashMap<>();
    Set<String> capitals = new java.util.HashSet<>();
    int longest = 1;
    for (Actor a : actors) {
      Set<String> names = new LinkedHashSet<>(a.aliases());
      names.add(a.name());
      for (String alias : names) {
        String key = NameKey.of(alias);
        List<Actor> list = aliases.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(a)) {
          list.add(a);
        }
        if (alias.length() <= 6 && alias.equals(alias.toUpperCase(Locale.ROOT))) {
          capitals.add(key);
        }
        longest = Math.max(longest, Token.of(alias).size());
      }
    }
    Map<String, GenericActor> words = new HashMap<>();
    for (GenericActor g : generics) {
      for (String w : g.words()) {
        words.putIfAbsent(NameKey.of(w), g);
        longest = Math.max(longest, Token.of(w).size());
      }
    }
    this.byAlias = Map.copyOf(aliases);
    Map<String, Actor> names = new HashMap<>();
    actors.forEach(a -> names.putIfAbsent(a.name(), a));
    this.byName = Map.copyOf(names);
    this.capitalAliases = Set.copyOf(capitals);
    this.byWord = Map.copyOf(words);
    this.longestAlias = longest;
    Map<String, Integer> first = new HashMap<>();
    for (String key : aliases.keySet()) {
      addFirstWord(first, key);
    }
    for (String key : words.keySet()) {
      addFirstWord(first, key);
    }
    // a key split into words is not always the text split so ("U.S.-led coalition" is one word
    // and then another in a sentence, "u.s" and more in its key): the first word as written too
    for (Actor a : actors) {
      a.aliases().forEach(alias -> addFirstWrittenWord(first, alias));
      addFirstWrittenWord(first, a.name());
    }
    for (GenericActor g : generics) {
      g.words().forEach(w -> addFirstWrittenWord(first, w));
    }
    this.firstWords = Map.copyOf(first);
    Set<String> prefixes = new java.util.HashSet<>();
    for (String key : aliases.keySet()) {
      addPrefixes(prefixes, key);
    }
    for (String key : words.keySet()) {
      addPrefixes(prefixes, key);
    }
    this.keyPrefixes = Set.copyOf(prefixes);
  }

  /** Adds a key's beginnings that end before a space or a hyphen. */
  private static void addPrefixes(Set<String> prefixes, String key) {
    for (int k = 1; k < key.length(); k++) {
      char c = key.charAt(k);
      if (c == ' ' || c == '-') {
        prefixes.add(key.substring(0, k));
      }
    }
  }

  /** The shipped dictionary. */
  public static ActorDictionary load(Collection<String> categories) {
    JsonNode root;
    try {
      root =
          org.eventline.suggest.vocabulary.ShippedTrees.read(
              ActorDictionary.class, "/org/eventline/suggest/" + RESOURCE);
    } catch (JacksonException e) {
      throw new EventlineException(RESOURCE + ": invalid YAML: " + e.getOriginalMessage());
    }
    return parse(RESOURCE, root, categories);
  }

  /** A user's dictionary file. */
  public static ActorDictionary load(Path file, Collection<String> categories) throws IOException {
    return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8), categories);
  }

  /**
   * Parses a dictionary.
   *
   * @throws EventlineException naming the file and entry when the dictionary is malformed
   */
  public static ActorDictionary parse(String file, String yaml, Collection<String> categories) {
    JsonNode root;
    try {
      root = YamlTrees.read(yaml);
    } catch (JacksonException e) {
      throw new EventlineException(file + ": invalid YAML: " + e.getOriginalMessage());
    }
    return parse(file, root, categories);
  }

  /** Parses a dictionary's tree ({@link #parse(String, String, Collection)}). */
  private static ActorDictionary parse(String file, JsonNode root, Collection<String> categories) {
    List<Actor> actors = new ArrayList<>();
    for (JsonNode node : root.path("actors")) {
      actors.add(actor(file, node, categories));
    }
    List<GenericActor> generics = new ArrayList<>();
    for (JsonNode node : root.path("generic")) {
      generics.add(generic(file, node, categories));
    }
    for (String needed : NEEDED_GENERICS) {
      if (generics.stream().noneMatch(g -> g.standsFor().equals(needed))) {
        throw new EventlineException(
            file
                + ": the 'generic:' list has no entry with stands_for: "
                + needed
                + "; suggest names actors it cannot find in the text with it");
      }
    }
    return new ActorDictionary(actors, generics);
  }

  private static Actor actor(String file, JsonNode node, Collection<String> categories) {
    String name = required(file, node, "name");
    JsonNode aliases = node.path("aliases");
    if (!aliases.isMissingNode() && !aliases.isArray()) {
      throw new EventlineException(
          file + ": actor '" + name + "': aliases must be a list, for example [Taliban, Taleban]");
    }
    List<Actor.Role> roles = new ArrayList<>();
    for (JsonNode r : node.path("roles")) {
      String category = category(file, name, r.path("category").asString(""), categories);
      roles.add(
          new Actor.Role(category, date(file, name, r, "from"), date(file, name, r, "until")));
    }
    if (roles.isEmpty()) {
      throw new EventlineException(
          file + ": actor '" + name + "' has no roles; give at least one category");
    }
    String country = text(node, "country");
    String territory = text(node, "territory");
    if (territory != null && country == null) {
      throw new EventlineException(
          file + ": actor '" + name + "': territory '" + territory + "' needs the actor's country");
    }
    return new Actor(
        name, strings(node.path("aliases")), country, text(node, "stands_for"), territory, roles);
  }

  private static GenericActor generic(String file, JsonNode node, Collection<String> categories) {
    String template = required(file, node, "name");
    return new GenericActor(
        template,
        category(file, template, node.path("category").asString(""), categories),
        required(file, node, "stands_for"),
        strings(node.path("words")),
        strings(node.path("refers_to")).stream()
            .map(c -> category(file, template, c, categories))
            .toList());
  }

  private static String required(String file, JsonNode node, String key) {
    String value = text(node, key);
    if (value == null || value.isBlank()) {
      throw new EventlineException(file + ": an entry has no '" + key + "': " + node);
    }
    return value;
  }

  private static String text(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v == null || v.isNull() ? null : v.asString();
  }

  private static List<String> strings(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(n -> out.add(n.asString()));
    return out;
  }

  private static String category(
      String file, String name, String category, Collection<String> categories) {
    if (!categories.contains(category)) {
      throw new EventlineException(
          file
              + ": actor '"
              + name
              + "' has category '"
              + category
              + "'; expected one of: "
              + String.join(", ", categories));
    }
    return category;
  }

  private static LocalDate date(String file, String name, JsonNode role, String key) {
    String value = text(role, key);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new EventlineException(
          file + ": actor '" + name + "': " + key + " '" + value + "' is not a date YYYY-MM-DD");
    }
  }

  /**
   * This dictionary with a dataset's own entries merged in: a dataset actor replaces the one of the
   * same name here, and comes first (its aliases win); a dataset generic entry replaces the one
   * here with the same name and stands_for. Checks nothing further: the dataset's file was read by
   * {@link DatasetActors}.
   */
  public ActorDictionary withDataset(DatasetActors dataset) {
    if (dataset.actors().isEmpty() && dataset.generics().isEmpty()) {
      return this;
    }
    Set<String> names = new java.util.HashSet<>();
    dataset.actors().forEach(a -> names.add(a.name()));
    List<Actor> merged = new ArrayList<>(dataset.actors());
    actors.stream().filter(a -> !names.contains(a.name())).forEach(merged::add);
    Set<String> templates = new java.util.HashSet<>();
    dataset.generics().forEach(g -> templates.add(g.template() + "|" + g.standsFor()));
    List<GenericActor> mergedGenerics = new ArrayList<>(dataset.generics());
    generics.stream()
        .filter(g -> !templates.contains(g.template() + "|" + g.standsFor()))
        .forEach(mergedGenerics::add);
    return new ActorDictionary(merged, mergedGenerics);
  }

  public List<Actor> actors() {
    return actors;
  }

  public List<GenericActor> generics() {
    return generics;
  }

  /**
   * Records that an alias or generic word of this many words starts with its first word, keeping
   * the longest per first word.
   */
  private static void addFirstWrittenWord(Map<String, Integer> first, String written) {
    List<Token> tokens = Token.of(written);
    if (!tokens.isEmpty()) {
      first.merge(NameKey.of(tokens.get(0).bare()), tokens.size(), Math::max);
    }
  }

  private static void addFirstWord(Map<String, Integer> first, String key) {
    List<Token> tokens = Token.of(key);
    if (!tokens.isEmpty()) {
      first.merge(tokens.get(0).text(), tokens.size(), Math::max);
    }
  }

  /**
   * The most words an alias or generic word starting with this word has (0 when none starts with
   * it); a leading "the" counts as a word of its own. For word {@code i} of a sentence, its key
   * computed once ({@link SentenceTokens#key}: the key of the word without a possessive, which is
   * the word's own key when it has none). Bounded further by the words that follow ({@link
   * #reach}): after "the" or "government" (aliases of up to 13 words start so) the finder would
   * otherwise make and look up a key for every span of up to 14 words, of which most sentences have
   * no alias beyond the first two. Computed once per word of a sentence ({@link
   * SentenceTokens#perWord}): the article's first reading of its actors and the full one walk the
   * same words.
   */
  int wordsFrom(SentenceTokens words, int i) {
    int[] known = words.perWord(this);
    if (known[i] < 0) {
      known[i] = computeWordsFrom(words, i);
    }
    return known[i];
  }

  private int computeWordsFrom(SentenceTokens words, int i) {
    Token token = words.token(i);
    String bareKey = words.key(i, i);
    String key = !token.possessive() ? bareKey : NameKey.of(token.text());
    int most;
    if (key.equals("the")) {
      most = longestAlias + 1;
    } else {
      Integer n = firstWords.get(key);
      most = n != null ? n : firstWords.getOrDefault(bareKey, 0);
    }
    return most <= 1 ? most : Math.min(most, lastReached(words, i) - i + 1);
  }

  /**
   * The last word a span starting at word {@code i} can end with and name an alias or a generic
   * word, directly or, after "the", without it ({@link #named(SentenceTokens, int, int)}).
   */
  int lastReached(SentenceTokens words, int i) {
    int last = reach(words, i);
    if (i + 1 < words.size() && words.token(i).text().equalsIgnoreCase("the")) {
      last = Math.max(last, reach(words, i + 1));
    }
    return last;
  }

  /**
   * The last word a span starting at word {@code i} can end with and still name an alias or a
   * generic word ({@link #keyPrefixes}): the key of a span's words up to a gap is the beginning of
   * the span's own key, up to a space or a hyphen (keys fold character by character, and a space or
   * hyphen is where nothing folds across), so once the words up to some gap are no alias's
   * beginning, no longer span is an alias. A gap other than one space or one hyphen ends every span
   * ({@code ActorFinder} joins no others). Each step makes one key.
   */
  private int reach(SentenceTokens words, int i) {
    Token token = words.token(i);
    String text = words.text();
    String key = !token.possessive() ? words.key(i, i) : NameKey.of(token.text());
    int last = i;
    while (last + 1 < words.size()
        && (words.gapIs(last + 1, " ") || words.gapIs(last + 1, "-"))
        && keyPrefixes.contains(key)) {
      last++;
      if (last + 1 < words.size()) {
        key = NameKey.of(text.substring(token.start(), words.token(last).end()));
      }
    }
    return last;
  }

  /**
   * The named actors a phrase designates, as written in the text: an alias of up to six capitals
   * (ANDSF, IS) matches only in capitals.
   */
  public List<Actor> named(String phrase) {
    List<Actor> found = namedExactly(phrase);
    if (found.isEmpty() && phrase.regionMatches(true, 0, "the ", 0, 4)) {
      return namedExactly(phrase.substring(4));
    }
    return found;
  }

  private List<Actor> namedExactly(String phrase) {
    String key = NameKey.of(phrase);
    List<Actor> found = byAlias.get(key);
    if (found == null) {
      return List.of();
    }
    if (capitalAliases.contains(key) && !phrase.equals(phrase.toUpperCase(Locale.ROOT))) {
      return List.of();
    }
    return found;
  }

  /**
   * {@link #named(String)} of a span of a sentence's words (its key computed once): the span, else
   * the span without a leading "the".
   */
  public List<Actor> named(SentenceTokens words, int first, int last) {
    List<Actor> found = namedExactly(words, first, last);
    if (found.isEmpty() && last > first && words.token(first).text().equalsIgnoreCase("the")) {
      return namedExactly(words, first + 1, last);
    }
    return found;
  }

  private List<Actor> namedExactly(SentenceTokens words, int first, int last) {
    String key = words.key(first, last);
    List<Actor> found = byAlias.get(key);
    if (found == null) {
      return List.of();
    }
    String phrase = words.phrase(first, last);
    if (capitalAliases.contains(key) && !phrase.equals(phrase.toUpperCase(Locale.ROOT))) {
      return List.of();
    }
    return found;
  }

  /** The actor of that canonical name, if the dictionary has one. */
  public Optional<Actor> byName(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The named actor a phrase designates on a day: the first whose roles cover the day. */
  public Optional<Actor> named(String phrase, LocalDate date) {
    return named(phrase).stream().filter(a -> a.categoryOn(date).isPresent()).findFirst();
  }

  /** The generic actor a word stands for ("troops"), if any. */
  public Optional<GenericActor> generic(String phrase) {
    return Optional.ofNullable(byWord.get(NameKey.of(phrase)));
  }

  /** The dictionary's actor standing for a country's military, police or government on a day. */
  public Optional<Actor> standingFor(String country, String standsFor, LocalDate date) {
    return actors.stream()
        .filter(a -> standsFor.equals(a.standsFor()) && country.equals(a.country()))
        .filter(a -> a.categoryOn(date).isPresent())
        .findFirst();
  }

  /** {@link #generic} by the word's key ({@link NameKey#of}), computed by the caller. */
  public Optional<GenericActor> genericByKey(String key) {
    return Optional.ofNullable(byWord.get(key));
  }

  /** Keys of every alias, so that actor names are never taken for places. */
  public Set<String> aliasKeys() {
    return byAlias.keySet();
  }
}
