package org.opencompras.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

class OcidPrefixTest {

    @Test
    void shouldTakeTheRegisteredPrefixOfAnOcid() {
        assertThat(OcidPrefix.of("ocds-5wno2w-SIE-HOALO-2025-003-141697")).isEqualTo("ocds-5wno2w");
        assertThat(OcidPrefix.of("ocid-6as3t2-51179519")).isEqualTo("ocid-6as3t2");
        assertThat(OcidPrefix.of("ocds-34a6hz-01044-060931/001/USW")).isEqualTo("ocds-34a6hz");
        assertThat(OcidPrefix.of("PC-0012")).isEqualTo("PC");
        assertThat(OcidPrefix.of("12345")).isEqualTo("12345");
    }

    @Test
    void shouldKeepPartyIdsOfDifferentPublishersApart() {
        var party = JsonNodeFactory.instance.objectNode().put("id", "478").put("name", "Ministry of Works");

        assertThat(OrganizationIdentity.of(party, "ocds-rdvc92").key()).isEqualTo("party:ocds-rdvc92:478");
        assertThat(OrganizationIdentity.of(party, "ocds-03ad3f").key()).isNotEqualTo(
                OrganizationIdentity.of(party, "ocds-rdvc92").key());
    }

    @Test
    void shouldNotKnowAnOrganizationByAnEmptyName() {
        var party = JsonNodeFactory.instance.objectNode().put("name", "S.A.");
        var dots = JsonNodeFactory.instance.objectNode().put("name", "...");

        assertThat(OrganizationIdentity.of(party, "ocds-x").key()).isEqualTo("name:ocds-x:S A");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OrganizationIdentity.of(dots, "ocds-x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
