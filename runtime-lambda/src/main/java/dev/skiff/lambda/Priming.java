package dev.skiff.lambda;

import dev.skiff.api.Metrics;
import dev.skiff.core.Application;
import dev.skiff.core.CorrelationIds;
import dev.skiff.core.Dispatcher;
import dev.skiff.core.ErrorResponses;
import dev.skiff.core.HttpRequest;
import dev.skiff.core.HttpResponse;
import dev.skiff.core.Lookup;
import dev.skiff.core.PathSegments;
import dev.skiff.core.Route;
import dev.skiff.core.ValidationProblem;
import dev.skiff.lambda.event.ApiEvent;
import dev.skiff.lambda.event.ApiEventReader;
import dev.skiff.lambda.event.ApiResponseWriter;
import dev.skiff.lambda.event.EventFormat;
import dev.skiff.lambda.event.EventRefusedException;
import dev.skiff.support.RequestLimits;
import dev.skiff.lambda.observability.ExecutionEnvironment;
import dev.skiff.support.validation.ValidationPriming;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * SnapStart priming through CRaC: before the snapshot, runs the framework's own code paths
 * (event parsing in both formats, router lookups, the dispatcher's 404 path, error bodies,
 * response writing whole and streamed, log and metric formatting, the validation checks and messages) so that their classes are loaded and
 * initialised in the snapshot. It never calls an application handler: a synthetic request is
 * dispatched only when the router finds no route for it. After the restore, the execution
 * environment's cold-start flag is re-armed and its X-Ray socket dropped.
 */
final class Priming implements Resource {
    private static final String PRIMING_PATH = "/__skiff_priming__/not-a-route";

    private final Application application;
    private final Dispatcher dispatcher;
    private final ApiEventReader reader;
    private final ApiResponseWriter writer;
    private final ExecutionEnvironment environment;

    private Priming(Application application, Dispatcher dispatcher, ApiResponseWriter writer,
                    ExecutionEnvironment environment) {
        this.application = application;
        this.dispatcher = dispatcher;
        // Priming's own events must pass whatever limits the function set (a query limit of 0 is valid)
        this.reader = new ApiEventReader(RequestLimits.defaults());
        this.writer = writer;
        this.environment = environment;
    }

    /** Registers priming of these pieces with CRaC; the caller holds the result (CRaC keeps weak references). */
    static Priming register(Application application, Dispatcher dispatcher, ApiResponseWriter writer,
                            ExecutionEnvironment environment) {
        Priming priming = new Priming(application, dispatcher, writer, environment);
        // Without a CRaC-enabled JVM (no SnapStart) org.crac registers nothing and costs nothing.
        Core.getGlobalContext().register(priming);
        return priming;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        environment.afterRestore();
    }

    /** Warms every path a first request takes, without calling any handler. */
    void prime() {
        for (Route route : application.routes()) {
            String[] segments = PathSegments.split(route.template());
            if (segments != null) {
                application.router().lookup(route.method(), segments);
            }
        }
        try {
            for (String event : List.of(v2Event(), v1Event())) {
                ApiEvent parsed = reader.read(event.getBytes(StandardCharsets.UTF_8), null, Metrics.noop());
                HttpRequest request = parsed.request();
                String[] segments = PathSegments.split(request.rawPath());
                boolean unmatched = segments != null
                        && application.router().lookup(request.method(), segments) instanceof Lookup.NotFound;
                if (unmatched) {
                    writer.write(dispatcher.dispatch(request, CorrelationIds.of(request)).response(),
                            parsed.format(), OutputStream.nullOutputStream());
                }
            }
            writer.write(ErrorResponses.validation(List.of(
                            ValidationProblem.of("missing", List.of("query", "priming"), "Field required", null))),
                    EventFormat.V1, OutputStream.nullOutputStream());
        } catch (EventRefusedException | IOException unexpected) {
            throw new IllegalStateException("priming events could not be handled", unexpected);
        }
        primeStreaming(writer);
        environment.prime();
        // the checks generated validators call, and the application's ValidationMessages lookup
        ValidationPriming.prime();
    }

    /** A streamed answer (prelude, chunks, end) into a channel that discards it, as the runtime loop sends one. */
    private static void primeStreaming(ApiResponseWriter writer) {
        HttpResponse response = HttpResponse.streaming(200, "application/jsonl",
                sink -> sink.write("{\"priming\":true}\n".getBytes(StandardCharsets.UTF_8)));
        response.headers().add("set-cookie", "priming=1");
        StreamedResponses.send(new SkiffLambdaHandler.Outcome(response, EventFormat.V2, "GET", PRIMING_PATH,
                SkiffLambdaHandler.UNMATCHED), DISCARDING, writer);
    }

    /** Streams into nothing. */
    private static final ResponseChannel DISCARDING = new ResponseChannel() {
        @Override
        public void whole(byte[] response) {
            // discarded
        }

        @Override
        public boolean canStream() {
            return true;
        }

        @Override
        public StreamedResponse openStream() {
            return new StreamedResponse() {
                @Override
                public void write(byte[] bytes) {
                    // discarded
                }

                @Override
                public void end() {
                    // nothing to end
                }

                @Override
                public void fail(String errorType, String errorMessage) {
                    // nothing to fail
                }
            };
        }
    };

    private static String v2Event() {
        return "{\"version\":\"2.0\",\"routeKey\":\"$default\",\"rawPath\":\"" + PRIMING_PATH + "\","
                + "\"rawQueryString\":\"a=1\",\"cookies\":[\"c=1\"],\"headers\":{\"accept\":\"application/json\"},"
                + "\"requestContext\":{\"http\":{\"method\":\"GET\",\"path\":\"" + PRIMING_PATH + "\"},"
                + "\"requestId\":\"priming\",\"stage\":\"$default\"},\"isBase64Encoded\":false}";
    }

    private static String v1Event() {
        return "{\"resource\":\"/{proxy+}\",\"path\":\"" + PRIMING_PATH + "\",\"httpMethod\":\"GET\","
                + "\"multiValueHeaders\":{\"Accept\":[\"application/json\"]},"
                + "\"multiValueQueryStringParameters\":{\"a\":[\"1\"]},"
                + "\"requestContext\":{\"requestId\":\"priming\",\"stage\":\"prod\"},\"body\":null,\"isBase64Encoded\":false}";
    }
}
