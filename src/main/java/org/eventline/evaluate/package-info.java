/**
 * Measuring suggestions against human-coded events: gold events, the one-to-one matching of
 * suggested to gold events, per-field precision, recall and F1, and end-to-end shares (every text
 * counted, one with no suggestion wrong on every field) with their targets. Pure; the gold files
 * are read in {@code pipeline}. Depends on {@code curation} and {@code suggest} (actor names are
 * compared through the actor dictionary's aliases); never on {@code cli}.
 */
package org.eventline.evaluate;
