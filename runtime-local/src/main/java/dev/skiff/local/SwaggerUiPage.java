package dev.skiff.local;

/**
 * The Swagger UI page, configured as FastAPI's /docs is. Unlike the webjar's own index.html it
 * does not load the petstore example, and it turns off the online validator badge, which would
 * send the document to validator.swagger.io.
 */
final class SwaggerUiPage {
    private SwaggerUiPage() {}

    static String html(String title, String assets, String openApiUrl) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s - Swagger UI</title>
                <link rel="stylesheet" href="%2$s/swagger-ui.css">
                <link rel="icon" type="image/png" href="%2$s/favicon-32x32.png">
                </head>
                <body>
                <div id="swagger-ui"></div>
                <script src="%2$s/swagger-ui-bundle.js"></script>
                <script>
                window.ui = SwaggerUIBundle({
                  url: %3$s,
                  dom_id: "#swagger-ui",
                  layout: "BaseLayout",
                  deepLinking: true,
                  showExtensions: true,
                  showCommonExtensions: true,
                  validatorUrl: null,
                  presets: [SwaggerUIBundle.presets.apis, SwaggerUIBundle.SwaggerUIStandalonePreset]
                });
                </script>
                </body>
                </html>
                """.formatted(HtmlText.html(title), assets, HtmlText.jsString(openApiUrl));
    }
}
