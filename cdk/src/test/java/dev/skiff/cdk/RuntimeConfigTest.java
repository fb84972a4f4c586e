package dev.skiff.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;

/** One runtime config per app, shared by every stack, keyed by API name. */
class RuntimeConfigTest {

    @Test
    void ensure_returnsTheSameInstanceFromEveryStackOfTheApp() {
        App app = new App();
        Stack api = new Stack(app, "Api");
        Stack website = new Stack(app, "Website");
        assertThat(RuntimeConfig.ensure(api)).isSameAs(RuntimeConfig.ensure(website));
        assertThat(app.getNode().tryFindChild(RuntimeConfig.ID)).isSameAs(RuntimeConfig.ensure(app));
    }

    @Test
    void apiUrls_areSortedByName() {
        RuntimeConfig config = RuntimeConfig.ensure(new App());
        config.addApiUrl("Zeta", "https://z/");
        config.addApiUrl("Alpha", "https://a/");
        assertThat(config.apiUrls().keySet()).containsExactly("Alpha", "Zeta");
    }

    @Test
    void sameApiNameTwice_fails() {
        App app = new App();
        Stack one = new Stack(app, "One");
        Stack two = new Stack(app, "Two");
        new SkiffApi(one, "ItemsApi", PropsValidationTest.valid().build());
        assertThatThrownBy(() -> new SkiffApi(two, "ItemsApi", PropsValidationTest.valid().build()))
                .hasMessage("apiName must be unique in the app, got ItemsApi twice;"
                        + " set apiName on one of the SkiffApi constructs");
    }
}
