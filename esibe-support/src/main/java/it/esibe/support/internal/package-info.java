/**
 * Implementation of the support catalogues (reading their JSON with Jackson); not part of the API
 * and not exported, so that no Jackson type reaches the support API.
 */
@NullMarked
package it.esibe.support.internal;

import org.jspecify.annotations.NullMarked;
