package it.esibe.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.model.Application;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.model.Holder;
import it.esibe.core.model.HolderType;
import it.esibe.core.validation.CountryCode;
import it.esibe.core.validation.EuroAmount;
import it.esibe.core.validation.Headcount;
import it.esibe.core.validation.NoDuplicates;
import it.esibe.core.validation.Share;
import it.esibe.core.validation.Text;
import it.esibe.core.validation.internal.CountryCodeValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The model's records against the declaration of the format, field by field: a component added to a
 * record without being declared, or declared with another type, requirement or limit than its
 * validation constraints state, fails here.
 */
class ApplicationFormatTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void everyComponentOfEveryRecordIsDeclaredInOrderAndNothingElse() {
        for (ObjectFormat o : ApplicationFormat.objects()) {
            List<String> components = Arrays.stream(o.modelType().getRecordComponents()).map(RecordComponent::getName)
                    .toList();
            assertThat(o.names()).as("the fields of %s, in the order of %s's components", o.name(),
                    o.modelType().getSimpleName()).isEqualTo(components);
        }
    }

    /** A new record of the model, reachable from the application, must be declared as an object. */
    @Test
    void everyRecordReachableFromTheApplicationIsAnObjectOfTheFormat() {
        Set<Class<?>> reached = new LinkedHashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(Application.class));
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!reached.add(type)) {
                continue;
            }
            for (RecordComponent c : type.getRecordComponents()) {
                Class<?> held = c.getType() == List.class ? itemClass(c.getGenericType()) : c.getType();
                if (held.isRecord()) {
                    todo.push(held);
                }
            }
        }
        assertThat(reached).allSatisfy(t -> assertThat(ApplicationFormat.of(t)).as(t.getSimpleName()).isPresent());
        assertThat(ApplicationFormat.objects().stream().<Class<?>>map(ObjectFormat::modelType).toList())
                .containsExactlyInAnyOrderElementsOf(reached);
        assertThat(ApplicationFormat.root().modelType()).isEqualTo(Application.class);
    }

    @Test
    void everyFieldHasTheJavaTypeOfItsComponent() {
        for (ObjectFormat o : ApplicationFormat.objects()) {
            for (RecordComponent c : o.modelType().getRecordComponents()) {
                FieldFormat f = field(o, c);
                Class<?> type = c.getType();
                switch (f.type()) {
                    case ENUM -> assertThat(type).as(where(o, f)).isEqualTo(f.enumType().orElseThrow());
                    case OBJECT -> assertThat(type).as(where(o, f)).isEqualTo(f.object().orElseThrow().modelType());
                    case LIST -> {
                        assertThat(type).as(where(o, f)).isEqualTo(List.class);
                        Class<?> item = itemClass(c.getGenericType());
                        assertThat(item).as(where(o, f) + " items").isEqualTo(f.itemType().orElseThrow() == FieldType.STRING
                                ? String.class : f.object().orElseThrow().modelType());
                    }
                    default -> assertThat(type).as(where(o, f)).isEqualTo(f.type().javaType());
                }
            }
        }
    }

    @Test
    void aRequiredFieldIsNotNullAndAnOptionalOneIsNot() {
        for (ObjectFormat o : ApplicationFormat.objects()) {
            for (RecordComponent c : o.modelType().getRecordComponents()) {
                FieldFormat f = field(o, c);
                assertThat(c.getAccessor().isAnnotationPresent(NotNull.class)).as(where(o, f) + " @NotNull")
                        .isEqualTo(f.isRequired());
            }
        }
    }

    @Test
    void theLimitsAreThoseOfTheValidationConstraints() {
        for (ObjectFormat o : ApplicationFormat.objects()) {
            for (RecordComponent c : o.modelType().getRecordComponents()) {
                FieldFormat f = field(o, c);
                Method m = c.getAccessor();
                String at = where(o, f);
                Text text = f.type() == FieldType.LIST ? itemAnnotation(c, Text.class) : m.getAnnotation(Text.class);
                assertThat(text != null).as(at + " @Text").isEqualTo(f.isText());
                if (text != null) {
                    assertThat(text.notBlank()).as(at + " notBlank").isEqualTo(f.isNotBlank());
                    assertThat(text.max() == Integer.MAX_VALUE ? null : text.max()).as(at + " maxLength")
                            .isEqualTo(f.maxLength().isPresent() ? f.maxLength().getAsInt() : null);
                } else {
                    assertThat(f.maxLength()).as(at).isEmpty();
                    assertThat(f.isNotBlank()).as(at).isFalse();
                }
                Pattern pattern = m.getAnnotation(Pattern.class);
                if (pattern != null) {
                    assertThat(f.pattern()).as(at + " pattern").contains("^" + pattern.regexp() + "$");
                }
                assertThat(m.isAnnotationPresent(CountryCode.class)).as(at + " @CountryCode")
                        .isEqualTo(!f.values().isEmpty() && f.type() == FieldType.STRING);
                assertThat(m.isAnnotationPresent(EuroAmount.class)).as(at + " @EuroAmount")
                        .isEqualTo(f.type() == FieldType.AMOUNT);
                assertThat(m.isAnnotationPresent(Share.class)).as(at + " @Share").isEqualTo(f.type() == FieldType.SHARE);
                assertThat(m.isAnnotationPresent(Headcount.class)).as(at + " @Headcount")
                        .isEqualTo(f.type() == FieldType.STAFF);
                Min min = m.getAnnotation(Min.class);
                Max max = m.getAnnotation(Max.class);
                if (f.type() == FieldType.INTEGER) {
                    assertThat(BigDecimal.valueOf(min.value())).as(at + " @Min").isEqualTo(f.minimum().orElseThrow());
                    assertThat(BigDecimal.valueOf(max.value())).as(at + " @Max").isEqualTo(f.maximum().orElseThrow());
                } else {
                    assertThat(min).as(at).isNull();
                    assertThat(max).as(at).isNull();
                }
                Size size = m.getAnnotation(Size.class);
                assertThat(size == null ? null : size.min()).as(at + " @Size")
                        .isEqualTo(f.minItems().isPresent() ? f.minItems().getAsInt() : null);
                assertThat(m.isAnnotationPresent(NoDuplicates.class)).as(at + " @NoDuplicates")
                        .isEqualTo(f.isUniqueItems());
            }
        }
        assertThat(ApplicationFormat.LOCATION.field("country").orElseThrow().values())
                .isEqualTo(CountryCodeValidator.assigned()).hasSize(249).contains("IT");
    }

    /** The figures' ranges and decimals, against the validation of a fiscal year and a holder. */
    @Test
    void eachFigureTypeHasTheRangeAndDecimalsValidationEnforces() {
        for (FieldType type : List.of(FieldType.AMOUNT, FieldType.SHARE, FieldType.STAFF)) {
            BigDecimal max = type.maximum().orElseThrow();
            BigDecimal step = BigDecimal.ONE.movePointLeft(type.decimals().getAsInt());
            assertThat(valid(type, max)).as(type + " at its maximum").isTrue();
            assertThat(valid(type, type.minimum().orElseThrow())).as(type + " at its minimum").isTrue();
            assertThat(valid(type, max.add(step))).as(type + " over its maximum").isFalse();
            assertThat(valid(type, step.negate())).as(type + " below its minimum").isFalse();
            assertThat(valid(type, step)).as(type + " with its decimals").isTrue();
            assertThat(valid(type, step.movePointLeft(1))).as(type + " with one decimal more").isFalse();
        }
    }

    /** The model holds an absent optional list or object as empty, as the JSON writer then writes it. */
    @Test
    void anAbsentOptionalListOrObjectIsEmptyInTheModelAndARequiredOneStaysAbsent() throws Exception {
        for (ObjectFormat o : ApplicationFormat.objects()) {
            RecordComponent[] components = o.modelType().getRecordComponents();
            Object empty = o.modelType().getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(new Object[components.length]);
            for (RecordComponent c : components) {
                FieldFormat f = field(o, c);
                Object value = c.getAccessor().invoke(empty);
                boolean container = f.type() == FieldType.LIST || f.type() == FieldType.OBJECT;
                assertThat(value != null).as(where(o, f) + " when absent").isEqualTo(container && !f.isRequired());
            }
        }
    }

    @Test
    void everyColumnOfTheCsvLayoutHasANameInBothLanguagesAndNoNameIsTaken() {
        Set<String> english = new HashSet<>();
        Set<String> italian = new HashSet<>();
        columns(ApplicationFormat.root(), "", "", english, italian);
        assertThat(english).contains("legalseatcountry", "companyname", "holders").hasSize(18);
        assertThat(italian).contains("sede_legale_paese", "denominazione", "soci").hasSize(18);
    }

    @Test
    void everyObjectAndFieldIsDescribedInEnglishAndItalian() {
        for (ObjectFormat o : ApplicationFormat.objects()) {
            assertThat(o.description(Locale.ENGLISH)).isNotBlank().isNotEqualTo(o.description(Locale.ITALIAN));
            for (FieldFormat f : o.fields()) {
                assertThat(f.description(Locale.ENGLISH)).as(where(o, f)).isNotBlank();
                assertThat(f.description(Locale.ITALIAN)).as(where(o, f)).isNotBlank()
                        .isNotEqualTo(f.description(Locale.ENGLISH));
                assertThat(f.description(Locale.GERMAN)).isEqualTo(f.description(Locale.ENGLISH));
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    /** Walks the columns as the CSV layout does: object fields by prefix, lists as one cell. */
    private static void columns(ObjectFormat o, String english, String italian, Set<String> en, Set<String> it) {
        for (FieldFormat f : o.fields()) {
            String e = f.csvName(Locale.ENGLISH).orElseThrow(() -> new AssertionError(where(o, f) + " has no column"));
            String i = f.csvName(Locale.ITALIAN).orElseThrow();
            if (f.type() == FieldType.OBJECT) {
                assertThat(f.isCsvPrefix()).as(where(o, f)).isTrue();
                columns(f.object().orElseThrow(), english + e, italian + i, en, it);
                continue;
            }
            assertThat(f.isCsvPrefix()).as(where(o, f)).isFalse();
            assertThat(en.add((english + e).toLowerCase(Locale.ROOT))).as(english + e + " once").isTrue();
            assertThat(it.add(italian + i)).as(italian + i + " once").isTrue();
            if (f.type() == FieldType.LIST) {
                for (FieldFormat item : f.object().orElseThrow().fields()) {
                    assertThat(item.csvName(Locale.ENGLISH)).as(item + " is written inside its list's cell").isEmpty();
                }
            }
        }
    }

    private static boolean valid(FieldType type, BigDecimal value) {
        Object bean = switch (type) {
            case AMOUNT -> new FiscalYear(2024, value, null, null, null, null, null);
            case STAFF -> new FiscalYear(2024, null, null, null, value, null, null);
            default -> new Holder(null, HolderType.INDIVIDUAL, value, null, null, null, null, null);
        };
        return VALIDATOR.validate(bean).isEmpty();
    }

    private static FieldFormat field(ObjectFormat o, RecordComponent c) {
        return o.field(c.getName()).orElseThrow(() -> new AssertionError(o.modelType().getSimpleName() + "."
                + c.getName() + " is not declared in ApplicationFormat." + o.name()));
    }

    private static String where(ObjectFormat o, FieldFormat f) {
        return o.name() + "." + f.name();
    }

    private static Class<?> itemClass(Type listType) {
        Type item = ((ParameterizedType) listType).getActualTypeArguments()[0];
        return (Class<?>) item;
    }

    private static <A extends java.lang.annotation.Annotation> A itemAnnotation(RecordComponent c, Class<A> kind) {
        AnnotatedType type = c.getAccessor().getAnnotatedReturnType();
        if (!(type instanceof AnnotatedParameterizedType list)) {
            return null;
        }
        return list.getAnnotatedActualTypeArguments()[0].getAnnotation(kind);
    }
}
