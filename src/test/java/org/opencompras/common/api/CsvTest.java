package org.opencompras.common.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void shouldQuoteOnlyFieldsThatNeedIt() {
        assertThat(Csv.field("plain text, with comma")).isEqualTo("\"plain text, with comma\"");
        assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.field("carriage\rreturn")).isEqualTo("\"carriage\rreturn\"");
        assertThat(Csv.field("Ñandú; ÁÉÍ 'single'")).isEqualTo("Ñandú; ÁÉÍ 'single'");
        assertThat(Csv.field("")).isEmpty();
        assertThat(Csv.field(null)).isEmpty();
    }

    @Test
    void shouldEndEveryRecordWithCrlf() throws Exception {
        var out = new StringWriter();
        Csv.writeRecord(out, List.of("a", "b,c"));
        Csv.writeRecord(out, Arrays.asList(null, ""));
        assertThat(out.toString()).isEqualTo("a,\"b,c\"\r\n,\r\n");
    }

    @Test
    void shouldWriteValuesExactly() {
        assertThat(ExportColumn.format(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(ExportColumn.format(new BigDecimal("0.00500"))).isEqualTo("0.00500");
        assertThat(ExportColumn.format(OffsetDateTime.parse("2020-04-02T10:00:00-05:00"))).isEqualTo("2020-04-02T15:00:00Z");
        assertThat(ExportColumn.format(List.of("A", "B"))).isEqualTo("A; B");
        assertThat(ExportColumn.format(true)).isEqualTo("true");
        assertThat(ExportColumn.format(null)).isNull();
    }
}
