/**
 * The HTML call report: one self-contained page with the outcomes of a call, the criteria that
 * exclude most applicants, R&amp;D against the thresholds, a regional breakdown and the register of
 * admitted companies with the support of §5.4 that fits each.
 */
@NullMarked
package it.esibe.examples.report;

import org.jspecify.annotations.NullMarked;
