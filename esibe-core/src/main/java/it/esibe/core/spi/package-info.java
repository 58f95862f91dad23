/**
 * Service provider interfaces for extending ESIBE: criteria and their evaluation context, ruleset,
 * taxonomy and message providers, and evidence sources. Every provider and criterion states the
 * SPI version it was built for ({@link it.esibe.core.spi.EsibeSpi#VERSION}, {@code major.minor}); ESIBE
 * accepts its own major version with a minor not newer than its own. See {@code docs/EXTENDING.md}.
 */
@NullMarked
package it.esibe.core.spi;

import org.jspecify.annotations.NullMarked;
