package dev.skiff.samples.items;

import dev.skiff.api.DefaultValue;
import dev.skiff.api.Example;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What a client sends to create or replace an item. Its constraints are checked before the
 * handler runs; every violation is listed in one 422.
 *
 * <pre>{@code
 * new NewItem("Lamp", new BigDecimal("19.90"), List.of("home"), Optional.empty(), Optional.empty())
 * }</pre>
 *
 * @param name         the item's name
 * @param price        the price in euros
 * @param tags         free-form labels (none if left out)
 * @param dimensions   the item's size, if known
 * @param contactEmail whom to ask about the item
 */
public record NewItem(
        @NotBlank @Size(max = 80) @Example("Lamp") String name,
        @NotNull @Positive @Digits(integer = 6, fraction = 2) @Example("12.50") BigDecimal price,
        @DefaultValue("[]") @Size(max = 10) @Example("[\"home\", \"light\"]") List<@NotBlank @Size(max = 30) String> tags,
        @Valid Optional<Dimensions> dimensions,
        @Example("shop@example.com") Optional<@Email String> contactEmail) {
    public NewItem {
        tags = tags == null ? List.of() : List.copyOf(tags);
        dimensions = dimensions == null ? Optional.empty() : dimensions;
        contactEmail = contactEmail == null ? Optional.empty() : contactEmail;
    }
}
