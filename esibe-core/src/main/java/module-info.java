/**
 * ESIBE core: the application model with its validation constraints, taxonomy and decision types,
 * and the SPI of ESIBE.
 */
module it.esibe.core {
    requires transitive jakarta.validation;
    requires static transitive org.jspecify;
    // Stability markers (@API), read by tools and documentation only: not needed at run time.
    requires static transitive org.apiguardian.api;

    exports it.esibe.core;
    exports it.esibe.core.model;
    exports it.esibe.core.decision;
    exports it.esibe.core.taxonomy;
    exports it.esibe.core.spi;
    exports it.esibe.core.ruleset;
    exports it.esibe.core.validation;
    exports it.esibe.core.message;
    exports it.esibe.core.format;

    // Hibernate Validator reads the constraint annotations of the records reflectively.
    opens it.esibe.core.model to org.hibernate.validator;
    // It instantiates the constraint validators, which are not API: opened to it alone, not exported.
    opens it.esibe.core.validation.internal to org.hibernate.validator;
}
