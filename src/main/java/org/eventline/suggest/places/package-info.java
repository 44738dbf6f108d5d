/**
 * Where an event happened: the GeoNames gazetteer and the dataset's own places, countries, place
 * mentions in a sentence with their cues, the choice among same-named places, the article's country
 * and the place of an event; the {@code place} command's lookup. Depends on {@code suggest.text}
 * and {@code suggest.vocabulary} (ArchitectureTest).
 */
package org.eventline.suggest.places;
