package dev.skiff.lambda;

import dev.skiff.api.HttpException;
import dev.skiff.api.MetricUnit;
import dev.skiff.core.Application;
import dev.skiff.core.Call;
import dev.skiff.core.HttpResponse;
import dev.skiff.core.Route;
import dev.skiff.support.Bodies;
import dev.skiff.support.Converters;
import dev.skiff.support.Params;
import dev.skiff.support.Problems;
import dev.skiff.support.Results;
import dev.skiff.support.TreeRouter;
import dev.skiff.support.json.Pet;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * A stand-in for the sample's generated code, written as the processor writes invokers: the body
 * read with a generated codec through {@link Bodies#read}, path and query values converted
 * through {@link Params}, every problem one 422. Its handlers log with an SLF4J key-value, add a
 * metric and a metric dimension, and leave an MDC entry behind on purpose (as a careless handler
 * would): nothing of one invocation may show in the next.
 */
final class HostileTestApi {
    private static final Logger LOG = LoggerFactory.getLogger(HostileTestApi.class);
    private static final List<Object> LOC_ID = List.of("path", "id");
    private static final List<Object> LOC_TAG = List.of("query", "tag");

    static final Route GET_ITEM = new Route("GET", "/items/{id}", "getItem", HostileTestApi::getItem);
    static final Route LIST_ITEMS = new Route("GET", "/items", "listItems", HostileTestApi::listItems);
    static final Route CREATE_ITEM = new Route("POST", "/items", "createItem", HostileTestApi::createItem);

    private HostileTestApi() {}

    static Application application() {
        List<Route> routes = List.of(GET_ITEM, LIST_ITEMS, CREATE_ITEM);
        return new Application("Hostile items", "1.0", new TreeRouter(routes), routes, () -> null);
    }

    /** 0 is a 404, 13 fails (500), any other id answers and logs it under {@code item_id}. */
    private static HttpResponse getItem(Call call) {
        Problems problems = new Problems();
        Long id = Params.required(call.pathValue(0), Converters.LONG, LOC_ID, problems);
        problems.throwIfAny();
        // Left behind on purpose: the handler must not carry it into the next invocation.
        MDC.put("tenant", "tenant-" + id);
        call.context().metrics().dimension("tenant", "tenant-" + id);
        call.context().metrics().add("ItemViewed", 1, MetricUnit.COUNT);
        LOG.atInfo().addKeyValue("item_id", id).log("Fetching item");
        if (id == 0) {
            throw new HttpException(404, "Item not found");
        }
        if (id == 13) {
            throw new IllegalStateException("the store is down at dev.skiff.Secret.method(Secret.java:13)");
        }
        return HttpResponse.json(200, ("{\"id\":" + id + ",\"name\":\"Item " + id + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse listItems(Call call) {
        Problems problems = new Problems();
        List<Long> tags = Params.all(call.queryAll("tag"), Converters.LONG, LOC_TAG, problems, new java.util.ArrayList<>());
        problems.throwIfAny();
        return HttpResponse.json(200, ("{\"tags\":" + tags.size() + "}").getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse createItem(Call call) throws Exception {
        Problems problems = new Problems();
        Pet pet = Bodies.read(call.request(), Pet.CODEC, true, problems);
        problems.throwIfAny();
        return Results.json(201, Pet.CODEC, pet);
    }
}
