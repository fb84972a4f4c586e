package dev.skiff.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The query limit counts exactly the pairs that are read, so a padded query cannot slip past it. */
class QueryStringsTest {
    @Test
    void count_isTheNumberOfPairsParseReads() {
        for (String query : new String[] {"", "a=1", "a=1&b=2", "&&a=1&&", "a&b&c", "=&=", "a=%26&b=+"}) {
            List<String> read = new ArrayList<>();
            QueryStrings.parse(query, (key, value) -> read.add(key + "=" + value));

            assertThat(QueryStrings.count(query)).as(query).isEqualTo(read.size());
        }
        assertThat(QueryStrings.count(null)).isZero();
        assertThat(QueryStrings.count("x=1&".repeat(1001))).isEqualTo(1001);
    }
}
