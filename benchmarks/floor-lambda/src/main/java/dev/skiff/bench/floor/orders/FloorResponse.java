package dev.skiff.bench.floor.orders;

/** A status and a JSON body. */
public record FloorResponse(int status, byte[] json) {}
