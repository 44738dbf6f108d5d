/**
 * Dates in a sentence and the date of an event: absolute, relative, weekday and period expressions
 * read against the publication date ({@link org.eventline.suggest.dates.DateExpressions}), each
 * rule carrying its explanation; the one precision type ({@link
 * org.eventline.suggest.dates.Precision}). Depends on {@code suggest.text} only (ArchitectureTest).
 */
package org.eventline.suggest.dates;
