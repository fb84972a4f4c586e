package dev.skiff.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Behind the Lambda Web Adapter, the caller comes from its x-amzn-request-context header. */
class WebAdapterCallerTest {
    private static final String IAM_CONTEXT = "{\"authorizer\":{\"iam\":{\"accountId\":\"111122223333\","
            + "\"userArn\":\"arn:aws:iam::111122223333:user/ada\"}},\"requestId\":\"r1\"}";

    @Test
    void trustedAdapterHeader_givesTheIamCaller() throws Exception {
        try (LocalServer server = start(true)) {
            String body = new Http(server).send(new Http(server).request("/caller")
                    .header("x-amzn-request-context", IAM_CONTEXT)).body();

            assertThat(body).isEqualTo("\"IAM arn:aws:iam::111122223333:user/ada\"");
        }
    }

    @Test
    void trustedAdapterHeader_makesApiGatewaysRequestIdTheCorrelationId_asOnTheLambdaHandler() throws Exception {
        try (LocalServer server = start(true)) {
            var response = new Http(server).send(new Http(server).request("/caller")
                    .header("x-amzn-request-context", IAM_CONTEXT));

            assertThat(response.headers().firstValue("x-correlation-id")).hasValue("r1");
        }
    }

    @Test
    void outsideLambdaTheHeaderIsIgnored_soNobodyCanClaimAnIdentity() throws Exception {
        try (LocalServer server = start(false)) {
            String body = new Http(server).send(new Http(server).request("/caller")
                    .header("x-amzn-request-context", IAM_CONTEXT)).body();

            assertThat(body).isEqualTo("\"nobody\"");
        }
    }

    private static LocalServer start(boolean trust) {
        return LocalServer.builder(new TestApplication().application()).port(0)
                .trustWebAdapterContext(trust).build().start();
    }
}
