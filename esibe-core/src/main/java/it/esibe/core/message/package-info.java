/**
 * Messages in every language ESIBE speaks: a {@link it.esibe.core.message.Message} names a key and
 * its arguments, and a {@link it.esibe.core.message.MessageCatalog} renders it through the message
 * providers (Italian and English built in, further languages such as German from providers), with
 * each language's way of writing amounts, numbers and dates.
 *
 * <p>One mechanism serves every text an applicant reads: the criteria's explanations (built-in and
 * third-party alike, through {@link it.esibe.core.spi.CriterionContext#text(Message)}), the
 * format's violation messages (found while reading JSON or CSV, or by validation) and taxonomy
 * labels.
 */
@NullMarked
package it.esibe.core.message;

import org.jspecify.annotations.NullMarked;
