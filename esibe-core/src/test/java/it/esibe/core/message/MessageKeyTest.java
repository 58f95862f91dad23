package it.esibe.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * The shapes of message keys and argument names, checked by hand in {@link Message}'s constructor,
 * against the regular expressions they are documented as: the same answer on strings made of the
 * characters that matter (letters, digits, {@code _}, {@code -}, {@code .} and a few that never do).
 */
class MessageKeyTest {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final char[] ALPHABET = {'a', 'Z', 'q', '0', '9', '_', '-', '.', '.', ' ', 'é', '{', 'A', 'z'};

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("esibe.qt.seed", 20261122L)).withExamples(5000);
    }

    private static String text(List<Integer> picks) {
        return picks.stream().map(i -> String.valueOf(ALPHABET[i])).collect(Collectors.joining());
    }

    @Test
    void keysAreCheckedAsTheirRegularExpressionSays() {
        qt().forAll(lists().of(integers().between(0, ALPHABET.length - 1)).ofSizeBetween(0, 8)).checkAssert(picks -> {
            String key = text(picks);
            assertThat(Message.isKey(key)).as("[%s]", key).isEqualTo(KEY.matcher(key).matches());
            assertThat(Message.isName(key)).as("[%s]", key).isEqualTo(NAME.matcher(key).matches());
        });
    }

    @Test
    void aMalformedKeyOrNameIsRefused() {
        assertThat(Message.of("rdMin.fail.expenditure").key()).isEqualTo("rdMin.fail.expenditure");
        for (String bad : List.of("", ".a", "a.", "a..b", "a b", "a{0}")) {
            assertThatThrownBy(() -> Message.of(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("dotted words");
        }
        assertThatThrownBy(() -> Message.named("k", Map.of("1x", MessageArg.text("v"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("argument name");
    }
}
