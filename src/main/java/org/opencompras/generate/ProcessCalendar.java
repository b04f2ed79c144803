package org.opencompras.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Random;

/**
 * Picks the dates of a process in Ecuador's time (UTC-05:00, no daylight saving): publication on a working day
 * between 2015 and 2024, most emergency procedures in the COVID-19 emergency of 2020–2021, then the closing,
 * award, signature and end of the contract, each strictly after the previous one.
 */
final class ProcessCalendar {

    static final ZoneOffset ECUADOR = ZoneOffset.ofHours(-5);
    static final int FIRST_YEAR = 2015;
    static final int YEARS = 10;

    private static final double[] YEAR_WEIGHTS = {8, 9, 9, 10, 10, 12, 11, 10, 10, 11};
    private static final LocalDate COVID_START = LocalDate.of(2020, 3, 16);
    private static final LocalDate COVID_END = LocalDate.of(2021, 6, 30);

    private ProcessCalendar() {
    }

    static OffsetDateTime publication(Random random, ProcurementMethod method) {
        LocalDate day;
        if (method == ProcurementMethod.EMERGENCIA && random.nextDouble() < 0.7) {
            long span = ChronoUnit.DAYS.between(COVID_START, COVID_END);
            day = COVID_START.plusDays(random.nextInt((int) span + 1));
        } else {
            int year = FIRST_YEAR + weightedYear(random);
            day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
        }
        return workingHours(random, day);
    }

    /** Whether COVID-19 goods were in demand on that date (from March 2020 to the end of 2022). */
    static boolean covidDemand(OffsetDateTime date) {
        LocalDate day = date.toLocalDate();
        return !day.isBefore(LocalDate.of(2020, 3, 1)) && day.isBefore(LocalDate.of(2023, 1, 1));
    }

    static boolean covidEmergency(OffsetDateTime date) {
        LocalDate day = date.toLocalDate();
        return !day.isBefore(COVID_START) && !day.isAfter(COVID_END);
    }

    static PlannedProcess.Timeline timeline(Random random, ProcurementMethod method, String category,
                                            OffsetDateTime publication) {
        int tenderDays = between(random, method.minTenderDays, method.maxTenderDays);
        OffsetDateTime tenderEnd = workingHours(random, publication.toLocalDate().plusDays(tenderDays + 1L));
        OffsetDateTime award = workingHours(random, tenderEnd.toLocalDate().plusDays(between(random, 2, 20)));
        OffsetDateTime signed = workingHours(random, award.toLocalDate().plusDays(between(random, 3, 25)));
        int duration = switch (category) {
            case "works" -> between(random, 60, 540);
            case "services" -> between(random, 30, 365);
            default -> between(random, 8, 90);
        };
        OffsetDateTime end = signed.truncatedTo(ChronoUnit.DAYS).plusDays(duration);
        return new PlannedProcess.Timeline(publication, tenderEnd, award, signed, end);
    }

    private static OffsetDateTime workingHours(Random random, LocalDate day) {
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.atTime(8 + random.nextInt(10), random.nextInt(60), random.nextInt(60)).atOffset(ECUADOR);
    }

    private static int weightedYear(Random random) {
        double total = 0;
        for (double weight : YEAR_WEIGHTS) {
            total += weight;
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < YEAR_WEIGHTS.length; i++) {
            target -= YEAR_WEIGHTS[i];
            if (target < 0) {
                return i;
            }
        }
        return YEAR_WEIGHTS.length - 1;
    }

    static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }
}
