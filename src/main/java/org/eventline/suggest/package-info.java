/**
 * Candidate events from text: pure extractors over one sentence and its article's publication date
 * ({@link org.eventline.suggest.DateExpressions}, {@link
 * org.eventline.suggest.CasualtyExpressions}), and the suggestion of whole events built on them
 * ({@link org.eventline.suggest.Suggester}): sentences (OpenNLP), places (the GeoNames gazetteer
 * and the JDK's countries), actors (the actor dictionary), event types (rules), all read once from
 * bundled resources ({@link org.eventline.suggest.SuggestResources}). No I/O here except reading
 * bundled resources or a dictionary file handed in; may import {@code article}, {@code curation}
 * (the Event record, the hardened YAML reader) and {@code schema}, never {@code validate}, {@code
 * output}, {@code pipeline} or {@code cli}.
 */
package org.eventline.suggest;
