package dev.skiff.bench.floor.local;

import java.math.BigDecimal;

/** An item's size, shaped like the sample's nested record. */
public record FloorDimensions(BigDecimal width, BigDecimal height, BigDecimal depth) {}
