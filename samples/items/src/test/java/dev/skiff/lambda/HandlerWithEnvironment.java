package dev.skiff.lambda;

import dev.skiff.core.Application;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * For the sample's tests: the real Lambda handler over an application, reading {@code env}
 * instead of the process environment (so a test can point {@code AWS_XRAY_DAEMON_ADDRESS} at
 * its own UDP listener), with log and EMF lines kept out of the build output. It lives in
 * {@code dev.skiff.lambda} to reach the handler's test constructor.
 */
public final class HandlerWithEnvironment extends SkiffLambdaHandler {
    public HandlerWithEnvironment(Application application, Map<String, String> env) {
        super(application, null, env::get, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }
}
