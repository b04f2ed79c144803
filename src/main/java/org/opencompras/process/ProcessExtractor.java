package org.opencompras.process;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns the compiled release of one process into the rows of the relational model, noting as
 * {@link DataIssue}s whatever in the data had to be repaired or dropped. A pure function: no state
 * is kept between calls.
 *
 * <p>Amounts are exact only if the release was parsed with floats as {@code BigDecimal}
 * ({@code DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS}); otherwise they are as exact as a double.
 */
@ApplicationScoped
public class ProcessExtractor {

    /** The rows of the process {@code ocid}, from its compiled release. */
    public ProcessRows extract(String ocid, JsonNode compiledRelease) {
        return new Extraction(ocid, compiledRelease).run();
    }
}
