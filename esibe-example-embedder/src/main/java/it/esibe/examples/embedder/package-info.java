/**
 * An embedding program written from the README and the Javadoc alone: an application built in
 * Java, decided, decided again under a typed reform with a regional criterion of its own, whose
 * words exist in Italian, English and German.
 */
package it.esibe.examples.embedder;
