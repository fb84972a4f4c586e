package dev.skiff.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * A generator that writes a {@link BigDecimal} without trailing zeros ({@code 19.90} as
 * {@code 19.9}, {@code 100} as {@code 1E+2}), as the error bodies always wrote them: they were
 * made as databind trees, whose decimal nodes drop those zeros. Kept so that error bodies stay
 * byte for byte what clients already receive.
 */
final class TreeDecimals extends JsonGeneratorDelegate {
    TreeDecimals(JsonGenerator out) {
        super(out, false);
    }

    @Override
    public void writeNumber(BigDecimal value) throws IOException {
        if (value == null) {
            super.writeNumber((BigDecimal) null);
        } else {
            super.writeNumber(value.stripTrailingZeros());
        }
    }
}
