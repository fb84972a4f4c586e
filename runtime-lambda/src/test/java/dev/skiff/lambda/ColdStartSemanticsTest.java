package dev.skiff.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skiff.test.LambdaTestContext;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cold start as Powertools for Java 2.9 and later reports it: counted (log key, EMF metric,
 * X-Ray annotation) only for the first invocation of an environment Lambda initialised on demand,
 * never for provisioned concurrency or a SnapStart restore.
 */
class ColdStartSemanticsTest {

    @ParameterizedTest(name = "{0}: first invocation cold = {1}")
    @CsvSource({"on-demand, true", "snap-start, false", "provisioned-concurrency, false",
            "lambda-managed-instances, false"})
    void theFirstInvocation_isAColdStartOnlyOnDemand(String initializationType, boolean cold) {
        TestHandler handler = TestHandler.create(Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", initializationType));

        handler.invoke(ObservabilityTest.getItem("1", null), new LambdaTestContext("first"));
        handler.invoke(ObservabilityTest.getItem("2", null), new LambdaTestContext("second"));

        assertThat(handler.logLines()).filteredOn(l -> l.get("function_request_id").asText().equals("first"))
                .isNotEmpty().allMatch(l -> l.get("cold_start").asBoolean() == cold);
        assertThat(handler.logLines()).filteredOn(l -> l.get("function_request_id").asText().equals("second"))
                .isNotEmpty().noneMatch(l -> l.get("cold_start").asBoolean());
        assertThat(handler.emfDocuments().stream().filter(d -> d.has("ColdStart"))).hasSize(cold ? 1 : 0);
    }
}
