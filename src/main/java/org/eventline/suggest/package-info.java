/**
 * Candidate events from text: pure extractors over one sentence and its article's publication date
 * ({@link org.eventline.suggest.DateExpressions}, {@link
 * org.eventline.suggest.CasualtyExpressions}) and the suggestion of whole events built on them. No
 * I/O here except reading bundled resources; may import {@code article} and {@code schema}, never
 * {@code validate}, {@code output}, {@code pipeline} or {@code cli}.
 */
package org.eventline.suggest;
