package dev.skiff.bench.floor.local;

import java.math.BigDecimal;
import java.util.List;

/** A stored item, shaped like the sample's {@code Item}. */
public record FloorItem(long id, String name, BigDecimal price, List<String> tags, FloorDimensions dimensions, String contactEmail) {}
