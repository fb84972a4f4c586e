package dev.skiff.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code main} run in a JVM of its own, on the test's class path, with the JVM's class-load
 * log on: what a cold start loads, for tests that a path stays clear of a library.
 *
 * <pre>{@code
 * ClassLoadRun run = ClassLoadRun.of(ColdInvocation.class, Map.of("AWS_REGION", "eu-west-1"), workDir, out);
 * assertThat(run.loadedFrom("com.fasterxml.jackson.databind.")).isEmpty();
 * }</pre>
 *
 * @param exitCode the JVM's exit status
 * @param output   what the JVM wrote on standard output and standard error
 * @param loaded   the names of the classes it loaded, in order
 */
public record ClassLoadRun(int exitCode, String output, List<String> loaded) {
    /** {@code [0.123s][info][class,load] java.lang.Object source: shared objects file}. */
    private static final Pattern LOADED = Pattern.compile("\\[class,load\\s*\\] (\\S+)");
    private static final long TIMEOUT_SECONDS = 60;

    public ClassLoadRun {
        loaded = List.copyOf(loaded);
    }

    /**
     * Runs {@code main} with {@code args} in a new JVM whose environment is this one's plus
     * {@code env} (a null value removes a variable), its files kept in {@code workDir}.
     */
    public static ClassLoadRun of(Class<?> main, Map<String, String> env, Path workDir, String... args) {
        Path classLog = workDir.resolve("class-load.log");
        Path output = workDir.resolve("output.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + classLog, "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        env.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        try {
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(main.getName() + " did not exit within " + TIMEOUT_SECONDS + " s; its output:\n"
                        + Files.readString(output));
            }
            return new ClassLoadRun(process.exitValue(), Files.readString(output), classes(classLog));
        } catch (IOException e) {
            throw new UncheckedIOException("the JVM for " + main.getName() + " could not be run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while " + main.getName() + " ran", e);
        }
    }

    /** The loaded classes whose names start with {@code prefix}, in load order. */
    public List<String> loadedFrom(String prefix) {
        return loaded.stream().filter(name -> name.startsWith(prefix)).toList();
    }

    /**
     * The classes loaded just before the first one named with {@code prefix}, and that one: what
     * they are points at the code that reached it. Empty when none was loaded.
     */
    public List<String> leadingTo(String prefix, int before) {
        for (int i = 0; i < loaded.size(); i++) {
            if (loaded.get(i).startsWith(prefix)) {
                return loaded.subList(Math.max(0, i - before), i + 1);
            }
        }
        return List.of();
    }

    private static List<String> classes(Path classLog) throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(classLog)) {
            Matcher matcher = LOADED.matcher(line);
            if (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }
}
