/**
 * The use cases over a seeds folder: validate, build (and later suggest). The only package, with
 * the publisher, that touches {@code seeds/} and {@code output/}.
 */
package org.eventline.pipeline;
