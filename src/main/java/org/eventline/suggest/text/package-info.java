/**
 * The text layer of the suggester: sentences (OpenNLP), tokens, spans, cheap per-sentence clues,
 * quotation marks, number words and quantities, and name keys (case and accent folding, one home).
 * Depends on nothing else in {@code suggest} (ArchitectureTest).
 */
package org.eventline.suggest.text;
