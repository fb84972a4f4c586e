package dev.skiff.bench.app;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Where an order ships. */
public record Address(@NotBlank String street, @NotBlank @Size(min = 2, max = 2) String country) {}
