package dev.skiff.samples.items;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.skiff.test.DocsInBrowser;
import dev.skiff.test.LocalServerExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The running sample's /docs and /redoc in headless Chromium: every operation rendered, no
 * failed request, nothing fetched from outside the machine. Screenshots: target/screenshots.
 */
class ItemsDocsBrowserTest {
    @RegisterExtension
    static final LocalServerExtension SERVER = LocalServerExtension.of(ItemsApplication::create);

    @Test
    void docsAndRedocRenderEveryOperationOfTheSample() throws Exception {
        assumeTrue(DocsInBrowser.available(), "Debian's chromium and chromium-driver are not installed");

        DocsInBrowser.check(SERVER.baseUri(), Path.of("target", "screenshots"));
    }
}
