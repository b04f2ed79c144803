package org.opencompras.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.opencompras.common.api.Sql;
import org.opencompras.common.problem.ProblemException;
import org.opencompras.parties.CurrencyTotal;

/**
 * Computes a {@link Timeline}: one grouping of the contracts by period and currency in the database; the empty
 * periods between the first and the last are filled in here.
 */
final class TimelineQuery {

    static final List<String> INTERVALS = List.of("month", "week", "year");
    static final List<String> DATE_FIELDS = List.of("signed", "published");

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    /** What a period is and where its start comes from. */
    record Question(String interval, String dateField, ZoneId zone, int maxPeriods) {

        String column() {
            return dateField.equals("signed") ? "c.date_signed" : "p.first_release_date";
        }

        ChronoUnit unit() {
            return switch (interval) {
                case "week" -> ChronoUnit.WEEKS;
                case "year" -> ChronoUnit.YEARS;
                default -> ChronoUnit.MONTHS;
            };
        }
    }

    private TimelineQuery() {
    }

    static Timeline compute(Connection c, StatsFilter filter, Question question) throws SQLException {
        // date_trunc in the zone: the periods of the local calendar, each start an instant.
        Sql sql = new Sql().append("select date_trunc(?, m.at, ?) as period, m.value_currency, count(*), "
                        + "count(m.value_amount), sum(m.value_amount) from (", question.interval(), question.zone().getId())
                .append(filter.contracts(question.column() + " as at, c.value_amount, c.value_currency"))
                .append(") m group by 1, 2 order by 1 nulls last, 2 nulls last");
        Map<OffsetDateTime, Tally> periods = new TreeMap<>();
        Tally undated = new Tally();
        try (PreparedStatement statement = sql.prepare(c); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                OffsetDateTime start = rs.getObject(1, OffsetDateTime.class);
                Tally tally = start == null ? undated : periods.computeIfAbsent(start, key -> new Tally());
                tally.add(rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getBigDecimal(5));
            }
        }
        return new Timeline(question.interval(), question.dateField(), question.zone().getId(),
                fill(periods, question), undated.counts());
    }

    private static List<Timeline.Period> fill(Map<OffsetDateTime, Tally> periods, Question question) {
        List<Timeline.Period> filled = new ArrayList<>();
        if (periods.isEmpty()) {
            return filled;
        }
        List<OffsetDateTime> starts = new ArrayList<>(periods.keySet());
        ZonedDateTime first = starts.get(0).atZoneSameInstant(question.zone());
        ZonedDateTime last = starts.get(starts.size() - 1).atZoneSameInstant(question.zone());
        long count = question.unit().between(first, last) + 1;
        if (count > question.maxPeriods()) {
            throw ProblemException.invalidParameter("interval", "the contracts span " + count + " " + question.interval()
                    + "s, more than the " + question.maxPeriods() + " periods a timeline holds: choose a longer "
                    + "interval or narrow the dates");
        }
        Map<Long, Tally> byInstant = new TreeMap<>();
        periods.forEach((start, tally) -> byInstant.put(start.toInstant().getEpochSecond(), tally));
        for (ZonedDateTime start = first; !start.isAfter(last); start = start.plus(1, question.unit())) {
            Timeline.Counts counts = byInstant.getOrDefault(start.toInstant().getEpochSecond(), new Tally()).counts();
            filled.add(new Timeline.Period(start.format(ISO), counts.contracts(), counts.withoutValue(), counts.values()));
        }
        return filled;
    }

    /** The contracts of one period, added up as the rows per currency come. */
    private static final class Tally {
        private long contracts;
        private long withoutValue;
        private final List<CurrencyTotal> values = new ArrayList<>();

        void add(String currency, long rows, long valued, java.math.BigDecimal amount) {
            contracts += rows;
            withoutValue += rows - valued;
            if (valued > 0) {
                values.add(new CurrencyTotal(currency, amount, valued));
            }
        }

        Timeline.Counts counts() {
            return new Timeline.Counts(contracts, withoutValue, List.copyOf(values));
        }
    }
}
