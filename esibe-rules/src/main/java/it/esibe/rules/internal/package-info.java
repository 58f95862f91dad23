/**
 * Implementation of the rules; not part of the API.
 */
@NullMarked
package it.esibe.rules.internal;

import org.jspecify.annotations.NullMarked;
