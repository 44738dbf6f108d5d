/**
 * Candidate events from text, assembled: {@link org.eventline.suggest.Suggester} reads an article
 * sentence by sentence, classifies event types ({@link org.eventline.suggest.EventTypeClassifier}),
 * gathers drafts ({@link org.eventline.suggest.Drafts}) and turns each into a suggested event with
 * its confidence, reasons and notes ({@link org.eventline.suggest.DraftEvents}, {@link
 * org.eventline.suggest.Notes}); {@link org.eventline.suggest.SuggestResources} loads the bundled
 * dictionaries and gazetteer once. The concerns live in sub-packages, read in pipeline order:
 *
 * <ul>
 *   <li>{@code text}: sentences, tokens, spans, number words, name keys (accent folding);
 *   <li>{@code dates}: date expressions and the event date (text only);
 *   <li>{@code casualties}: casualty expressions and an event's figures (text only);
 *   <li>{@code places}: gazetteer, countries, place mentions and place choice;
 *   <li>{@code actors}: actor dictionary, actor mentions and the actors of an event;
 *   <li>{@code vocabulary}: the dataset vocabulary files' YAML reading.
 * </ul>
 *
 * No I/O here except reading bundled resources or a dictionary file handed in; may import {@code
 * article}, {@code curation} (the Event record, the hardened YAML reader) and {@code schema}, never
 * {@code validate}, {@code output}, {@code pipeline} or {@code cli} (ArchitectureTest).
 */
package org.eventline.suggest;
