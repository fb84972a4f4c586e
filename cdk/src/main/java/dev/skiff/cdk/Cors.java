package dev.skiff.cdk;

import java.util.List;

/** The CORS settings every front door shares. */
final class Cors {

    /** The request headers a browser may send: SigV4 signing headers and JSON bodies. */
    static final List<String> ALLOWED_HEADERS = List.of(
            "authorization",
            "content-type",
            "x-amz-content-sha256",
            "x-amz-date",
            "x-amz-security-token");

    /**
     * The variable that tells the application which origins {@link SkiffApi#restrictCorsTo} allows,
     * comma-separated, as the Nx plugin's constructs pass it to their functions.
     */
    static final String ALLOWED_ORIGINS_VARIABLE = "ALLOWED_ORIGINS";

    private Cors() {
    }
}
