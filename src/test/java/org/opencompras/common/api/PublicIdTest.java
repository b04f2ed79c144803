package org.opencompras.common.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublicIdTest {

    @Test
    void safePartsStayReadable() {
        String id = PublicId.of("ocds-5wno2w-SIE-HOALO-2025-003-141697", "1");
        assertThat(id).isEqualTo("ocds-5wno2w-SIE-HOALO-2025-003-141697~1");
        assertThat(PublicId.parts(id, 2)).contains(List.of("ocds-5wno2w-SIE-HOALO-2025-003-141697", "1"));
    }

    @Test
    void anythingElseRoundTripsAndIsUrlSafe() {
        String id = PublicId.of("ocds-abc/2020 ñ~x", "contract 1/a");
        assertThat(id).startsWith("~").matches("[A-Za-z0-9_~-]+");
        assertThat(PublicId.parts(id, 2)).contains(List.of("ocds-abc/2020 ñ~x", "contract 1/a"));
        assertThat(PublicId.parts(PublicId.of("party:ocds-x/1"), 1)).contains(List.of("party:ocds-x/1"));
    }

    @Test
    void refusesWhatItNeverMakes() {
        assertThat(PublicId.parts("a~b", 1)).isEmpty();
        assertThat(PublicId.parts("a~b~c", 2)).isEmpty();
        assertThat(PublicId.parts("a b", 1)).isEmpty();
        assertThat(PublicId.parts("~!!", 1)).isEmpty();
        assertThat(PublicId.parts("", 1)).isEmpty();
        assertThat(PublicId.parts("a~", 2)).isEmpty();
        // A base64 form of parts that are safe is not the canonical id: one id per key.
        assertThat(PublicId.parts("~YQ", 1)).isEmpty();
    }
}
