package dev.skiff.processor.model;

/** One entry of {@code servers}: a URL and what it is. */
public record ServerModel(String url, String description) {
    /** The server listed when {@code @ApiInfo} names none: the local runtime on its default PORT. */
    public static final ServerModel LOCAL = new ServerModel("http://localhost:8080", "Local development");
}
