/**
 * The implementation of {@code it.esibe.io}: not exported by the module, not an API.
 */
@NullMarked
package it.esibe.io.internal;

import org.jspecify.annotations.NullMarked;
