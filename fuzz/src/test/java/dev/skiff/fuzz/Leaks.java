package dev.skiff.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

/**
 * What only Java, Jackson or Skiff itself would write in an answer: a class or package name, an
 * exception, a stack frame, a parser setting's name. An answer may quote what the client
 * sent (a media type, an enum tag), so a text the client sent itself does not count.
 *
 * <pre>{@code
 * Leaks.assertNone(problem.msg(), body, "the 422 of " + body);
 * }</pre>
 */
final class Leaks {
    /** Not the backtick alone: pydantic's own messages quote with it ({@code expected `:`}). */
    private static final List<String> INTERNALS = List.of("java.", "com.fasterxml", "Exception", "dev.skiff",
            "StreamReadConstraints", "StreamReadFeature", "JsonReadFeature", "DeserializationFeature", "JsonParser",
            "\tat ");

    private Leaks() {}

    /** Fails unless {@code shown} names none of the internals that {@code sent} does not contain (ignoring case). */
    static void assertNone(String shown, String sent, String what) {
        String client = sent.toLowerCase(Locale.ROOT);
        for (String internal : INTERNALS) {
            if (!client.contains(internal.toLowerCase(Locale.ROOT))) {
                assertThat(shown).as(what).doesNotContain(internal);
            }
        }
    }
}
