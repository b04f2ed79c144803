package org.opencompras.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RucTest {

    @ParameterizedTest(name = "{0} is a valid {1} RUC")
    @CsvSource({
            "0993038210001, PRIVATE",  // MAXINSUMO S.A., remainder 0 gives check digit 0
            "0993049522001, PRIVATE",  // FRANORIA S.A.
            "1790011674001, PRIVATE",
            "0760005140001, PUBLIC",   // Hospital Obstétrico Ángela Loayza de Ollague
            "1760003410001, PUBLIC",   // GAD del Distrito Metropolitano de Quito
            "1760000900001, PUBLIC",   // remainder 0 gives check digit 0
            "1710034065001, NATURAL",
            "1710000090001, NATURAL",  // sum multiple of 10 gives check digit 0
            "3050000003001, NATURAL"   // province 30: Ecuadorians abroad
    })
    void shouldAcceptValidRucs(String ruc, RucType type) {
        assertThat(Ruc.check(ruc)).isEqualTo(new Ruc.Check(true, type, null));
    }

    @Test
    void shouldIgnoreSurroundingSpaces() {
        assertThat(Ruc.check(" 0993038210001 ").valid()).isTrue();
    }

    @Test
    void shouldRejectAWrongCheckDigitButKeepTheType() {
        Ruc.Check natural = Ruc.check("1710034066001");
        assertThat(natural.valid()).isFalse();
        assertThat(natural.type()).isEqualTo(RucType.NATURAL);
        assertThat(natural.reason()).contains("check digit 6 should be 5");

        assertThat(Ruc.check("0993038211001")).extracting(Ruc.Check::valid, Ruc.Check::type)
                .containsExactly(false, RucType.PRIVATE);
        assertThat(Ruc.check("0760005150001")).extracting(Ruc.Check::valid, Ruc.Check::type)
                .containsExactly(false, RucType.PUBLIC);
    }

    @Test
    void shouldRejectModulo11RemainderOneForEveryCheckDigit() {
        for (int digit = 0; digit <= 9; digit++) {
            assertThat(Ruc.check("17600004" + digit + "0001").valid()).isFalse();
            assertThat(Ruc.check("179000001" + digit + "001").reason()).contains("impossible");
        }
    }

    @Test
    void shouldRejectZeroEstablishmentNumbers() {
        assertThat(Ruc.check("1710034065000").reason()).contains("establishment");
        assertThat(Ruc.check("0993038210000").reason()).contains("establishment");
        assertThat(Ruc.check("0760005140000").reason()).contains("establishment");
    }

    @Test
    void shouldRejectUnknownProvincesAndThirdDigits() {
        assertThat(Ruc.check("2590011674001").reason()).contains("province");
        assertThat(Ruc.check("0090011674001").reason()).contains("province");
        Ruc.Check seven = Ruc.check("1770011674001");
        assertThat(seven.valid()).isFalse();
        assertThat(seven.type()).isNull();
        assertThat(seven.reason()).contains("third digit 7");
    }

    @Test
    void shouldRejectWrongLengthAndNonDigits() {
        assertThat(Ruc.check("099303821001")).isEqualTo(new Ruc.Check(false, null, "length 12 instead of 13"));
        assertThat(Ruc.check("")).extracting(Ruc.Check::reason).isEqualTo("length 0 instead of 13");
        assertThat(Ruc.check("0993038210-01").reason()).isEqualTo("not only digits");
        assertThat(Ruc.check(null).valid()).isFalse();
    }

    @Test
    void shouldBuildRucsThatPassTheirOwnCheck() {
        int publicCount = 0;
        int privateCount = 0;
        for (int sequence = 0; sequence < 500; sequence++) {
            int province = 1 + sequence % 24;
            assertThat(Ruc.check(Ruc.naturalPerson(province, sequence * 11_999)))
                    .isEqualTo(new Ruc.Check(true, RucType.NATURAL, null));
            if (Ruc.publicEntity(province, sequence).isPresent()) {
                publicCount++;
                assertThat(Ruc.check(Ruc.publicEntity(province, sequence).get()))
                        .isEqualTo(new Ruc.Check(true, RucType.PUBLIC, null));
            }
            if (Ruc.privateCompany(province, sequence * 1999).isPresent()) {
                privateCount++;
                assertThat(Ruc.check(Ruc.privateCompany(province, sequence * 1999).get()))
                        .isEqualTo(new Ruc.Check(true, RucType.PRIVATE, null));
            }
        }
        // about one sequence in eleven has remainder 1 and no check digit
        assertThat(publicCount).isBetween(400, 490);
        assertThat(privateCount).isBetween(400, 490);
    }

    @Test
    void shouldRefuseToBuildOutsideTheRules() {
        assertThatThrownBy(() -> Ruc.naturalPerson(25, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ruc.naturalPerson(17, 6_000_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ruc.publicEntity(17, 100_000)).isInstanceOf(IllegalArgumentException.class);
    }
}
