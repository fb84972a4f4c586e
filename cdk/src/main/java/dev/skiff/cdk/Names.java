package dev.skiff.cdk;

/** Construct ids made from operationIds. */
final class Names {

    private Names() {
    }

    /**
     * {@code createItem}, {@code create-item} and {@code create_item} all give {@code CreateItem}: a
     * construct id (and so a logical-id part) named after the operation.
     */
    static String pascal(String operationId) {
        StringBuilder id = new StringBuilder();
        boolean upper = true;
        for (char c : operationId.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                upper = true;
            } else {
                id.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return id.toString();
    }
}
