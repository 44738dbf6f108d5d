/**
 * The use cases over a seeds folder: validate, build, suggest ({@link
 * org.eventline.pipeline.SuggestRun}: candidates appended to curation files, each replaced
 * atomically) and eval ({@link org.eventline.pipeline.Evaluation}: the gold sets read, the
 * suggester scored). The only package, with the publisher, that touches {@code seeds/} and {@code
 * output/}.
 */
package org.eventline.pipeline;
