package dev.skiff.bench.app;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** An order as posted: realistic constraints, a list, a nested record. */
public record NewOrder(
        @NotBlank @Size(max = 80) String product,
        @NotNull @Positive @Digits(integer = 6, fraction = 2) BigDecimal price,
        @Min(1) @Max(100) int quantity,
        @Size(max = 10) List<@NotBlank String> tags,
        @NotNull @Valid Address shipTo,
        @Email String email) {}
