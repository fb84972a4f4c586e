package dev.skiff.local;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/** Finds a webjar's asset folder on the class path from the version its Maven metadata records. */
final class WebJars {
    private WebJars() {}

    /** {@code META-INF/resources/webjars/<artifact>/<version>}, if that webjar is on the class path. */
    static Optional<String> folder(ClassLoader loader, String artifactId) {
        String metadata = "META-INF/maven/org.webjars/" + artifactId + "/pom.properties";
        try (InputStream in = loader.getResourceAsStream(metadata)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version");
            return version == null
                    ? Optional.empty()
                    : Optional.of("META-INF/resources/webjars/" + artifactId + "/" + version);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
