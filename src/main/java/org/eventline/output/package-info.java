/**
 * Writers of the published dataset and the atomic {@link org.eventline.output.Publisher}:
 * events.csv, events.yaml, events.geojson, the ACLED- and UCDP-shaped exports ({@link
 * org.eventline.output.Exports}), datapackage.json ({@link org.eventline.output.DataPackageWriter},
 * derived from the schema) and the PNG charts ({@link org.eventline.output.Charts}: JFreeChart
 * drawn off screen with the fonts and map outlines shipped in the jar). Writers work on lists of
 * events and {@code Appendable}s, streams or bytes; depends on {@code curation} and {@code schema},
 * never on {@code validate}.
 */
package org.eventline.output;
