package dev.skiff.samples.items;

import com.fasterxml.jackson.annotation.JsonTypeName;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A price cut.
 *
 * <pre>{@code
 * {"kind": "discount", "percent": 15}
 * }</pre>
 *
 * @param percent how much is taken off the price, in percent
 */
@JsonTypeName("discount")
public record Discount(@Min(1) @Max(90) int percent) implements Adjustment {
    @Override
    public Item applyTo(Item item) {
        BigDecimal kept = BigDecimal.valueOf(100 - percent).movePointLeft(2);
        return item.withPrice(item.price().multiply(kept).setScale(2, RoundingMode.HALF_EVEN));
    }
}
