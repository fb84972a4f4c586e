package dev.skiff.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skiff.core.Application;
import dev.skiff.processor.CompiledApi.Reply;
import org.junit.jupiter.api.Test;

/**
 * java.time values in bodies are read and written as ISO-8601 text by the generated codecs,
 * without databind or its java.time module.
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
        assertThat(compiled.generatedSources().values()).noneMatch(source -> source.contains("Json."));
    }

    @Test
    void aMalformedDateIsPydanticsProblemAtTheProperty() {
        CompiledApi compiled = CompiledApi.compile("javatime");
        Application app = compiled.application("fixtures.javatime", "fixtures.javatime.MeetingsApi");

        Reply reply = CompiledApi.sendJson(app, "POST", "/meetings",
                "{\"title\":\"retro\",\"day\":\"2026-13-01\",\"startsAt\":\"2026-11-28T09:30:00Z\"}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body()).isEqualTo("{\"detail\":[{\"type\":\"date_from_datetime_parsing\",\"loc\":[\"body\",\"day\"],"
                + "\"msg\":\"Input should be a valid date or datetime, month value is outside expected range of 1-12\","
                + "\"input\":\"2026-13-01\",\"ctx\":{\"error\":\"month value is outside expected range of 1-12\"}}]}");
    }
}
