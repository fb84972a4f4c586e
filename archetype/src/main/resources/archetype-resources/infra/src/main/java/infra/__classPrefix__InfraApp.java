package ${package}.infra;

import java.nio.file.Files;
import java.nio.file.Path;
#if( $auth == "cognito" )
import java.util.List;
#end

import ${package}.SkiffOperations;
import dev.skiff.cdk.ApiAuth;
import dev.skiff.cdk.ApiType;
import dev.skiff.cdk.IntegrationPattern;
import dev.skiff.cdk.SkiffApi;
import dev.skiff.cdk.SkiffApiProps;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
#if( $auth == "cognito" )
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolClient;
import software.amazon.awscdk.services.cognito.UserPoolClientOptions;
#end

/**
 * ${title}'s CDK app: one stack, {@value #STACK}, with Skiff's construct deploying the API's Lambda
 * package (api/target/lambda) as a ${infra} API (${integrationPattern} functions, ${auth} auth). The
 * stack is environment-agnostic, so synthesis asks AWS nothing.
 *
 * <pre>{@code
 * npx cdk synth        # from infra/: builds the API and runs this class through Maven
 * npx cdk deploy
 * }</pre>
 */
public final class ${classPrefix}InfraApp {

    static final String STACK = "${classPrefix}";
    static final String HANDLER = "${package}.${classPrefix}LambdaHandler::handleRequest";

    private ${classPrefix}InfraApp() {
    }

    public static void main(String[] args) {
        // npx cdk sets CDK_OUTDIR; a plain mvn -Psynth writes to infra/cdk.out
        App app = System.getenv("CDK_OUTDIR") != null ? new App()
                : new App(AppProps.builder().outdir(System.getProperty("cdkOutdir", "cdk.out")).build());
        Stack stack = new Stack(app, STACK, StackProps.builder().description("${title}").build());
#if( $auth == "cognito" )
        UserPool users = UserPool.Builder.create(stack, "Users").build();
        UserPoolClient webClient = users.addClient("WebClient", UserPoolClientOptions.builder().build());
#end
        new SkiffApi<>(stack, "${classPrefix}", SkiffApiProps.builder(SkiffOperations.class)
                .packageDirectory(lambdaPackage(app))
                .handler(HANDLER)
#if( $infra == "rest" )
                .apiType(ApiType.REST_API)
#elseif( $infra == "http" )
                .apiType(ApiType.HTTP_API)
#else
                .apiType(ApiType.FUNCTION_URL)
#end
                .integrationPattern(IntegrationPattern.${integrationPattern.toUpperCase()})
#if( $auth == "cognito" )
                .auth(ApiAuth.cognito(users, List.of(webClient)))
#elseif( $auth == "custom" )
                // denies every token until you pass your authorizer: ApiAuth.custom(yourFunction)
                .auth(ApiAuth.custom())
#else
                .auth(ApiAuth.iam())
#end
                // logs, metrics and traces: the service name and metrics namespace, X-Ray on
                .serviceName("${artifactId}")
                .metricsNamespace("${classPrefix}")
                .tracing(true)
                .build());
        app.synth();
    }

    /**
     * The API's Lambda package: the {@code lambdaPackage} context value
     * ({@code cdk synth -c lambdaPackage=...}), else the {@code lambdaPackage} system property the
     * Maven build sets, else ../api/target/lambda.
     */
    static Path lambdaPackage(App app) {
        Object fromContext = app.getNode().tryGetContext("lambdaPackage");
        String location = fromContext != null ? fromContext.toString()
                : System.getProperty("lambdaPackage", "../api/target/lambda");
        Path directory = Path.of(location).toAbsolutePath().normalize();
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("the API's Lambda package is missing at " + directory
                    + "; build it first: mvn -pl api package -DskipTests");
        }
        return directory;
    }
}
