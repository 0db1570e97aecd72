package dev.gazette.model;

/**
 * A resource that travelled with a saved page (an image inside an MHTML file, a file in a
 * "Web page, complete" {@code NAME_files/} folder). {@code location} is how the page refers to it.
 */
public record EmbeddedResource(String location, String mediaType, byte[] data) {
}
