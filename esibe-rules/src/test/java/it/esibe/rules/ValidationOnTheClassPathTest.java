package it.esibe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/**
 * The Hibernate Validator and Jakarta Validation the tests run against are those the build means: the
 * BOM's in the default run, the floor's in the {@code validation-floor} run, so that the floor run
 * cannot pass on the newer ones by mistake.
 */
class ValidationOnTheClassPathTest {

    @Test
    void theValidationJarsAreTheExpectedVersions() {
        String validator = HibernateValidator.class.getPackage().getImplementationVersion();
        // The API jar states no Implementation-Version: its file name says which it is.
        String api = Validation.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        String expectedValidator = System.getProperty("esibe.expected.hibernate-validator");
        String expectedApi = System.getProperty("esibe.expected.jakarta-validation");
        if (expectedValidator != null) {
            assertThat(validator).isEqualTo(expectedValidator);
            assertThat(api).endsWith("/jakarta.validation-api-" + expectedApi + ".jar");
        }
        assertThat(validator).isNotNull();
        assertThat(Integer.parseInt(validator.substring(0, validator.indexOf('.')))).isGreaterThanOrEqualTo(8);
    }
}
