/**
 * Service provider interface of the support module: sources of support catalogue entries that
 * replace or extend the bundled catalogue.
 */
@NullMarked
package it.esibe.support.spi;

import org.jspecify.annotations.NullMarked;
