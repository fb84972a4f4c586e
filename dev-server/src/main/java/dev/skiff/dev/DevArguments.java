package dev.skiff.dev;

import java.nio.file.Path;

/** Reads {@link DevServer#main}'s command line into a builder. */
final class DevArguments {
    private DevArguments() {}

    static DevServer.Builder parse(String[] args, String portVariable) {
        String app = null;
        Path classes = null;
        Path sources = null;
        String classpath = null;
        String processorPath = null;
        Integer port = null;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args[++i];
            switch (name) {
                case "--app" -> app = value;
                case "--classes" -> classes = Path.of(value);
                case "--sources" -> sources = Path.of(value);
                case "--classpath" -> classpath = value;
                case "--processorpath" -> processorPath = value;
                case "--port" -> port = parsePort(value);
                default -> throw new IllegalArgumentException(
                        "unknown option " + name + "; use --app, --classes, --sources, --classpath, --processorpath or --port");
            }
        }
        if (app == null) {
            throw new IllegalArgumentException("--app is required: the class with public static Application create()");
        }
        DevServer.Builder settings = DevServer.builder(app).sources(sources).processorPath(processorPath);
        if (classes != null) {
            settings.classes(classes);
        }
        if (classpath != null) {
            settings.classpath(classpath);
        }
        settings.port(port != null ? port : portVariable == null || portVariable.isBlank() ? 8080 : parsePort(portVariable));
        return settings;
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("port must be a number between 0 and 65535, got \"" + value + "\"");
    }
}
