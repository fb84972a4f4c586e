package dev.skiff.samples.items;

import java.util.Optional;

/**
 * What the API took of an uploaded photo: a real service would put the bytes in S3 and keep this.
 *
 * <pre>{@code
 * Photo photo = new Photo(1, "lamp.jpg", "image/jpeg", 48213, Optional.of("On the desk"));
 * }</pre>
 *
 * @param itemId      the item the photo shows
 * @param filename    the file name the client sent
 * @param contentType the part's media type
 * @param size        the number of bytes
 * @param caption     shown under the photo, if given
 */
public record Photo(long itemId, String filename, String contentType, long size, Optional<String> caption) {}
