package dev.skiff.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadersTest {

    @Test
    void namesMatchInAnyCaseAndValuesKeepArrivalOrder() {
        Headers headers = new Headers().add("X-Tag", "a").add("accept", "json").add("x-tag", "b").add("X-TAG", "c");

        assertThat(headers.all("x-tag")).containsExactly("a", "b", "c");
        assertThat(headers.first("X-Tag")).contains("a");
        assertThat(headers.contains("ACCEPT")).isTrue();
        assertThat(headers.first("missing")).isEmpty();
        assertThat(headers.all("missing")).isEmpty();
    }

    @Test
    void iterationGroupsValuesUnderTheFirstSpellingInFirstArrivalOrder() {
        Headers headers = new Headers().add("X-Tag", "a").add("Accept", "json").add("x-tag", "b");
        List<String> seen = new ArrayList<>();

        headers.forEach((name, values) -> seen.add(name + "=" + values));

        assertThat(seen).containsExactly("X-Tag=[a, b]", "Accept=[json]");
    }

    @Test
    void setReplacesEveryValueInPlaceAndRemoveDropsThemAll() {
        Headers headers = new Headers().add("A", "1").add("B", "2").add("a", "3").add("C", "4");

        headers.set("a", "9");
        List<String> seen = new ArrayList<>();
        headers.forEach((name, values) -> seen.add(name + "=" + values));
        assertThat(seen).containsExactly("a=[9]", "B=[2]", "C=[4]");

        headers.remove("b");
        assertThat(headers.contains("B")).isFalse();
        assertThat(headers.first("c")).contains("4");
        headers.set("New", "x");
        assertThat(headers.first("new")).contains("x");
    }

    @Test
    void manyHeadersGrowTheStore() {
        Headers headers = new Headers();
        for (int i = 0; i < 50; i++) {
            headers.add("h" + i, "v" + i);
        }
        assertThat(headers.first("H49")).contains("v49");
        assertThat(headers.isEmpty()).isFalse();
    }
}
