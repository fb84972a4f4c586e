package dev.skiff.cdk;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.AccountRootPrincipal;
import software.amazon.awscdk.services.iam.Role;

/**
 * The combinations of front door, integration pattern, auth and options that cannot deploy: each
 * is refused when the props are built, with a message that says what was given and what to do.
 */
class FrontDoorPropsTest {

    private static SkiffApiProps.Builder<TestOperations> props() {
        return SkiffApiProps.builder(TestOperations.class)
                .packageDirectory(TestJars.packageDirectory())
                .handler("com.example.ItemsHandler::handleRequest");
    }

    @Test
    void streamingOnAnHttpApi() {
        assertThatThrownBy(() -> props().apiType(ApiType.HTTP_API).streamingRuntime(StreamingRuntime.SKIFF).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("streamingRuntime needs apiType REST_API or FUNCTION_URL, got HTTP_API, which cannot"
                        + " stream; leave streamingRuntime unset (streaming operations then answer whole) or"
                        + " choose a front door that streams");
    }

    @Test
    void oneFunctionPerOperationBehindAFunctionUrl() {
        assertThatThrownBy(() -> props().apiType(ApiType.FUNCTION_URL)
                .integrationPattern(IntegrationPattern.ISOLATED).build())
                .hasMessage("integrationPattern ISOLATED needs apiType REST_API or HTTP_API, got FUNCTION_URL,"
                        + " which is one URL on one function; use SHARED or leave it unset");
    }

    @Test
    void anAuthorizerOnAFunctionUrl() {
        assertThatThrownBy(() -> props().apiType(ApiType.FUNCTION_URL).auth(ApiAuth.custom()).build())
                .hasMessage("auth must be IAM for a FUNCTION_URL api, got CUSTOM");
        assertThatThrownBy(() -> props().apiType(ApiType.FUNCTION_URL).auth(ApiAuth.none()).build())
                .hasMessage("auth must be IAM for a FUNCTION_URL api, got NONE");
    }

    @Test
    void wafOnAnHttpApiOrAFunctionUrl() {
        assertThatThrownBy(() -> props().apiType(ApiType.HTTP_API).waf(true).build())
                .hasMessage("waf needs apiType REST_API, got HTTP_API; WAFv2 cannot guard an HTTP API or a"
                        + " Function URL");
        assertThatThrownBy(() -> props().apiType(ApiType.FUNCTION_URL).waf(true).build())
                .hasMessage("waf needs apiType REST_API, got FUNCTION_URL; WAFv2 cannot guard an HTTP API or a"
                        + " Function URL");
    }

    @Test
    void operationOptionsOnASharedFunction() {
        assertThatThrownBy(() -> props().integrationPattern(IntegrationPattern.SHARED)
                .operation(TestOperations.CREATE_ITEM, OperationOptions.builder().memorySize(2048).build())
                .operation(TestOperations.GET_ITEM, OperationOptions.builder().memorySize(256).build())
                .build())
                .hasMessage("operation options need integrationPattern ISOLATED, got SHARED (one function serves"
                        + " every operation) with options for CREATE_ITEM and GET_ITEM; set memorySize, timeout"
                        + " and environment for the whole API, or use ISOLATED");
    }

    @Test
    void optionsForOneOperationTwice() {
        assertThatThrownBy(() -> props()
                .operation(TestOperations.CREATE_ITEM, OperationOptions.builder().memorySize(2048).build())
                .operation(TestOperations.CREATE_ITEM, OperationOptions.builder().timeout(Duration.seconds(5)).build()))
                .hasMessage("operation options for CREATE_ITEM (createItem) are set twice; merge them into one"
                        + " OperationOptions");
    }

    @Test
    void operationOptionsOutOfRange() {
        assertThatThrownBy(() -> OperationOptions.builder().memorySize(64).build())
                .hasMessage("memorySize must be between 128 and 10240, got 64");
        assertThatThrownBy(() -> OperationOptions.builder().timeout(Duration.minutes(20)).build())
                .hasMessage("timeout must be between 1 and 900, got 1200");
    }

    @Test
    void variablesTheConstructOwns() {
        assertThatThrownBy(() -> props().environment(Map.of("SKIFF_OPERATION", "getItem")).build())
                .hasMessage("environment must not set SKIFF_OPERATION, SkiffApi sets it (the operation an isolated"
                        + " function serves; restrictCorsTo; whether a native function may stream)");
        assertThatThrownBy(() -> props().operation(TestOperations.GET_ITEM, OperationOptions.builder()
                        .environment(Map.of("ALLOWED_ORIGINS", "*")).build()).build())
                .hasMessage("environment of operation GET_ITEM must not set ALLOWED_ORIGINS, SkiffApi sets it");
    }

    @Test
    void aJarCannotStartTheRuntimeARestApiStreamsWith() {
        assertThatThrownBy(() -> SkiffApiProps.builder(TestOperations.class)
                .jarPath(TestJars.create("app.jar"))
                .handler("com.example.ItemsHandler::handleRequest")
                .build())
                .hasMessageStartingWith("jarPath cannot start Skiff's runtime, which the streaming operations of a"
                        + " REST_API need (streamItems), got ")
                .hasMessageEndingWith("; pass packageDirectory (the application's Lambda package)");
    }

    /** What a generated SkiffOperations could hold: an operation named like one of the construct's children. */
    enum ClashingOperations implements dev.skiff.operations.ApiOperation {
        API;

        @Override public String operationId() { return "api"; }
        @Override public String method() { return "GET"; }
        @Override public String path() { return "/api"; }
        @Override public boolean streams() { return false; }
        @Override public boolean authenticated() { return true; }
    }

    @Test
    void anOperationNamedLikeTheConstructsOwnChildren() {
        SkiffApiProps<ClashingOperations> props = SkiffApiProps.builder(ClashingOperations.class)
                .packageDirectory(TestJars.packageDirectory())
                .handler("com.example.ItemsHandler::handleRequest")
                .build();
        assertThatThrownBy(() -> new SkiffApi<>(new Stack(new App(), "Clash"), "ItemsApi", props))
                .hasMessage("operationId 'api' names its function's construct Api, which SkiffApi uses itself; give the"
                        + " operation another operationId (or use integrationPattern SHARED)");
    }

    /** An operation named like the output of an API called Items. */
    enum UrlOperations implements dev.skiff.operations.ApiOperation {
        ITEMS_URL;

        @Override public String operationId() { return "itemsUrl"; }
        @Override public String method() { return "GET"; }
        @Override public String path() { return "/url"; }
        @Override public boolean streams() { return false; }
        @Override public boolean authenticated() { return true; }
    }

    @Test
    void anOperationNamedLikeTheApisOutput() {
        SkiffApiProps<UrlOperations> props = SkiffApiProps.builder(UrlOperations.class)
                .packageDirectory(TestJars.packageDirectory())
                .handler("com.example.ItemsHandler::handleRequest")
                .build();
        // The API's name is the construct id unless apiName is set.
        assertThatThrownBy(() -> new SkiffApi<>(new Stack(new App(), "Clash"), "Items", props))
                .hasMessage("operationId 'itemsUrl' names its function's construct ItemsUrl, which SkiffApi uses"
                        + " itself; give the operation another operationId (or use integrationPattern SHARED)");
        new SkiffApi<>(new Stack(new App(), "NoClash"), "Catalogue", props);
    }

    /** Two variable names under one REST resource. */
    enum ReviewOperations implements dev.skiff.operations.ApiOperation {
        GET_ITEM("getItem", "/items/{id}"),
        LIST_REVIEWS("listReviews", "/items/{itemId}/reviews");

        private final String operationId;
        private final String path;

        ReviewOperations(String operationId, String path) {
            this.operationId = operationId;
            this.path = path;
        }

        @Override public String operationId() { return operationId; }
        @Override public String method() { return "GET"; }
        @Override public String path() { return path; }
        @Override public boolean streams() { return false; }
        @Override public boolean authenticated() { return true; }
    }

    @Test
    void twoVariableNamesAtOnePlaceOfARestApi() {
        SkiffApiProps.Builder<ReviewOperations> props = SkiffApiProps.builder(ReviewOperations.class)
                .packageDirectory(TestJars.packageDirectory())
                .handler("com.example.ItemsHandler::handleRequest");
        assertThatThrownBy(props::build)
                .hasMessage("path variables at one place must share a name on a REST_API, got /items/{id} and"
                        + " /items/{itemId}/reviews (operation listReviews); API Gateway allows one variable resource"
                        + " under /items, so rename {itemId} or {id}");
        // An HTTP API's routes are independent of each other.
        props.apiType(ApiType.HTTP_API).build();
    }

    @Test
    void aWildcardAmongOrigins() {
        assertThatThrownBy(() -> props().allowedOrigins(java.util.List.of("*", "https://app.example.com")).build())
                .hasMessage("allowedOrigins must be [\"*\"] or a list of origins, not both, got [*,"
                        + " https://app.example.com]");
    }

    @Test
    void stageSettings() {
        assertThatThrownBy(() -> props().stageName("prod-1").build())
                .hasMessage("stageName must be 1 to 128 letters, digits or '_', got 'prod-1'");
        assertThatThrownBy(() -> props().throttlingRateLimit(0).build())
                .hasMessage("throttlingRateLimit must be greater than 0, got 0.0");
        assertThatThrownBy(() -> props().throttlingBurstLimit(-1).build())
                .hasMessage("throttlingBurstLimit must be 0 or more, got -1");
    }

    @Test
    void aPerOperationGrantOnAFunctionUrl() {
        Stack stack = new Stack(new App(), "Url");
        SkiffApi<TestOperations> api = new SkiffApi<>(stack, "ItemsApi",
                props().apiType(ApiType.FUNCTION_URL).build());
        Role role = Role.Builder.create(stack, "Caller").assumedBy(new AccountRootPrincipal()).build();
        assertThatThrownBy(() -> api.grantInvokeAccess(role, TestOperations.GET_ITEM))
                .hasMessage("grantInvokeAccess per operation needs a REST_API or HTTP_API front door; a FUNCTION_URL"
                        + " api is one URL for every operation, got getItem; grant it whole with"
                        + " grantInvokeAccess(grantee)");
    }
}
