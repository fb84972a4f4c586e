package dev.skiff.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skiff.api.CallerIdentity;
import dev.skiff.api.HttpException;
import dev.skiff.api.Resolver;
import dev.skiff.core.Application;
import dev.skiff.core.Dispatcher;
import dev.skiff.core.HttpRequest;
import dev.skiff.core.HttpResponse;
import dev.skiff.processor.CompiledApi.Reply;
import dev.skiff.processor.DependencyTypes.CurrentUser;
import dev.skiff.processor.DependencyTypes.Session;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Generated invokers resolving {@code @Depends} parameters through the application's resolvers. */
class DependsBehaviourTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static CompiledApi compiled;
    private static Application bare;
    private final List<Session> sessions = new CopyOnWriteArrayList<>();
    private final List<String> resolved = new CopyOnWriteArrayList<>();
    private Application app;

    @BeforeAll
    static void compile() {
        compiled = CompiledApi.compile("depends");
        bare = compiled.application("fixtures.depends", "fixtures.depends.AccountsApi");
    }

    @BeforeEach
    void resolvers() {
        app = bare
                .withResolver(CurrentUser.class, context -> {
                    resolved.add("user");
                    return context.header("x-user").map(CurrentUser::new)
                            .orElseThrow(() -> new HttpException(401, "Not authenticated"));
                })
                .withResolver(Session.class, Resolver.closing(context -> {
                    Session session = new Session();
                    sessions.add(session);
                    return session;
                }, Session::close));
    }

    private Reply get(String path, String user) {
        HttpRequest.Builder request = HttpRequest.builder("GET", path);
        if (user != null) {
            request.header("x-user", user);
        }
        return CompiledApi.dispatch(app, request.build());
    }

    @Test
    void dependency_isResolvedFromTheRequestContext() {
        Reply reply = get("/me", "ada");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("\"ada\"");
    }

    @Test
    void resolverThrowingHttpException_answersItsStatus() {
        Reply reply = get("/me", null);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).isEqualTo("{\"detail\":\"Not authenticated\"}");
    }

    @Test
    void resolverFailure_beatsAConversionFailure_asFastApiSolvesDependenciesFirst() {
        assertThat(get("/items/abc", null).status()).isEqualTo(401);
        assertThat(get("/items/abc", "ada").status()).isEqualTo(422);
    }

    @Test
    void resolverHttpException_goesThroughTheApplicationsExceptionHandlers() {
        Application handled = app.withExceptionHandler(HttpException.class, (failure, context) -> {
            HttpResponse response = HttpResponse.text(failure.status(), "login first");
            response.headers().set("www-authenticate", "Bearer");
            return response;
        });
        Reply reply = CompiledApi.dispatch(handled, HttpRequest.builder("GET", "/me").build());
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).isEqualTo("login first");
        assertThat(reply.header("www-authenticate")).isEqualTo("Bearer");
    }

    @Test
    void oneTypeIsResolvedOncePerRequest_andClosedAfterTheResponse() {
        Reply reply = get("/items/7", "ada");
        assertThat(reply.body()).isEqualTo("\"ada:7:true:false\"");
        assertThat(resolved).containsExactly("user");
        assertThat(sessions).hasSize(1);
        assertThat(sessions.get(0).isClosed()).isTrue();
    }

    @Test
    void dependencyAndJsonBody_bindTogether() {
        Reply reply = dispatchJson("/notes", "{\"text\":\"hi\"}", "ada");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("\"ada wrote hi\"");
    }

    @Test
    void closeStep_runsAfterAFailedRequestToo() {
        Reply reply = get("/fail", null);
        assertThat(reply.status()).isEqualTo(500);
        assertThat(sessions).hasSize(1);
        assertThat(sessions.get(0).isClosed()).isTrue();
    }

    @Test
    void closeStep_ofAStreamedResponse_runsAfterTheStreamEnded() throws Exception {
        HttpResponse response = new Dispatcher(app, List.of()).dispatch(HttpRequest.builder("GET", "/lines").build())
                .response();
        assertThat(sessions.get(0).isClosed()).isFalse();

        List<String> chunks = new java.util.ArrayList<>();
        response.stream().writeTo(chunk -> chunks.add(new String(chunk, java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(chunks).containsExactly("\"afalse\"\n", "\"bfalse\"\n");
        assertThat(sessions.get(0).isClosed()).isTrue();
    }

    @Test
    void generatedCode_resolvesThroughTheCall_andRoutesListTheirDependencyTypes() {
        String routes = compiled.generated(StandardLocation.SOURCE_OUTPUT, "fixtures/depends/SkiffRoutes.java");
        assertThat(routes).contains("new Route(\"GET\", \"/items/{id}\", \"item\", invokers.operation(1), "
                + "List.of(DependencyTypes.CurrentUser.class, DependencyTypes.Session.class))");
        assertThat(routes).contains("new Route(\"GET\", \"/caller\", \"caller\", invokers.operation(5), "
                + "List.of(CallerIdentity.class))");
        String invokers = String.join("\n", compiled.generatedSources().values());
        assertThat(invokers).contains("DependencyTypes.CurrentUser user = call.resolve(DependencyTypes.CurrentUser.class);");
    }

    @Test
    void callerIdentity_isInjectedByTheBuiltInResolver() {
        CallerIdentity caller = new CallerIdentity(CallerIdentity.Kind.JWT, "user-1", Optional.empty(), Map.of());
        Reply reply = CompiledApi.dispatch(app, HttpRequest.builder("GET", "/caller").caller(caller).build());
        assertThat(reply.body()).isEqualTo("\"user-1\"");
        Reply anonymous = CompiledApi.dispatch(app, HttpRequest.builder("GET", "/caller").build());
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body()).isEqualTo("{\"detail\":\"Not authenticated\"}");
    }

    @Test
    void callerIdentity_resolverCanBeReplaced() {
        Application anonymousAllowed = app.withResolver(CallerIdentity.class, context -> context.caller()
                .orElse(new CallerIdentity(CallerIdentity.Kind.IAM, "anonymous", Optional.empty(), Map.of())));
        Reply reply = CompiledApi.dispatch(anonymousAllowed, HttpRequest.builder("GET", "/caller").build());
        assertThat(reply.body()).isEqualTo("\"anonymous\"");
    }

    @Test
    void missingResolver_refusesToStart_namingTheTypeAndOperations() {
        assertThatThrownBy(() -> new Dispatcher(bare, List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the application has no resolver for " + CurrentUser.class.getName()
                        + " (used by item, me, note), " + Session.class.getName()
                        + " (used by fail, item, lines); register each with withResolver(Type.class, context -> ...)"
                        + " before starting it");
    }

    @Test
    void servingOneOperation_needsOnlyItsResolvers() {
        Application me = bare.withResolver(CurrentUser.class, context -> new CurrentUser("x")).servingOnly("me");
        assertThat(CompiledApi.dispatch(me, HttpRequest.builder("GET", "/me").build()).body()).isEqualTo("\"x\"");
    }

    @Test
    void dependencies_areNotOpenApiParameters() throws Exception {
        JsonNode doc = JSON.readTree(compiled.generated(StandardLocation.CLASS_OUTPUT, "fixtures/depends/openapi.json"));
        assertThat(doc.at("/paths/~1me/get/parameters").isMissingNode()).isTrue();
        assertThat(doc.at("/paths/~1items~1{id}/get/parameters")).hasSize(1);
        assertThat(doc.at("/paths/~1caller/get/parameters").isMissingNode()).isTrue();
        assertThat(doc.at("/paths/~1notes/post/requestBody/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Note");
        assertThat(doc.at("/components/schemas").has("CurrentUser")).isFalse();
        assertThat(doc.at("/components/schemas").has("CallerIdentity")).isFalse();
    }

    private Reply dispatchJson(String path, String json, String user) {
        return CompiledApi.dispatch(app, HttpRequest.builder("POST", path).header("content-type", "application/json")
                .header("x-user", user).body(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)).build());
    }
}
