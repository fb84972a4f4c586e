package dev.skiff.local;

import java.nio.charset.StandardCharsets;

/**
 * The Redoc page. Redoc's usual page links Montserrat and Roboto from Google Fonts; this one
 * links nothing and sets system font stacks instead, so no request leaves the machine.
 */
final class RedocPage {
    /** Redoc's sidebar footer shows a logo from Redocly's CDN; it is swapped for an empty image. */
    static final String CDN_LOGO = "https://cdn.redoc.ly/redoc/logo-mini.svg";
    private static final String EMPTY_IMAGE = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E";

    private RedocPage() {}

    static String html(String title, String assets, String openApiUrl) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s - ReDoc</title>
                <link rel="icon" href="data:,">
                <style>body { margin: 0; padding: 0; }</style>
                </head>
                <body>
                <div id="redoc-container"></div>
                <script src="%2$s/redoc.standalone.js"></script>
                <script>
                Redoc.init(%3$s, {
                  theme: {
                    typography: {
                      fontFamily: "system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif",
                      headings: { fontFamily: "system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif" },
                      code: { fontFamily: "ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace" }
                    }
                  }
                }, document.getElementById("redoc-container"));
                </script>
                </body>
                </html>
                """.formatted(HtmlText.html(title), assets, HtmlText.jsString(openApiUrl));
    }

    /** Rewrites the bundle so that its one hard-coded CDN image never loads. */
    static byte[] withoutCdnLogo(byte[] bundle) {
        String script = new String(bundle, StandardCharsets.UTF_8);
        return script.replace(CDN_LOGO, EMPTY_IMAGE).getBytes(StandardCharsets.UTF_8);
    }
}
