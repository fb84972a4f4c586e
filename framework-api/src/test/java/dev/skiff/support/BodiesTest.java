package dev.skiff.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skiff.core.HttpRequest;
import dev.skiff.core.ValidationProblem;
import dev.skiff.support.json.Pet;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a JSON body is wrong, as FastAPI reports it. */
class BodiesTest {

    private static List<ValidationProblem> problemsOf(String body, boolean required) {
        HttpRequest request = HttpRequest.builder("POST", "/pets").header("content-type", "application/json")
                .body(body.getBytes(StandardCharsets.UTF_8)).build();
        Problems problems = new Problems();
        Bodies.read(request, Pet.CODEC, required, problems);
        return problems.list();
    }

    private static Map<String, Object> only(List<ValidationProblem> problems) {
        assertThat(problems).hasSize(1);
        ValidationProblem problem = problems.get(0);
        return Map.of("type", problem.type(), "loc", problem.loc(), "ctx", problem.ctx() == null ? Map.of() : problem.ctx());
    }

    @Test
    void jsonNullWhereABodyIsRequired_isMissing() {
        assertThat(only(problemsOf("null", true))).containsEntry("type", "missing").containsEntry("loc", List.of("body"));
        assertThat(problemsOf("null", false)).isEmpty();
    }

    @Test
    void dataAfterTheDocument_isJsonInvalidAtItsFirstCharacter() {
        assertThat(only(problemsOf("{\"name\":\"a\",\"age\":1} xyz", true)))
                .containsEntry("type", "json_invalid").containsEntry("loc", List.of("body", 21L))
                .containsEntry("ctx", Map.of("error", "Extra data"));
        assertThat(only(problemsOf("{\"name\":\"a\",\"age\":1}{\"name\":\"b\",\"age\":2}", true)))
                .containsEntry("loc", List.of("body", 20L));
        assertThat(problemsOf("{\"name\":\"a\",\"age\":1} \n", true)).isEmpty();
    }

    @Test
    void malformedJson_isAtTheCharacterIndexFastApiCounts_notTheByte() {
        // "é" is two bytes in UTF-8 but one character: the bad token starts at character 16
        Map<String, Object> problem = only(problemsOf("{\"name\":\"é\",\"age\":x}", true));

        assertThat(problem).containsEntry("type", "json_invalid");
        assertThat(((List<?>) problem.get("loc")).get(1)).isEqualTo(Bodies.characterIndex(
                "{\"name\":\"é\",\"age\":x}".getBytes(StandardCharsets.UTF_8), 19));
        assertThat(Bodies.characterIndex("aé b".getBytes(StandardCharsets.UTF_8), 4)).isEqualTo(3);
    }

    @Test
    void parserReasons_nameNoLibrarySetting() {
        Map<String, Object> problem = only(problemsOf("{\"name\":\"a\",\"age\":NaN}", true));

        assertThat(problem.get("ctx").toString()).doesNotContain("JsonReadFeature", "enable", "`", "StreamReadConstraints");
        assertThat(Bodies.plainReason("Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow"))
                .isEqualTo("Non-standard token 'NaN'");
        assertThat(Bodies.plainReason("Number value length (1001) exceeds the maximum allowed (1000, from `StreamReadConstraints.getMaxNumberLength()`)"))
                .isEqualTo("Number value length (1001) exceeds the maximum allowed (1000)");
    }
}
