package ${package};

import dev.skiff.api.Example;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a client sends to create an item. A body that breaks a constraint is answered 422, each
 * violation located ({@code ["body", "price"]}) and explained, before {@link ItemsApi} is called.
 *
 * <pre>{@code
 * {"name": "Lamp", "price": 12.50}
 * }</pre>
 */
public record NewItem(
        @NotBlank @Size(max = 80) @Example("Lamp") String name,
        @NotNull @Positive @Digits(integer = 6, fraction = 2) @Example("12.50") BigDecimal price,
        @Size(max = 500) Optional<String> description) {
    public NewItem {
        description = description == null ? Optional.empty() : description;
    }
}
