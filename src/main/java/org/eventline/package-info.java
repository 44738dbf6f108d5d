/**
 * eventline: turns dated news articles into a conflict-event dataset in which every figure is
 * traceable to a verbatim quote. This package holds the value types every layer shares ({@link
 * org.eventline.Problem}, {@link org.eventline.SourcePosition}); the pipeline reads as its
 * subpackages: article, curation, schema, quote, validate, output, pipeline, cli.
 */
package org.eventline;
