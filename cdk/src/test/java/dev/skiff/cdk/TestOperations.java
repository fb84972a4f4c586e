package dev.skiff.cdk;

import dev.skiff.operations.ApiOperation;

/** What the processor generates for a small items API: the operations the construct tests deploy. */
enum TestOperations implements ApiOperation {
    LIST_ITEMS("listItems", "GET", "/items", false),
    CREATE_ITEM("createItem", "POST", "/items", false),
    STREAM_ITEMS("streamItems", "GET", "/items/stream", true),
    GET_ITEM("getItem", "GET", "/items/{id}", false),
    DELETE_ITEM("deleteItem", "DELETE", "/items/{id}", false);

    private final String operationId;
    private final String method;
    private final String path;
    private final boolean streams;

    TestOperations(String operationId, String method, String path, boolean streams) {
        this.operationId = operationId;
        this.method = method;
        this.path = path;
        this.streams = streams;
    }

    @Override
    public String operationId() {
        return operationId;
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public boolean streams() {
        return streams;
    }

    @Override
    public boolean authenticated() {
        return true;
    }
}
