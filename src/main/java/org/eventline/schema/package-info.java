/**
 * The JSON Schema in {@code schema/}, the single source of truth for field names, types, allowed
 * values and required fields: validation of curation files (with problems worded for curators) and
 * the field list the writers derive columns from. Depends on {@code org.eventline} and {@code
 * curation}.
 */
package org.eventline.schema;
