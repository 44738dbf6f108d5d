/**
 * Writers of the published dataset (events.csv, events.yaml, and later charts and the data package)
 * and the atomic {@link org.eventline.output.Publisher}. Writers work on lists of events and {@code
 * Appendable}s or streams; depends on {@code curation} and {@code schema}, never on {@code
 * validate}.
 */
package org.eventline.output;
