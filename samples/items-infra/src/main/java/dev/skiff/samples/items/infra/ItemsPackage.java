package dev.skiff.samples.items.infra;

import java.nio.file.Files;
import java.nio.file.Path;

import software.amazon.awscdk.App;

/**
 * Finds the items API's Lambda package directory ({@code bootstrap}, {@code skiff-exec-wrapper},
 * {@code lib/*.jar}) that the sample's {@code mvn package} writes: the {@code itemsPackage} CDK
 * context value ({@code cdk synth -c itemsPackage=...}), else the {@code skiff.itemsPackage} system
 * property the Maven build sets, else the sample's Maven output seen from this module's directory.
 */
final class ItemsPackage {

    static final String CONTEXT_KEY = "itemsPackage";
    static final String PROPERTY = "skiff.itemsPackage";
    static final String DEFAULT = "../items/target/lambda";

    private ItemsPackage() {
    }

    static Path locate(App app) {
        Object fromContext = app.getNode().tryGetContext(CONTEXT_KEY);
        String location = fromContext != null ? fromContext.toString()
                : System.getProperty(PROPERTY, DEFAULT);
        Path directory = Path.of(location).toAbsolutePath().normalize();
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("the items API's Lambda package is missing at " + directory
                    + "; build it first (from the repository root: mvn -B -pl samples/items -am"
                    + " package -DskipTests), or point to one with -c " + CONTEXT_KEY + "=<directory>");
        }
        return directory;
    }
}
