package it.esibe.core.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.esibe.core.ConfigurationException;
import it.esibe.core.decision.Violation;
import it.esibe.core.message.MessageCatalog;
import it.esibe.core.model.Application;
import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.MessageLookup;
import it.esibe.core.spi.MessageProvider;
import it.esibe.core.validation.ApplicationValidator;
import it.esibe.core.validation.internal.Shelves.Book;
import it.esibe.core.validation.internal.Shelves.Shelf;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The direct validator derives its checks from the constraint annotations: on a fixture model it
 * was never written for it checks every constraint, with Hibernate Validator's paths, and it
 * refuses at construction what it cannot check as Hibernate Validator would.
 */
class DerivedValidatorTest {

    /** English patterns of the fixture's messages, each showing the constraint's attributes. */
    private static final Map<String, String> PATTERNS = Map.of(
            "fixture.Label.message", "must have {min} to {max} characters",
            "fixture.Code.message", "must match {regexp}",
            "fixture.Tag.message", "must have at most {max} characters",
            "fixture.Even.message", "must be even and at most {max}",
            "fixture.AtMostBooks.message", "must hold at most {limit} books");

    private static final MessageCatalog CATALOG = MessageCatalog.of(List.of(new MessageProvider() {
        @Override
        public String spiVersion() {
            return EsibeSpi.VERSION;
        }

        @Override
        public Set<Locale> languages() {
            return Set.of(Locale.ENGLISH);
        }

        @Override
        public Optional<String> pattern(MessageLookup lookup) {
            return lookup.language().getLanguage().equals("en")
                    ? Optional.ofNullable(PATTERNS.get(lookup.key())) : Optional.empty();
        }
    }));

    private static final ModelValidator SHELVES = new ModelValidator(Shelf.class, CATALOG, Locale.ENGLISH);

    private static Book book(Integer pages, String... tags) {
        return new Book(pages, Arrays.asList(tags));
    }

    private static final Shelf VALID = new Shelf("Bio", "ABC", 3L, List.of(book(120, "dna", "rna")), book(2));

    @Test
    void aValidFixtureHasNoViolations() {
        assertThat(SHELVES.validateRoot(VALID)).isEmpty();
    }

    @Test
    void checksEveryConstraintOfAModelItWasNeverWrittenFor() {
        Shelf shelf = new Shelf("B", "abc", 2L,
                Arrays.asList(book(121), null, book(null, "ok", "long"), book(502)), book(3));

        assertThat(SHELVES.validateRoot(shelf)).containsExactly(
                new Violation("books", "must hold at most 3 books"),
                new Violation("books[0].pages", "must be even and at most 500"),
                new Violation("books[1]", "is required"),
                new Violation("books[2].pages", "is required"),
                new Violation("books[2].tags[1]", "must have at most 3 characters"),
                new Violation("books[3].pages", "must be even and at most 500"),
                new Violation("code", "must match [A-Z]\\{3\\}"),
                new Violation("copies", "must be at least 3"),
                new Violation("featured.pages", "must be even and at most 500"),
                new Violation("label", "must have 2 to 5 characters"));
    }

    @Test
    void reportsWhereHibernateValidatorReportsOnTheFixture() {
        Shelf shelf = new Shelf(null, "toolong", 0L,
                Arrays.asList(null, book(1, "tags", null, "many"), book(null), book(4), book(6)), null);
        Validator hibernate = Validation.byDefaultProvider().configure()
                .messageInterpolator(new KeyInterpolator()).buildValidatorFactory().getValidator();
        List<String> expected = hibernate.validate(shelf).stream()
                .map(v -> ApplicationValidator.jsonPath(v.getPropertyPath())).sorted().toList();

        List<String> derived = SHELVES.validateRoot(shelf).stream().map(Violation::path).sorted().toList();

        assertThat(expected).hasSize(9);
        assertThat(derived).isEqualTo(expected);
    }

    /** The template itself: the paths are what is compared. */
    private static final class KeyInterpolator implements MessageInterpolator {
        @Override
        public String interpolate(String template, Context context) {
            return template;
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            return template;
        }
    }

    @Test
    void derivesEachModelOnceAndSharesIt() {
        assertThat(ConstraintPlan.of(Application.class)).isSameAs(ConstraintPlan.of(Application.class));
        assertThat(ConstraintPlan.of(Shelf.class)).isNotSameAs(ConstraintPlan.of(Application.class));
    }

    @ParameterizedTest
    @ValueSource(classes = {Shelves.Mailbox.class, Shelves.Strict.class, Shelves.Index.class, Shelves.Wrapper.class})
    void refusesWhatItCannotCheckAsHibernateValidatorWould(Class<?> root) {
        assertThatThrownBy(() -> new ModelValidator(root, CATALOG, Locale.ENGLISH))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageMatching("(Mailbox\\.address carries @jakarta\\.validation\\.constraints\\.Email, a built-in"
                        + "|Strict\\.name carries @NotNull in the groups"
                        + "|Index\\.entries carries @NotNull on the type argument java\\.lang\\.String"
                        + "|Wrapper\\.content cascades with @Valid to java\\.lang\\.Object, which is not a record"
                        + ").*");
    }

    @Test
    void namesTheComponentWhereTheUnsupportedConstraintSits() {
        assertThatThrownBy(() -> new ModelValidator(Shelves.Outer.class, CATALOG, Locale.ENGLISH))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Mailbox.address carries @jakarta.validation.constraints.Email, a built-in constraint the"
                        + " direct validator does not restate (it knows @NotNull, @Min, @Max, @Size and @Pattern).");
    }
}
