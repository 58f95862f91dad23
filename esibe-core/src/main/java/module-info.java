/**
 * ESIBE core: the application model, taxonomy and decision types, and the SPI of ESIBE.
 */
module it.esibe.core {
    requires transitive jakarta.validation;
    requires static transitive org.jspecify;

    exports it.esibe.core;
    exports it.esibe.core.model;
    exports it.esibe.core.decision;
    exports it.esibe.core.taxonomy;
    exports it.esibe.core.spi;

    // Hibernate Validator reads the constraint annotations of the records reflectively.
    opens it.esibe.core.model to org.hibernate.validator;
}
