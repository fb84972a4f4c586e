package dev.skiff.processor.model;

import java.util.List;

/**
 * What an operation adds to the OpenAPI document and nothing else: its declared responses (its
 * own and its class's, the operation's winning for one status, sorted by status), the headers of
 * its success response, and whether it is exempt from the API's authentication.
 */
public record OperationDocsModel(List<DeclaredResponseModel> responses, List<ResponseHeaderModel> successHeaders,
        boolean unauthenticated) {
    public static final OperationDocsModel NONE = new OperationDocsModel(List.of(), List.of(), false);

    public OperationDocsModel {
        responses = List.copyOf(responses);
        successHeaders = List.copyOf(successHeaders);
    }
}
