package dev.skiff.lambda.observability.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skiff.lambda.json.JsonLiterals;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.helpers.MessageFormatter;

/** Messages written straight into the line read as SLF4J's own formatter made them. */
class LogMessagesTest {

    private static String appended(String pattern, Object... args) {
        StringBuilder line = new StringBuilder("{");
        LogMessages.append(line, pattern, args);
        return line.substring(1);
    }

    private static String slf4j(String pattern, Object... args) {
        StringBuilder quoted = new StringBuilder();
        JsonLiterals.appendString(quoted, MessageFormatter.basicArrayFormat(pattern, args));
        return quoted.toString();
    }

    @Test
    void patternsAndArguments_readAsSlf4jFormatsThem() {
        Object failing = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("no text");
            }
        };
        Object nullText = new Object() {
            @Override
            public String toString() {
                return null;
            }
        };
        List<Object[]> cases = List.of(
                new Object[] {"{} {} {} {} ms", "POST", "/customers/42/orders", 201, 0.412},
                new Object[] {"quote \" {} newline \n {}", "tab\t\"q\"", null},
                new Object[] {"fewer {} {} {}", "one"},
                new Object[] {"more {}", "one", "two"},
                new Object[] {"no placeholder", "ignored"},
                new Object[] {"{}{}", "a", "b"},
                new Object[] {"escaped \\{} and {}", "x", "y"},
                new Object[] {"array {}", new int[] {1, 2}},
                new Object[] {"objects {} {}", failing, nullText},
                new Object[] {"{} \u2028 {}", "\u0001", List.of("a")});
        for (Object[] c : cases) {
            String pattern = (String) c[0];
            Object[] args = Arrays.copyOfRange(c, 1, c.length);
            assertThat(appended(pattern, args)).as(pattern).isEqualTo(slf4j(pattern, args));
        }
        assertThat(appended("plain {}", (Object[]) null)).isEqualTo("\"plain {}\"");
        assertThat(appended(null, "x")).isEqualTo("\"\"");
    }
}
