package ${package};

import java.math.BigDecimal;
import java.util.Optional;

/**
 * An item as the API returns it.
 *
 * <pre>{@code
 * {"id": 1, "name": "Lamp", "price": 12.50, "description": "A reading lamp"}
 * }</pre>
 */
public record Item(long id, String name, BigDecimal price, Optional<String> description) {
    public Item {
        description = description == null ? Optional.empty() : description;
    }
}
