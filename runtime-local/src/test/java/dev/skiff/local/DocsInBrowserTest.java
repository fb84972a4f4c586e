package dev.skiff.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.core.Json;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens /docs and /redoc in headless Chromium: every operation of the document is rendered,
 * the console shows no error and no request goes anywhere but the server. Screenshots are
 * written to target/screenshots for a person to look at.
 */
class DocsInBrowserTest {
    private static LocalServer server;
    private static ChromeDriver browser;
    private static List<Operation> operations;

    record Operation(String method, String path, String operationId, String summary) {}

    @BeforeAll
    static void start() throws Exception {
        if (!HeadlessChromium.available()) {
            System.out.println("DocsInBrowserTest skipped: /usr/bin/chromium or /usr/bin/chromedriver is absent");
        }
        Assumptions.assumeTrue(HeadlessChromium.available(), "no /usr/bin/chromium: browser tests skipped");
        server = LocalServer.builder(new TestApplication().application()).port(0).build().start();
        operations = operationsOf(server.application().openApiJson());
        browser = HeadlessChromium.start(Path.of("target", "chromium-profile-" + System.nanoTime()));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void swaggerUi_rendersEveryOperation() throws Exception {
        open("/docs");
        wait(Duration.ofSeconds(60)).until(d -> d.findElements(By.cssSelector(".opblock")).size() >= operations.size());

        for (Operation operation : operations) {
            String tagged = "[id$='-" + operation.operationId() + "'].opblock";
            assertThat(browser.findElements(By.cssSelector(tagged))).as(operation.toString()).isNotEmpty();
        }
        String text = browser.findElement(By.id("swagger-ui")).getText();
        operations.forEach(operation -> assertThat(text).contains(operation.summary()));
        screenshot("swagger-ui.png");
        assertCleanLoad();
    }

    @Test
    void redoc_rendersEveryOperation() throws Exception {
        open("/redoc");
        wait(Duration.ofSeconds(60)).until(d -> d.findElements(By.cssSelector("[data-section-id*='operation/']")).size()
                >= operations.size());

        List<String> sections = new ArrayList<>();
        browser.findElements(By.cssSelector("[data-section-id*='operation/']"))
                .forEach(element -> sections.add(element.getAttribute("data-section-id")));
        for (Operation operation : operations) {
            assertThat(sections).as(operation.toString()).anyMatch(id -> id.endsWith("operation/" + operation.operationId()));
        }
        String text = browser.findElement(By.id("redoc-container")).getText();
        operations.forEach(operation -> assertThat(text).contains(operation.summary()));
        screenshot("redoc.png");
        assertCleanLoad();
    }

    private static void open(String path) {
        browser.manage().logs().get(LogType.BROWSER); // start each page with empty logs
        browser.manage().logs().get(LogType.PERFORMANCE);
        browser.get(server.uri().resolve(path).toString());
    }

    private static WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(browser, timeout);
    }

    private static void screenshot(String name) throws Exception {
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
    }

    /** No console error (a failed load is one) and every request went to the server itself. */
    private static void assertCleanLoad() throws Exception {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        List<String> outside = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = Json.mapper().readTree(entry.getMessage()).path("message");
            String method = message.path("method").asText();
            if (method.equals("Network.requestWillBeSent")) {
                String url = message.path("params").path("request").path("url").asText();
                if (!isLocal(url)) {
                    outside.add(url);
                }
            } else if (method.equals("Network.loadingFailed")) {
                failed.add(message.path("params").toString());
            } else if (method.equals("Network.responseReceived")) {
                int status = message.path("params").path("response").path("status").asInt();
                if (status >= 400) {
                    failed.add(message.path("params").path("response").path("url").asText() + " -> " + status);
                }
            }
        }
        assertThat(errors).as("browser console errors").isEmpty();
        assertThat(outside).as("requests leaving the machine").isEmpty();
        assertThat(failed).as("failed requests").isEmpty();
    }

    private static boolean isLocal(String url) {
        int colon = url.indexOf(':');
        String scheme = colon < 0 ? "" : url.substring(0, colon);
        if (!List.of("http", "https", "ws", "wss").contains(scheme)) {
            return true; // data:, blob:, about:, and the browser's own chrome:// pages never touch the network
        }
        URI uri = URI.create(url);
        return "127.0.0.1".equals(uri.getHost()) && uri.getPort() == server.port();
    }

    private static List<Operation> operationsOf(byte[] openApi) throws Exception {
        List<Operation> found = new ArrayList<>();
        JsonNode paths = Json.mapper().readTree(openApi).path("paths");
        for (Map.Entry<String, JsonNode> path : (Iterable<Map.Entry<String, JsonNode>>) paths::fields) {
            for (Map.Entry<String, JsonNode> op : (Iterable<Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                found.add(new Operation(op.getKey(), path.getKey(), op.getValue().path("operationId").asText(),
                        op.getValue().path("summary").asText()));
            }
        }
        assertThat(found).isNotEmpty();
        return found;
    }
}
