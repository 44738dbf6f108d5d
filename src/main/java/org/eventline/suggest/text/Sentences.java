package org.eventline.suggest.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.eventline.EventlineException;
import org.eventline.article.Article;

/**
 * Splits an article's body into sentences: first into paragraphs (one per line, as the shipped
 * articles write them), then each paragraph with Apache OpenNLP's English sentence model (from the
 * {@code opennlp-models-sentdetect-en} jar on the classpath), then a sentence cut after a title or
 * month abbreviation ("Gen.", "Aug. 15") is joined to the next one. Sentences keep their exact text
 * and offsets.
 */
public final class Sentences {

  /** The model file inside {@code opennlp-models-sentdetect-en} 1.3.0. */
  static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  /** Abbreviations that always precede a name or number: a sentence never ends on them. */
  private static final Set<String> NEVER_LAST =
      Set.of(
          "mr.",
          "mrs.",
          "ms.",
          "dr.",
          "gen.",
          "lt.",
          "col.",
          "sgt.",
          "capt.",
          "maj.",
          "gov.",
          "sen.",
          "rep.",
          "rev.",
          "prof.",
          "brig.",
          "cmdr.",
          "adm.",
          "cpl.",
          "pvt.",
          "pres.",
          "st.",
          "no.",
          "vs.",
          "lt.-gen.",
          "maj.-gen.",
          "messrs.",
          "fr.",
          "sheikh.",
          "insp.");

  /** Month abbreviations: a sentence does not end on them when a number follows. */
  private static final Set<String> MONTHS =
      Set.of(
          "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.",
          "dec.");

  private final SentenceModel model;

  private Sentences(SentenceModel model) {
    this.model = model;
  }

  /** Loads the model from the classpath (once; an instance is safe to share between threads). */
  public static Sentences load() {
    try (InputStream in = Sentences.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new EventlineException(
            "the OpenNLP sentence model " + MODEL + " is not on the classpath");
      }
      return new Sentences(new SentenceModel(in));
    } catch (IOException e) {
      throw new EventlineException("cannot read the OpenNLP sentence model " + MODEL, e);
    }
  }

  /** The sentences of the article's body, in order. */
  public List<Sentence> split(Article article) {
    SentenceDetectorME detector = new SentenceDetectorME(model);
    String text = article.text();
    List<Sentence> out = new ArrayList<>();
    int paragraph = 0;
    int lineStart = article.bodyStart();
    while (lineStart < text.length()) {
      int lineEnd = lineEnd(text, lineStart);
      String line = text.substring(lineStart, lineEnd);
      if (!line.isBlank()) {
        for (Span span : join(line, detector.sentPosDetect(line))) {
          Span trimmed = span.trim(line);
          if (trimmed.length() > 0) {
            int start = lineStart + trimmed.getStart();
            int end = lineStart + trimmed.getEnd();
            out.add(new Sentence(start, end, text.substring(start, end), paragraph));
          }
        }
        paragraph++;
      }
      lineStart = nextLine(text, lineEnd);
    }
    return out;
  }

  private static List<Span> join(String line, Span[] spans) {
    List<Span> joined = new ArrayList<>();
    Span pending = null;
    for (Span span : spans) {
      if (pending != null) {
        span = new Span(pending.getStart(), span.getEnd());
      }
      if (endsOnAbbreviation(line, span)) {
        pending = span;
      } else {
        joined.add(span);
        pending = null;
      }
    }
    if (pending != null) {
      joined.add(pending);
    }
    return joined;
  }

  private static boolean endsOnAbbreviation(String line, Span span) {
    String text = line.substring(span.getStart(), span.getEnd()).strip();
    int space = Math.max(text.lastIndexOf(' '), text.lastIndexOf('('));
    String last = text.substring(space + 1).toLowerCase(java.util.Locale.ROOT);
    if (NEVER_LAST.contains(last)) {
      return span.getEnd() < line.length();
    }
    if (MONTHS.contains(last)) {
      String rest = line.substring(span.getEnd()).stripLeading();
      return !rest.isEmpty() && Character.isDigit(rest.charAt(0));
    }
    return false;
  }

  private static int lineEnd(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  private static int nextLine(String text, int lineEnd) {
    if (lineEnd < text.length() && text.charAt(lineEnd) == '\r') {
      lineEnd++;
    }
    if (lineEnd < text.length() && text.charAt(lineEnd) == '\n') {
      lineEnd++;
    }
    return lineEnd == text.length() ? lineEnd : Math.max(lineEnd, 0);
  }
}
