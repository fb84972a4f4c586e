package dev.skiff.processor.read;

import dev.skiff.support.validation.Messages;
import dev.skiff.processor.DiagnosticMessages;
import dev.skiff.processor.Diagnostics;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * The application's {@code ValidationMessages} ({@link Messages#BUNDLE_FILES}) as the compilation
 * sees them, so that messages are interpolated when the processor runs rather than on a first
 * violation. Each file is taken from the first place that has it: the directories of the
 * {@value #OPTION} processor option (for builds that compile before copying resources, such as
 * Gradle: {@code -Askiff.validationMessages=<absolute path of src/main/resources>}), then the class output (Maven
 * copies {@code src/main/resources} there before it compiles), then the class path. A message
 * whose keys are not all found here is left to run time.
 */
public final class ApplicationMessages {
    /** The processor option naming directories that hold the application's message files. */
    public static final String OPTION = "skiff.validationMessages";
    private static final List<JavaFileManager.Location> WHERE = List.of(StandardLocation.CLASS_OUTPUT,
            StandardLocation.CLASS_PATH);

    private ApplicationMessages() {}

    /**
     * Every key of the application's files, most specific file first; empty when there are none.
     * A directory of the option that does not exist is a warning: relative paths resolve against
     * the compiler's working directory, which a build daemon may not have in the module. Warnings
     * go on {@code where}, the element that needs the messages.
     */
    static Map<String, String> read(Filer filer, Map<String, String> options, Diagnostics diagnostics, Element where) {
        String option = options.get(OPTION);
        List<String> directories = option == null || option.isBlank() ? List.of() : List.of(option.split(File.pathSeparator));
        for (String directory : directories) {
            if (!Files.isDirectory(Path.of(directory.strip()))) {
                diagnostics.warning(where, null, DiagnosticMessages.MISSING_MESSAGES_DIRECTORY, OPTION, directory.strip());
            }
        }
        try {
            return Messages.readBundle(file -> first(filer, directories, file));
        } catch (IOException | IllegalArgumentException e) {
            // a file that cannot be read (or holds a malformed unicode escape) leaves its messages to run time
            diagnostics.warning(where, null, DiagnosticMessages.UNREADABLE_MESSAGES, reason(e));
            return Map.of();
        }
    }

    /** What went wrong, for a user who can fix the file: the message, or the kind of failure when there is none. */
    private static String reason(Exception failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    /** The file from the first place that has it, or null. */
    private static InputStream first(Filer filer, List<String> directories, String file) {
        for (String directory : directories) {
            Path path = Path.of(directory.strip(), file);
            if (Files.isRegularFile(path)) {
                try {
                    return Files.newInputStream(path);
                } catch (IOException e) {
                    // unreadable: look further, as for a file that is not there
                }
            }
        }
        for (JavaFileManager.Location location : WHERE) {
            try {
                return filer.getResource(location, "", file).openInputStream();
            } catch (IOException | IllegalArgumentException | UnsupportedOperationException absent) {
                // not there (or a compiler that cannot look there): try the next place
            }
        }
        return null;
    }
}
