package dev.skiff.samples.items.infra;

import java.nio.file.Files;
import java.nio.file.Path;

import software.amazon.awscdk.App;

/**
 * Finds the items API's deployable jar: the {@code itemsJar} CDK context value
 * ({@code cdk synth -c itemsJar=...}), else the {@code skiff.itemsJar} system property the Maven
 * build sets, else the sample's Maven output seen from this module's directory.
 */
final class ItemsJar {

    static final String CONTEXT_KEY = "itemsJar";
    static final String PROPERTY = "skiff.itemsJar";
    static final String DEFAULT = "../items/target/skiff-sample-items-0.1.0-SNAPSHOT-all.jar";

    private ItemsJar() {
    }

    static Path locate(App app) {
        Object fromContext = app.getNode().tryGetContext(CONTEXT_KEY);
        String location = fromContext != null ? fromContext.toString()
                : System.getProperty(PROPERTY, DEFAULT);
        Path jar = Path.of(location).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the items API jar is missing at " + jar
                    + "; build it first (from the repository root: mvn -B -pl samples/items -am"
                    + " package -DskipTests), or point to one with -c " + CONTEXT_KEY + "=<path>");
        }
        return jar;
    }
}
