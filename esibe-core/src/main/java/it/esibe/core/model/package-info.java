/**
 * The application model of ESIBE-FORMAT-v1, as immutable records with Jakarta Validation constraints.
 *
 * <p>Build an application in Java with {@link it.esibe.core.model.Application#builder()} and the
 * builders and factories of the other records, which name every value. A builder checks only that
 * the required values were set: {@code build()} throws an {@link java.lang.IllegalStateException}
 * naming every missing one and the step that sets it. That is a defect of the calling code, found
 * by its first run, not a problem of the data, so it is no {@link it.esibe.core.EsibeException}:
 * the data is judged by the evaluator, which gives an {@code INVALID} decision with a JSON path per
 * violation. The records' canonical constructors accept anything, missing values included, and stay
 * the path for copying evidence as it is (the readers use them).
 */
@NullMarked
package it.esibe.core.model;

import org.jspecify.annotations.NullMarked;
