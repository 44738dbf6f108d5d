/**
 * The rules beyond the schema: quotes verbatim, ranges ordered, dates possible, ids unique. Returns
 * problems and the clean events. Depends on {@code article}, {@code curation}, {@code schema},
 * {@code quote}; never on {@code suggest} or {@code output}.
 */
package org.eventline.validate;
