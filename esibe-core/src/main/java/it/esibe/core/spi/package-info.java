/**
 * Service provider interfaces for extending ESIBE: criteria and their evaluation context.
 */
@NullMarked
package it.esibe.core.spi;

import org.jspecify.annotations.NullMarked;
