package dev.skiff.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skiff.core.Application;
import dev.skiff.processor.CompiledApi.Reply;
import java.util.ArrayList;
import java.util.List;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A bean property's JSON name is Jackson's, in the schema, in the body and in a 422's {@code loc} alike. */
class BeanPropertyNamesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static CompiledApi compiled;
    private static Application app;

    @BeforeAll
    static void compile() {
        compiled = CompiledApi.compile("bean_names");
        app = compiled.application("fixtures.beannames", "fixtures.beannames.LinksApi");
    }

    @Test
    void getterWithLeadingCapitals_isNamedAsJacksonNamesIt_withItsConstraintsInTheSchema() throws Exception {
        JsonNode link = JSON.readTree(compiled.generated(StandardLocation.CLASS_OUTPUT, "fixtures/beannames/openapi.json"))
                .at("/components/schemas/Link/properties");

        assertThat(fieldNames(link)).containsExactlyInAnyOrderElementsOf(jacksonNames());
        assertThat(link.at("/url/maxLength").asInt()).isEqualTo(3);
    }

    @Test
    void constraintViolationOnSuchAGetter_isLocatedAtJacksonsName() throws Exception {
        Reply reply = CompiledApi.sendJson(app, "POST", "/links", "{\"url\":\"toolong\",\"firstName\":\"Ada\"}");

        assertThat(reply.status()).isEqualTo(422);
        JsonNode problem = JSON.readTree(reply.body()).at("/detail/0");
        assertThat(problem.get("loc").toString()).isEqualTo("[\"body\",\"url\"]");
        assertThat(problem.get("msg").asText()).isEqualTo("size must be between 0 and 3");
    }

    @Test
    void validBody_reachesTheHandler() {
        Reply reply = CompiledApi.sendJson(app, "POST", "/links", "{\"url\":\"abc\",\"firstName\":\"Ada\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("\"abc\"");
    }

    /** The oracle: the property names databind writes for the compiled bean. */
    private static List<String> jacksonNames() throws Exception {
        Object bean = compiled.load("fixtures.beannames.Link").getConstructor().newInstance();
        List<String> names = fieldNames(JSON.valueToTree(bean));
        assertThat(names).contains("url", "firstName");
        return names;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
