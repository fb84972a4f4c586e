package dev.skiff.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * A generator that writes a {@link BigDecimal} in an error body as FastAPI shows a number it
 * parsed: without trailing zeros ({@code 19.90} as {@code 19.9}, as the error bodies always
 * wrote them) and without an exponent for a whole number ({@code 100}, not databind's
 * {@code 1E+2}).
 */
final class TreeDecimals extends JsonGeneratorDelegate {
    /** The most zeros a whole number is written out with: a double's largest has 308 digits. */
    private static final int MAX_ZEROS = 400;

    TreeDecimals(JsonGenerator out) {
        super(out, false);
    }

    @Override
    public void writeNumber(BigDecimal value) throws IOException {
        if (value == null) {
            super.writeNumber((BigDecimal) null);
        } else {
            BigDecimal plain = value.stripTrailingZeros();
            // 1E+999999 stays as it is: written out whole it would be a million digits
            super.writeNumber(plain.scale() < 0 && plain.scale() >= -MAX_ZEROS ? plain.setScale(0) : plain);
        }
    }
}
