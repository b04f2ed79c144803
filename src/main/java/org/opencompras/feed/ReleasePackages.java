package org.opencompras.feed;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.opencompras.common.json.Json;
import org.opencompras.common.json.Timestamps;
import org.opencompras.feed.ReleaseService.StoredRelease;

/** Builds OCDS 1.1 release packages around stored releases, which go in as their published text. */
final class ReleasePackages {

    static final String PUBLISHER = "OpenCompras";

    private ReleasePackages() {
    }

    /**
     * @param uri      the package's own URI: the request's
     * @param releases the releases, in order
     * @param next     the URI of the next page, or null at the end (then {@code links} is left out)
     */
    static ObjectNode of(String uri, List<StoredRelease> releases, String next) {
        ObjectNode pkg = Json.mapper().createObjectNode();
        pkg.put("uri", uri);
        pkg.put("version", "1.1");
        // Generated on demand: OCDS asks for the date of the last change to the contents.
        OffsetDateTime published = releases.stream().map(StoredRelease::updatedAt)
                .max(Comparator.naturalOrder()).orElseGet(OffsetDateTime::now);
        pkg.put("publishedDate", Timestamps.rfc3339(published));
        pkg.putObject("publisher").put("name", PUBLISHER);
        String license = sharedLicense(releases);
        if (license != null) {
            pkg.put("license", license);
        }
        ArrayNode array = pkg.putArray("releases");
        releases.forEach(r -> array.addRawValue(new RawValue(r.json())));
        if (next != null) {
            pkg.putObject("links").put("next", next);
        }
        return pkg;
    }

    /** The licence every release was published under, or null when one is unknown or they differ. */
    private static String sharedLicense(List<StoredRelease> releases) {
        if (releases.isEmpty() || releases.stream().anyMatch(r -> r.license() == null)) {
            return null;
        }
        String first = releases.get(0).license();
        return releases.stream().allMatch(r -> Objects.equals(r.license(), first)) ? first : null;
    }
}
