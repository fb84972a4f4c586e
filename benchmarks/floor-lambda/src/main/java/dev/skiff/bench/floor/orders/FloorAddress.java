package dev.skiff.bench.floor.orders;

/** Where an order ships, shaped like the bench app's {@code Address}. */
public record FloorAddress(String street, String country) {}
