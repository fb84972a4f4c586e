package dev.skiff.bench.floor.lambda;

import dev.skiff.bench.coldstart.ColdStartDriver;
import java.io.IOException;

/**
 * Cold start of the Lambda floor in a fresh JVM.
 *
 * <pre>{@code
 * java -cp "floor-lambda/target/classes:floor-lambda/target/lambda/lib/*" dev.skiff.bench.floor.lambda.FloorLambdaMain event.json
 * }</pre>
 */
public final class FloorLambdaMain {
    private FloorLambdaMain() {}

    public static void main(String[] args) throws IOException {
        ColdStartDriver.run("floor", FloorLambdaHandler::new, args);
    }
}
