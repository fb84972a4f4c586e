package dev.skiff.processor.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * The application's {@code ValidationMessages} as the compilation sees them, so that messages
 * are interpolated when the processor runs rather than on a first violation: Maven copies
 * {@code src/main/resources} to the class output before it compiles, and jars on the class path
 * are read as they are. As Hibernate Validator under the {@code en_US} locale, the
 * {@code _en_US} file wins over {@code _en}, which wins over the base file.
 */
final class ApplicationMessages {
    private static final List<String> FILES = List.of("ValidationMessages_en_US.properties",
            "ValidationMessages_en.properties", "ValidationMessages.properties");
    private static final List<JavaFileManager.Location> WHERE = List.of(StandardLocation.CLASS_OUTPUT,
            StandardLocation.CLASS_PATH);

    private ApplicationMessages() {}

    /** Every key of the application's files, most specific first; empty when there are none. */
    static Map<String, String> read(Filer filer) {
        Map<String, String> messages = new HashMap<>();
        for (String file : FILES) {
            Properties properties = first(filer, file);
            if (properties != null) {
                for (String key : properties.stringPropertyNames()) {
                    messages.putIfAbsent(key, properties.getProperty(key));
                }
            }
        }
        return Map.copyOf(messages);
    }

    private static Properties first(Filer filer, String file) {
        for (JavaFileManager.Location location : WHERE) {
            try {
                FileObject resource = filer.getResource(location, "", file);
                try (InputStream in = resource.openInputStream()) {
                    Properties properties = new Properties();
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    return properties;
                }
            } catch (IOException | IllegalArgumentException | UnsupportedOperationException absent) {
                // not there (or a compiler that cannot look there): try the next place
            }
        }
        return null;
    }
}
