package org.opencompras.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameNormalizerTest {

    @ParameterizedTest
    @ValueSource(strings = {"MAXINSUMO S.A.", "Maxinsumo SA", "MAXINSUMO  S. A.", "maxinsumo s.a", "Maxinsumo, S.A.",
            " MAXINSUMO SOCIEDAD ANÓNIMA "})
    void shouldReduceSpellingsOfOneCompanyToTheSameName(String name) {
        assertThat(NameNormalizer.normalize(name)).isEqualTo("MAXINSUMO");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Farmacéutica Andina CIA. LTDA.", "FARMACEUTICA ANDINA CÍA. LTDA", "Farmaceutica Andina C. Ltda.",
            "FARMACEUTICA ANDINA LTDA", "Farmacéutica Andina S.A.S.", "FARMACEUTICA ANDINA SAS", "Farmaceutica Andina C.A.",
            "FARMACEUTICA ANDINA S. DE R.L.", "Farmaceutica Andina S.C.", "FARMACEUTICA ANDINA CIA. S.A.",
            "Farmacéutica Andina Cía."})
    void shouldDropLatinAmericanLegalForms(String name) {
        assertThat(NameNormalizer.normalize(name)).isEqualTo("FARMACEUTICA ANDINA");
    }

    @Test
    void shouldDropPublicCompanyMarkersAtEitherEnd() {
        assertThat(NameNormalizer.normalize("EP PETROECUADOR")).isEqualTo("PETROECUADOR");
        assertThat(NameNormalizer.normalize("Empresa Eléctrica Quito E.P.")).isEqualTo("EMPRESA ELECTRICA QUITO");
        assertThat(NameNormalizer.normalize("CNEL EP")).isEqualTo("CNEL");
    }

    @Test
    void shouldStripAccentsAndTurnAmpersandIntoY() {
        assertThat(NameNormalizer.normalize("Construcciones Núñez & Asociados"))
                .isEqualTo("CONSTRUCCIONES NUNEZ Y ASOCIADOS");
        assertThat(NameNormalizer.normalize("Pérez & Cía.")).isEqualTo("PEREZ");
    }

    @Test
    void shouldTurnPunctuationIntoSingleSpaces() {
        assertThat(NameNormalizer.normalize("HOSPITAL OBSTETRICO \"ANGELA LOAYZA DE OLLAGUE\""))
                .isEqualTo("HOSPITAL OBSTETRICO ANGELA LOAYZA DE OLLAGUE");
        assertThat(NameNormalizer.normalize("G.A.D.   Municipal-de Loja")).isEqualTo("G A D MUNICIPAL DE LOJA");
    }

    @Test
    void shouldKeepLegalFormWordsInsideTheName() {
        assertThat(NameNormalizer.normalize("SA PRODUCTOS CA LTDA")).isEqualTo("SA PRODUCTOS");
        assertThat(NameNormalizer.normalize("CASA ANDINA")).isEqualTo("CASA ANDINA");
        assertThat(NameNormalizer.normalize("LTDA COMERCIAL")).isEqualTo("LTDA COMERCIAL");
    }

    @Test
    void shouldNotReduceANameToNothing() {
        assertThat(NameNormalizer.normalize("S.A.")).isEqualTo("S A");
        assertThat(NameNormalizer.normalize("Cía. Ltda.")).isEqualTo("CIA LTDA");
        assertThat(NameNormalizer.normalize("EP")).isEqualTo("EP");
    }

    @Test
    void shouldHandleEmptyAndNullNames() {
        assertThat(NameNormalizer.normalize(null)).isNull();
        assertThat(NameNormalizer.normalize("  ")).isEmpty();
        assertThat(NameNormalizer.normalize("...")).isEmpty();
    }
}
