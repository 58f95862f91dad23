/**
 * Implementation of the support catalogues; not part of the API.
 */
@NullMarked
package it.esibe.rules.internal.support;

import org.jspecify.annotations.NullMarked;
