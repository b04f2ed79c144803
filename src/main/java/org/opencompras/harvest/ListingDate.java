package org.opencompras.harvest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The {@code date} of a row of SERCOP's listing, with or without its zone: a date without one is Ecuador's time,
 * as everything SERCOP publishes. Anything unreadable is {@code null}, and the record is fetched to be safe.
 */
final class ListingDate {

    private ListingDate() {
    }

    static OffsetDateTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException withoutZone) {
            try {
                return LocalDateTime.parse(value).atZone(SercopHarvest.ECUADOR).toOffsetDateTime();
            } catch (DateTimeParseException notDateTime) {
                try {
                    return LocalDate.parse(value).atStartOfDay(SercopHarvest.ECUADOR).toOffsetDateTime();
                } catch (DateTimeParseException notDate) {
                    return null;
                }
            }
        }
    }
}
