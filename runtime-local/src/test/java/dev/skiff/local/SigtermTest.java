package dev.skiff.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code LocalServer.run} in its own JVM: SIGTERM lets the request in flight finish, then the JVM exits. */
class SigtermTest {
    private static final Pattern SERVING = Pattern.compile("Serving .* on (http://\\S+)");

    @Test
    void sigterm_letsTheRequestInFlightFinish() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.logFile=System.out", SigtermMain.class.getName())
                .redirectErrorStream(true);
        builder.environment().put("PORT", "0");
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            URI base = null;
            String line;
            while (base == null && (line = out.readLine()) != null) {
                Matcher serving = SERVING.matcher(line);
                if (serving.find()) {
                    base = URI.create(serving.group(1));
                }
            }
            assertThat(base).as("the server's start line").isNotNull();
            CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient()
                    .sendAsync(HttpRequest.newBuilder(base.resolve("/slow")).build(), BodyHandlers.ofString());
            while ((line = out.readLine()) != null && !line.equals("IN-FLIGHT")) {
                // skip other output until the handler runs
            }

            process.toHandle().destroy(); // SIGTERM; Process.destroy() would also close our end of its output

            HttpResponse<String> response = inFlight.get(60, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"message\":\"finally after SIGTERM\"}");
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            StringBuilder rest = new StringBuilder();
            while ((line = out.readLine()) != null) {
                rest.append(line).append('\n');
            }
            assertThat(rest.toString()).contains("STOPPING").contains("Stopped serving");
        } finally {
            process.destroyForcibly();
        }
    }
}
