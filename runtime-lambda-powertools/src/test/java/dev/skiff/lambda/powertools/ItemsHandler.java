package dev.skiff.lambda.powertools;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skiff.api.MetricUnit;
import dev.skiff.core.Application;
import dev.skiff.core.Call;
import dev.skiff.core.HttpResponse;
import dev.skiff.core.Json;
import dev.skiff.core.Lookup;
import dev.skiff.core.Route;
import dev.skiff.lambda.SkiffLambdaHandler;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A handler as a user writes it: no backend named, so the registered Powertools one is used. */
public final class ItemsHandler extends SkiffLambdaHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ItemsHandler.class);
    private static final Route GET_ITEM = new Route("GET", "/items/{id}", "getItem", ItemsHandler::getItem);

    public ItemsHandler() {
        super(application());
    }

    private static Application application() {
        return new Application("items", "1", (method, segments) ->
                segments.length == 2 && segments[0].equals("items") && method.equals("GET")
                        ? new Lookup.Found(GET_ITEM, new String[] {segments[1]})
                        : Lookup.NotFound.INSTANCE,
                List.of(GET_ITEM), () -> null);
    }

    private static HttpResponse getItem(Call call) throws IOException {
        String id = call.pathValue(0);
        LOG.atInfo().addKeyValue("item_id", id).log("Fetching item");
        call.context().metrics().add("ItemViewed", 1, MetricUnit.COUNT);
        if (id.equals("boom")) {
            throw new IllegalStateException("the store is down");
        }
        ObjectNode item = Json.mapper().createObjectNode().put("id", Long.parseLong(id));
        return HttpResponse.json(200, Json.mapper().writeValueAsBytes(item));
    }
}
