package org.opencompras;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Small OCDS releases for tests, and the bundled real SERCOP packages. */
public final class TestReleases {

    public static final String SERCOP_OCID = "ocds-5wno2w-SIE-HOALO-2025-003-141697";
    public static final String SERCOP_PLANNING_OCID = "ocds-5wno2w-RE-CSCD-MDMQ-2026-3703-41357";

    private TestReleases() {
    }

    /** A minimal valid release, on one line. */
    public static String release(String ocid, String id, String date) {
        return """
                {"ocid": "%s", "id": "%s", "date": "%s", "tag": ["tender"], "initiationType": "tender", \
                "tender": {"id": "%s-tender", "title": "Test tender"}}""".formatted(ocid, id, date, ocid);
    }

    /** A release with one award of the given amount in USD to a supplier with a valid RUC. */
    public static String releaseWithAward(String ocid, String id, String date, String amount) {
        return """
                {"ocid": "%s", "id": "%s", "date": "%s", "tag": ["award"], "initiationType": "tender",
                 "parties": [{"id": "EC-RUC-0993038210001-900030", "name": "MAXINSUMO S.A.", "roles": ["supplier"]}],
                 "awards": [{"id": "a1", "status": "active", "value": {"amount": %s, "currency": "USD"},
                   "suppliers": [{"id": "EC-RUC-0993038210001-900030", "name": "MAXINSUMO S.A."}]}]}"""
                .formatted(ocid, id, date, amount);
    }

    /** The real SERCOP release package holding one compiled release of a whole process. */
    public static String sercopPackage() {
        return resource("/sample/sercop/" + SERCOP_OCID + ".json");
    }

    public static String resource(String path) {
        try (InputStream in = TestReleases.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
