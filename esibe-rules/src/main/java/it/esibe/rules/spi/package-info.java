/**
 * Service provider interfaces of the rules module: replacing or extending the support catalogues.
 */
@NullMarked
package it.esibe.rules.spi;

import org.jspecify.annotations.NullMarked;
