package dev.skiff.bench.stream;

/** One small element of the streamed response: about 40 bytes of JSON. */
public record Tick(int seq, String name, long value) {}
