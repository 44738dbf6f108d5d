/**
 * The dataset's vocabulary files ({@code actors.yaml}, {@code places.yaml}) read with positions for
 * messages. Depends on nothing else in {@code suggest} (ArchitectureTest).
 */
package org.eventline.suggest.vocabulary;
