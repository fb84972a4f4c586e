package dev.skiff.samples.items;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A change to an item's price, of the kind its {@code kind} property names: the document
 * describes it as a {@code oneOf} with a discriminator, and a body of an unknown kind is a 422.
 *
 * <pre>{@code
 * {"kind": "discount", "percent": 15}
 * {"kind": "reprice", "price": 24.90}
 * }</pre>
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
public sealed interface Adjustment permits Adjustment.Reprice, Adjustment.Discount {
    /** The item after this adjustment. */
    Item applyTo(Item item);

    /**
     * A new price.
     *
     * @param price the new price in euros
     */
    @JsonTypeName("reprice")
    record Reprice(@NotNull @Positive @Digits(integer = 6, fraction = 2) BigDecimal price) implements Adjustment {
        @Override
        public Item applyTo(Item item) {
            return item.withPrice(price);
        }
    }

    /**
     * A price cut.
     *
     * @param percent how much is taken off the price, in percent
     */
    @JsonTypeName("discount")
    record Discount(@Min(1) @Max(90) int percent) implements Adjustment {
        @Override
        public Item applyTo(Item item) {
            BigDecimal kept = BigDecimal.valueOf(100 - percent).movePointLeft(2);
            return item.withPrice(item.price().multiply(kept).setScale(2, RoundingMode.HALF_EVEN));
        }
    }
}
