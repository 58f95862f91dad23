package it.esibe.core.validation.internal;

import jakarta.validation.ConstraintValidatorContext;

/** Builds violations at a property of the validated bean instead of at the bean itself. */
final class Violations {

    private Violations() {
    }

    /**
     * Replaces the default violation of a class-level constraint by one at {@code property}, so
     * that the JSON path names the offending field rather than its object.
     */
    static void reportAt(ConstraintValidatorContext context, String property) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode(property)
                .addConstraintViolation();
    }
}
