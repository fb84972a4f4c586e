package dev.skiff.samples.items.infra;

import java.nio.file.Files;
import java.nio.file.Path;

import software.amazon.awscdk.App;

/**
 * Finds a sample's Lambda package directory ({@code bootstrap}, {@code skiff-exec-wrapper},
 * {@code lib/*.jar}) that its {@code mvn package} writes: a CDK context value
 * ({@code cdk synth -c itemsPackage=...}), else a system property the Maven build sets, else the
 * sample's Maven output seen from this module's directory.
 *
 * <pre>{@code
 * Path items = SamplePackage.ITEMS.locate(app);
 * }</pre>
 */
enum SamplePackage {
    ITEMS("items", "itemsPackage", "skiff.itemsPackage", "../items/target/lambda"),
    ORDERS("orders", "ordersPackage", "skiff.ordersPackage", "../orders/target/lambda");

    final String sample;
    final String contextKey;
    final String property;
    final String defaultLocation;

    SamplePackage(String sample, String contextKey, String property, String defaultLocation) {
        this.sample = sample;
        this.contextKey = contextKey;
        this.property = property;
        this.defaultLocation = defaultLocation;
    }

    Path locate(App app) {
        Object fromContext = app.getNode().tryGetContext(contextKey);
        String location = fromContext != null ? fromContext.toString()
                : System.getProperty(property, defaultLocation);
        Path directory = Path.of(location).toAbsolutePath().normalize();
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("the " + sample + " API's Lambda package is missing at " + directory
                    + "; build it first (from the repository root: mvn -B -pl samples/" + sample + " -am"
                    + " package -DskipTests), or point to one with -c " + contextKey + "=<directory>");
        }
        return directory;
    }
}
