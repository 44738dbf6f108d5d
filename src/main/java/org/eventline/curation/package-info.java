/**
 * Curation files: the YAML a curator writes beside each article, read into location-aware trees (so
 * every problem can name its line and column), and the {@link org.eventline.curation.Event} record
 * they map to. Depends on {@code org.eventline} and {@code article} only.
 */
package org.eventline.curation;
