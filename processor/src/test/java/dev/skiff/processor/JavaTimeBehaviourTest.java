package dev.skiff.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skiff.core.Application;
import dev.skiff.processor.CompiledApi.Reply;
import org.junit.jupiter.api.Test;

/**
 * An application with java.time values in its bodies asks for Jackson's java.time support
 * before anything reads JSON; one without them does not pay for it.
 */
class JavaTimeBehaviourTest {

    @Test
    void bodiesWithJavaTimeValuesAreReadAndWrittenAsIsoText() {
        CompiledApi compiled = CompiledApi.compile("javatime");
        Application app = compiled.application("fixtures.javatime", "fixtures.javatime.MeetingsApi");

        Reply reply = CompiledApi.sendJson(app, "POST", "/meetings",
                "{\"title\":\"retro\",\"day\":\"2026-11-28\",\"startsAt\":\"2026-11-28T09:30:00Z\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{\"title\":\"RETRO\",\"day\":\"2026-11-29\",\"startsAt\":\"2026-11-28T09:30:00Z\"}");
        assertThat(routes(compiled)).contains("Json.requireJavaTime();");
    }

    @Test
    void anApplicationWithoutJavaTimeValuesDoesNotAskForTheirSupport() {
        CompiledApi compiled = CompiledApi.compile("golden");

        assertThat(routes(compiled)).doesNotContain("requireJavaTime");
    }

    private static String routes(CompiledApi compiled) {
        return compiled.generatedSources().entrySet().stream()
                .filter(e -> e.getKey().endsWith("/SkiffRoutes.java")).map(java.util.Map.Entry::getValue)
                .findFirst().orElseThrow();
    }
}
