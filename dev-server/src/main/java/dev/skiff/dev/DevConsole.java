package dev.skiff.dev;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLoggerFactory;

/**
 * The dev server's messages to the developer. They go to SLF4J; when the application has no
 * SLF4J provider (everything would be dropped) they are printed instead, because a compile
 * error nobody sees is worse than no dev server.
 */
final class DevConsole {
    private final Logger log;
    private final boolean print;

    DevConsole(Class<?> source) {
        this.log = LoggerFactory.getLogger(source);
        this.print = LoggerFactory.getILoggerFactory() instanceof NOPLoggerFactory;
    }

    void info(String message) {
        log.info(message);
        if (print) {
            System.out.println("[skiff dev] " + message);
        }
    }

    void error(String message, Throwable cause) {
        log.error(message, cause);
        if (print) {
            System.err.println("[skiff dev] " + message);
            if (cause != null) {
                cause.printStackTrace();
            }
        }
    }
}
