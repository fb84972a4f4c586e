package dev.skiff.samples.items;

import com.fasterxml.jackson.annotation.JsonTypeName;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/**
 * A new price.
 *
 * <pre>{@code
 * {"kind": "reprice", "price": 24.90}
 * }</pre>
 *
 * @param price the new price in euros
 */
@JsonTypeName("reprice")
public record Reprice(@NotNull @Positive @Digits(integer = 6, fraction = 2) BigDecimal price) implements Adjustment {
    @Override
    public Item applyTo(Item item) {
        return item.withPrice(price);
    }
}
