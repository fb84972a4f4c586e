package dev.skiff.bench.gen;

/**
 * One generated operation.
 *
 * @param index    the operation's number, from 0, unique in the API
 * @param resource the resource it belongs to ({@code /res<resource>})
 * @param kind     its shape
 */
public record SyntheticOperation(int index, int resource, OperationKind kind) {

    /** The template the handler method is annotated with. */
    public String template() {
        String base = "/res" + resource;
        return switch (kind) {
            case LIST, CREATE -> base;
            case GET_ONE -> base + "/{id}";
            case GET_PART -> base + "/{id}/parts/{part}";
        };
    }

    /** A concrete path that this operation, and only this one, answers for its method. */
    public String samplePath() {
        String base = "/res" + resource;
        return switch (kind) {
            case LIST, CREATE -> base;
            case GET_ONE -> base + "/" + (index + 1);
            case GET_PART -> base + "/" + (index + 1) + "/parts/p" + index;
        };
    }

    /** The handler method's name, unique in the API (it becomes the operationId). */
    public String methodName() {
        return switch (kind) {
            case LIST -> "list";
            case GET_ONE -> "get";
            case GET_PART -> "part";
            case CREATE -> "create";
        } + index;
    }
}
