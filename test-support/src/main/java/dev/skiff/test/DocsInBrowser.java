package dev.skiff.test;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.core.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens a running server's {@code /docs} (Swagger UI) and {@code /redoc} in headless Chromium
 * and checks what a person would: every operation of its {@code /openapi.json} is rendered, the
 * browser console shows no error, no request failed and none went anywhere but the server.
 * A screenshot of each page is written for a person to look at. Needs Debian's
 * {@code chromium} and {@code chromium-driver}, and {@code selenium-java} on the test class
 * path; without Chromium the calling test is skipped (a JUnit assumption), saying why.
 *
 * <pre>{@code
 * @RegisterExtension
 * static LocalServerExtension server = LocalServerExtension.of(ItemsApplication::create);
 *
 * @Test
 * void docsPagesShowEveryOperation() throws Exception {
 *     DocsInBrowser.check(server.baseUri(), Path.of("target", "screenshots"));
 * }
 * }</pre>
 */
public final class DocsInBrowser {
    /** One operation of the document, as the pages should show it. */
    public record Operation(String method, String path, String operationId, String summary) {}

    private static final Duration RENDER_TIMEOUT = Duration.ofSeconds(60);

    private final ChromeDriver browser;
    private final URI base;
    private final Path screenshots;
    private final List<Operation> operations;

    private DocsInBrowser(ChromeDriver browser, URI base, Path screenshots, List<Operation> operations) {
        this.browser = browser;
        this.base = base;
        this.screenshots = screenshots;
        this.operations = operations;
    }

    /** Whether Chromium and chromedriver are installed where Debian puts them. */
    public static boolean available() {
        return HeadlessChromium.available();
    }

    /** Checks {@code /docs} and {@code /redoc} of the server at {@code base}. */
    public static void check(URI base, Path screenshots) throws IOException {
        check(base, "/docs", "/redoc", "/openapi.json", screenshots);
    }

    /** Checks the pages at the given paths; a null page path skips that page. */
    public static void check(URI base, String swaggerUiPath, String redocPath, String openApiPath, Path screenshots)
            throws IOException {
        if (!available()) {
            System.out.println("Browser check skipped: " + HeadlessChromium.BROWSER + " or " + HeadlessChromium.DRIVER
                    + " is absent (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(available(), "no headless Chromium: browser check skipped");
        List<Operation> operations = operationsOf(base.resolve(openApiPath));
        Path profile = Files.createTempDirectory("skiff-chromium-");
        ChromeDriver browser = HeadlessChromium.start(profile);
        try {
            DocsInBrowser check = new DocsInBrowser(browser, base, screenshots, operations);
            if (swaggerUiPath != null) {
                check.swaggerUi(swaggerUiPath);
            }
            if (redocPath != null) {
                check.redoc(redocPath);
            }
        } finally {
            browser.quit();
        }
    }

    /** The operations the document at {@code openApi} declares. */
    public static List<Operation> operationsOf(URI openApi) throws IOException {
        JsonNode paths;
        try (InputStream in = openApi.toURL().openStream()) {
            paths = Json.mapper().readTree(in).path("paths");
        }
        List<Operation> found = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<Map.Entry<String, JsonNode>> o = path.getValue().fields(); o.hasNext(); ) {
                Map.Entry<String, JsonNode> op = o.next();
                found.add(new Operation(op.getKey(), path.getKey(), op.getValue().path("operationId").asText(),
                        op.getValue().path("summary").asText("")));
            }
        }
        if (found.isEmpty()) {
            throw new AssertionError(openApi + " declares no operation: nothing to look for");
        }
        return found;
    }

    private void swaggerUi(String path) throws IOException {
        open(path);
        wait(d -> d.findElements(By.cssSelector(".opblock")).size() >= operations.size(), "Swagger UI at " + path);
        List<String> missing = new ArrayList<>();
        String text = browser.findElement(By.id("swagger-ui")).getText();
        for (Operation operation : operations) {
            // Swagger UI's block id is operations-<tag>-<operationId>.
            boolean block = !browser.findElements(By.cssSelector(".opblock[id$='-" + operation.operationId() + "']")).isEmpty();
            if (!block || !text.contains(operation.summary())) {
                missing.add(operation.toString());
            }
        }
        screenshot("swagger-ui.png");
        fail("operations missing from Swagger UI", missing);
        assertCleanLoad("Swagger UI");
    }

    private void redoc(String path) throws IOException {
        open(path);
        By sections = By.cssSelector("[data-section-id*='operation/']");
        wait(d -> d.findElements(sections).size() >= operations.size(), "Redoc at " + path);
        List<String> ids = new ArrayList<>();
        for (WebElement element : browser.findElements(sections)) {
            ids.add(element.getAttribute("data-section-id"));
        }
        String text = browser.findElement(By.tagName("body")).getText();
        List<String> missing = new ArrayList<>();
        for (Operation operation : operations) {
            boolean section = ids.stream().anyMatch(id -> id.endsWith("operation/" + operation.operationId()));
            if (!section || !text.contains(operation.summary())) {
                missing.add(operation.toString());
            }
        }
        screenshot("redoc.png");
        fail("operations missing from Redoc", missing);
        assertCleanLoad("Redoc");
    }

    private void open(String path) {
        browser.manage().logs().get(LogType.BROWSER); // each page starts with empty logs
        browser.manage().logs().get(LogType.PERFORMANCE);
        browser.get(base.resolve(path).toString());
    }

    private void wait(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> rendered, String page) {
        try {
            new WebDriverWait(browser, RENDER_TIMEOUT).until(rendered);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(page + " did not render " + operations.size() + " operations within "
                    + RENDER_TIMEOUT.toSeconds() + " s", e);
        }
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(screenshots);
        Files.write(screenshots.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    /** No console error (a failed load logs one) and every request went to the server itself. */
    private void assertCleanLoad(String page) throws IOException {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        List<String> outside = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        // Only requests the page under test made count: the browser's own start-up traffic (a
        // fresh profile's first document) may be sent, or fail, while the page loads.
        Map<String, String> sent = new java.util.HashMap<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = Json.mapper().readTree(entry.getMessage()).path("message");
            JsonNode params = message.path("params");
            switch (message.path("method").asText()) {
                case "Network.requestWillBeSent" -> {
                    String url = params.path("request").path("url").asText();
                    if (!params.path("documentURL").asText().contains(base.getAuthority())) {
                        continue; // not made by the page under test (the browser's own start-up, say)
                    }
                    sent.put(params.path("requestId").asText(), url);
                    if (!isLocal(url)) {
                        outside.add(url);
                    }
                }
                case "Network.loadingFailed" -> {
                    String url = sent.get(params.path("requestId").asText());
                    if (url != null) {
                        failed.add(url + " -> " + params.path("errorText").asText());
                    }
                }
                case "Network.responseReceived" -> {
                    int status = params.path("response").path("status").asInt();
                    if (status >= 400 && sent.containsKey(params.path("requestId").asText())) {
                        failed.add(params.path("response").path("url").asText() + " -> " + status);
                    }
                }
                default -> { }
            }
        }
        fail(page + ": browser console errors", errors);
        fail(page + ": requests leaving the machine", outside);
        fail(page + ": failed requests", failed);
    }

    private boolean isLocal(String url) {
        int colon = url.indexOf(':');
        String scheme = colon < 0 ? "" : url.substring(0, colon);
        if (!List.of("http", "https", "ws", "wss").contains(scheme)) {
            return true; // data:, blob:, about: and the browser's own chrome:// pages never touch the network
        }
        URI uri = URI.create(url);
        return base.getHost().equals(uri.getHost()) && base.getPort() == uri.getPort();
    }

    private static void fail(String what, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new AssertionError(what + ":\n  " + String.join("\n  ", problems));
        }
    }
}
