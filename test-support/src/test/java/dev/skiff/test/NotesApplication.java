package dev.skiff.test;

import dev.skiff.core.Application;
import dev.skiff.core.Json;
import dev.skiff.core.Lookup;
import dev.skiff.core.Route;
import dev.skiff.support.Bodies;
import dev.skiff.support.Converters;
import dev.skiff.support.Params;
import dev.skiff.support.Problems;
import dev.skiff.support.Results;
import dev.skiff.support.json.Codecs;
import dev.skiff.support.json.DatabindCodec;
import dev.skiff.support.json.JsonCodec;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import dev.skiff.api.ServerSentEvent;

/** A small hand-written application, as the processor would generate it, for the client's tests. */
final class NotesApplication {
    record Note(long id, String text) {}

    record NewNote(String text) {}

    private static final JsonCodec<Object> JSON = Codecs.ANY;

    private NotesApplication() {}

    static Application create() {
        Route get = new Route("GET", "/notes/{id}", "getNote", call -> {
            Problems problems = new Problems();
            Long id = Params.required(call.pathValue(0), Converters.LONG, List.of("path", "id"), problems);
            problems.throwIfAny();
            return Results.json(200, JSON, new Note(id, "note " + id));
        });
        Route create = new Route("POST", "/notes", "createNote", call -> {
            Problems problems = new Problems();
            NewNote note = Bodies.read(call.request(), DatabindCodec.<NewNote>of(() -> Json.types().constructType(NewNote.class)), true, problems);
            problems.throwIfAny();
            return Results.json(201, JSON, new Note(7, note.text()));
        });
        Route search = new Route("GET", "/notes", "searchNotes", call -> Results.json(200, JSON, Map.of(
                "tags", call.queryAll("tag"), "key", String.valueOf(call.header("x-api-key")),
                "session", String.valueOf(call.cookie("session")))));
        Route stream = new Route("GET", "/notes/stream", "streamNotes", call ->
                Results.jsonLines(200, JSON, Stream.of(new Note(1, "a"), new Note(2, "b"))));
        Route events = new Route("GET", "/notes/events", "noteEvents", call -> Results.events(200, Stream.of(
                ServerSentEvent.of("first\nsecond").event("note").id("1"),
                ServerSentEvent.of("x").retry(java.time.Duration.ofSeconds(2)))));
        Route fail = new Route("GET", "/fail", "fail", call -> {
            throw new IllegalStateException("broken on purpose");
        });
        List<Route> routes = List.of(get, create, search, stream, events, fail);
        return new Application("Notes", "1.0", (method, segments) -> {
            String path = "/" + String.join("/", segments);
            Set<String> allowed = new java.util.TreeSet<>();
            for (Route route : routes) {
                boolean staticMatch = route.template().equals(path);
                boolean idMatch = route.template().equals("/notes/{id}") && segments.length == 2
                        && segments[0].equals("notes") && !segments[1].equals("stream") && !segments[1].equals("events");
                if (staticMatch || idMatch) {
                    if (route.method().equals(method)) {
                        return new Lookup.Found(route, idMatch ? new String[] {segments[1]} : new String[0]);
                    }
                    allowed.add(route.method());
                }
            }
            return allowed.isEmpty() ? Lookup.NotFound.INSTANCE : new Lookup.MethodNotAllowed(allowed);
        }, routes, () -> NotesApplication.class.getResourceAsStream("/notes-openapi.json"));
    }
}
