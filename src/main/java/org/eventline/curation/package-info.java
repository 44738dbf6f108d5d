/**
 * Curation files: the YAML a curator writes beside each article, read into location-aware trees (so
 * every problem can name its line and column), the {@link org.eventline.curation.Event} record they
 * map to, and suggested events written into them as text ({@link
 * org.eventline.curation.SuggestionAppender}), every byte the curator wrote kept. Depends on {@code
 * org.eventline} and {@code article} only.
 */
package org.eventline.curation;
