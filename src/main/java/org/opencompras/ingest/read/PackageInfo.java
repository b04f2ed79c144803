package org.opencompras.ingest.read;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Metadata of the package (release package or record package) a release was shipped in. Every field may be
 * null: bare releases have no package, and metadata that a publisher writes after the releases array is not
 * seen in time to be attached to them (it reaches {@link ReleaseSink#packageRead} at the package's end).
 */
public record PackageInfo(String publisherName, String uri, String license, String version, String publishedDate) {

    /** The metadata of a release that came without a package. */
    public static final PackageInfo NONE = new PackageInfo(null, null, null, null, null);

    public PackageInfo(String publisherName, String uri, String license, String version) {
        this(publisherName, uri, license, version, null);
    }

    /** Reads the metadata fields found so far in a package object; missing or non-text fields become null. */
    static PackageInfo of(JsonNode packageFields) {
        JsonNode publisher = packageFields.path("publisher");
        return new PackageInfo(
                text(publisher.path("name")),
                text(packageFields.path("uri")),
                text(packageFields.path("license")),
                text(packageFields.path("version")),
                text(packageFields.path("publishedDate")));
    }

    private static String text(JsonNode node) {
        return node.isValueNode() && !node.isNull() ? node.asText() : null;
    }
}
