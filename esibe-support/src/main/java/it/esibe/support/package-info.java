/**
 * The support programme of interim report §5.4 (step 4 of the plan in §5): catalogues of the
 * Montalcini Global Biotech Tour's events, the research hubs offered for priority access and the
 * ecosystems mapped in annex IV, and the matcher that recommends them to admitted companies.
 */
@NullMarked
package it.esibe.support;

import org.jspecify.annotations.NullMarked;
