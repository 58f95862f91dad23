/**
 * Service provider interfaces for extending ESIBE: criteria and their evaluation context, ruleset,
 * taxonomy and message providers, and evidence sources. Every provider states the SPI version it
 * was built for ({@link it.esibe.core.spi.EsibeSpi#VERSION}); see {@code docs/EXTENDING.md}.
 */
@NullMarked
package it.esibe.core.spi;

import org.jspecify.annotations.NullMarked;
