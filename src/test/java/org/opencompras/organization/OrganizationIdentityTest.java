package org.opencompras.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class OrganizationIdentityTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text.replace('\'', '"'));
    }

    @Test
    void shouldIdentifyASercopPartyByItsRucWithoutTheInternalSuffix() throws Exception {
        JsonNode party = json("{'id': 'EC-RUC-0993038210001-900030', 'name': 'MAXINSUMO S.A.',"
                + " 'identifier': {'id': 'EC-RUC-0993038210001-900030', 'scheme': 'EC-RUC', 'legalName': 'MAXINSUMO S.A.'}}");

        assertThat(OrganizationIdentity.of(party)).isEqualTo(new OrganizationIdentity(
                "EC-RUC-0993038210001", "EC-RUC", "0993038210001", true, "private"));
    }

    @Test
    void shouldGiveTheSameIdentityToTheSameRucInAnotherProcess() throws Exception {
        JsonNode first = json("{'id': 'EC-RUC-0760005140001-141697', 'name': 'HOSPITAL OBSTETRICO'}");
        JsonNode second = json("{'id': 'EC-RUC-0760005140001-5', 'name': 'Hospital Obstétrico Ángela Loayza'}");

        assertThat(OrganizationIdentity.of(first)).isEqualTo(OrganizationIdentity.of(second));
        assertThat(OrganizationIdentity.of(first).rucType()).isEqualTo("public");
    }

    @Test
    void shouldReadABareRucInTheIdentifier() throws Exception {
        JsonNode party = json("{'id': '858346', 'identifier': {'id': ' 0993049522001 ', 'scheme': 'EC-RUC'}}");

        assertThat(OrganizationIdentity.of(party)).isEqualTo(new OrganizationIdentity(
                "EC-RUC-0993049522001", "EC-RUC", "0993049522001", true, "private"));
    }

    @Test
    void shouldRestoreTheLeadingZeroOfARucPublishedAsANumber() throws Exception {
        JsonNode party = json("{'id': 'x', 'identifier': {'id': 993038210001, 'scheme': 'EC-RUC'}}");

        assertThat(OrganizationIdentity.of(party).key()).isEqualTo("EC-RUC-0993038210001");
    }

    @Test
    void shouldKeepAnInvalidRucAsIdentityButFlagIt() throws Exception {
        JsonNode party = json("{'id': 'EC-RUC-1710034066001-12', 'name': 'JUAN PEREZ'}");

        assertThat(OrganizationIdentity.of(party)).isEqualTo(new OrganizationIdentity(
                "EC-RUC-1710034066001", "EC-RUC", "1710034066001", false, null));
    }

    @Test
    void shouldKeepARucOfWrongLengthAsIdentityButFlagIt() throws Exception {
        JsonNode party = json("{'id': 'EC-RUC-099303821001-900030'}");

        assertThat(OrganizationIdentity.of(party)).isEqualTo(new OrganizationIdentity(
                "EC-RUC-099303821001", "EC-RUC", "099303821001", false, null));
    }

    @Test
    void shouldUseSchemeAndIdentifierForOtherPublishers() throws Exception {
        JsonNode party = json("{'id': 'DNCP-SICP-CODE-123', 'name': 'PARASUR S.A.',"
                + " 'identifier': {'id': ' 80012345-6 ', 'scheme': 'PY-RUC'}}");

        assertThat(OrganizationIdentity.of(party)).isEqualTo(new OrganizationIdentity(
                "PY-RUC-80012345-6", "PY-RUC", "80012345-6", null, null));
    }

    @Test
    void shouldWriteNumericIdentifiersAsStrings() throws Exception {
        JsonNode party = json("{'id': 'org-1', 'identifier': {'id': 12345678901234, 'scheme': 'UA-EDR'}}");

        assertThat(OrganizationIdentity.of(party).key()).isEqualTo("UA-EDR-12345678901234");
    }

    @Test
    void shouldFallBackToThePartyId() throws Exception {
        assertThat(OrganizationIdentity.of(json("{'id': 'GB-COH-09506232', 'name': 'X'}")))
                .isEqualTo(new OrganizationIdentity("party:GB-COH-09506232", null, null, null, null));
        assertThat(OrganizationIdentity.of(json("{'id': 42, 'identifier': {'scheme': 'MX-RFC'}}")).key())
                .isEqualTo("party:42");
    }

    @Test
    void shouldFallBackToTheNormalizedNameWhenNothingElseIsThere() throws Exception {
        assertThat(OrganizationIdentity.of(json("{'name': 'Maxinsumo S.A.'}")).key()).isEqualTo("name:MAXINSUMO");
        assertThatThrownBy(() -> OrganizationIdentity.of(json("{}"))).isInstanceOf(IllegalArgumentException.class);
    }
}
