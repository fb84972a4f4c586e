package dev.skiff.bench.lambda;

import dev.skiff.bench.coldstart.ColdStartDriver;
import dev.skiff.lambda.SnapStartStandIn;
import java.io.IOException;

/**
 * Cold start of the bench app on SkiffLambdaHandler in a fresh JVM; which observability it
 * uses is decided by the class path alone (add runtime-lambda-powertools for Powertools).
 * With {@code -Dbench.prime=true} the handler's SnapStart priming runs before the first event,
 * timed apart.
 *
 * <pre>{@code
 * java -Dbench.label=skiff -cp "lambda-skiff/target/lambda/lib/*:lambda-skiff/target/classes" dev.skiff.bench.lambda.SkiffLambdaMain event.json
 * }</pre>
 */
public final class SkiffLambdaMain {
    private SkiffLambdaMain() {}

    public static void main(String[] args) throws IOException {
        String label = System.getProperty("bench.label", "skiff");
        if (Boolean.getBoolean("bench.prime")) {
            ColdStartDriver.run(label, OrdersLambdaHandler::new, SnapStartStandIn::prime, args);
        } else {
            ColdStartDriver.run(label, OrdersLambdaHandler::new, args);
        }
    }
}
