/**
 * Counts of people killed and injured in a sentence ({@link
 * org.eventline.suggest.casualties.CasualtyExpressions}) and the figures of one event ({@link
 * org.eventline.suggest.casualties.Casualties}). Attributing counts to an event's actors belongs to
 * the assembly above. Depends on {@code suggest.text} only (ArchitectureTest).
 */
package org.eventline.suggest.casualties;
