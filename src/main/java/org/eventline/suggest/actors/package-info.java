/**
 * Who took part: the actor dictionary (shipped and the dataset's own), generic actors, actor
 * mentions in a sentence and the actors of an event. Depends on {@code suggest.text}, {@code
 * suggest.places} (countries, an actor's home) and {@code suggest.vocabulary} (ArchitectureTest).
 */
package org.eventline.suggest.actors;
