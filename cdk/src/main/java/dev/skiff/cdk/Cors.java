package dev.skiff.cdk;

import java.util.List;

/** The CORS settings both front doors share. */
final class Cors {

    /** The request headers a browser may send: SigV4 signing headers and JSON bodies. */
    static final List<String> ALLOWED_HEADERS = List.of(
            "authorization",
            "content-type",
            "x-amz-content-sha256",
            "x-amz-date",
            "x-amz-security-token");

    private Cors() {
    }
}
