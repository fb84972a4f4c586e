package ${package};

import dev.skiff.api.ApiInfo;
import dev.skiff.api.Server;
import dev.skiff.core.Application;
import dev.skiff.local.LocalServer;

/**
 * ${title}: the application the local server, the tests and Lambda all run.
 *
 * <pre>{@code
 * mvn -pl api compile -Pdev     # serves on :8080 and reloads on every change
 * curl localhost:8080/openapi.json
 * }</pre>
 */
#if( $auth == "cognito" )
// openIdConnectUrl: replace the example with your user pool's (region and pool id), as the deployed
// stack's UserPool resource shows it; the OpenAPI document tells clients where to get tokens.
#end
@ApiInfo(title = "${title}", version = "${version}", auth = ApiInfo.Auth.${auth.toUpperCase()}, javaClient = true,
#if( $auth == "cognito" )
        openIdConnectUrl = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_EXAMPLE/.well-known/openid-configuration",
#end
        servers = @Server(url = "http://localhost:8080", description = "Local development (PORT changes the port)"))
public final class ${classPrefix}Application {
    private ${classPrefix}Application() {
    }

    /** The API over a new, empty store. */
    public static Application create() {
        return SkiffRoutes.create(new ItemsApi());
    }

    /** Serves the API on {@code PORT} (default 8080) until the JVM is stopped. */
    public static void main(String[] args) {
        LocalServer.run(create());
    }
}
