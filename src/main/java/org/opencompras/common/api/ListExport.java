package org.opencompras.common.api;

import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.jboss.logging.Logger;
import org.opencompras.common.json.Json;

/**
 * A whole list written as CSV or JSON lines while it is read: rows go from a server-side cursor to the response
 * one by one, so neither the list nor the answer is ever held in memory, whatever its size. The response is
 * sent chunked; when the client reads slowly the writing thread waits, and the cursor with it.
 */
public final class ListExport {

    /** Rows fetched from the database at a time. */
    public static final int FETCH_SIZE = 1_000;
    private static final int WRITE_BUFFER = 32 * 1024;
    private static final Logger LOG = Logger.getLogger(ListExport.class);

    /** Reads every row of the list, in order, handing each to {@code handler}. */
    @FunctionalInterface
    public interface Rows<T> {
        void forEach(Connection c, KeysetQuery.RowHandler<T> handler) throws SQLException, IOException;
    }

    private ListExport() {
    }

    /** A list's rows by keyset order, for {@link #response}. */
    public static <T> Rows<T> rows(KeysetQuery query, SortOrder order, KeysetQuery.RowMapper<T> mapper) {
        return (c, handler) -> query.forEach(c, order, FETCH_SIZE, mapper, handler);
    }

    /**
     * @param format   CSV or NDJSON
     * @param baseName the file name offered to the client, without extension ({@code contracts})
     * @param slots    where the export takes its database connection
     * @param columns  the CSV columns; NDJSON items are the list's JSON items
     */
    public static <T> Response response(ExportFormat format, String baseName, ExportSlots slots, Rows<T> rows,
                                        List<ExportColumn<T>> columns, boolean headOnly) {
        if (format == ExportFormat.JSON) {
            throw new IllegalArgumentException("A JSON list is paged, not exported");
        }
        Response.ResponseBuilder response = Response.ok().type(format.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + baseName + "."
                        + format.parameterValue() + "\"");
        if (headOnly) {
            return response.build();
        }
        ExportSlots.Slot slot = slots.take();
        StreamingOutput body = out -> {
            try (slot) {
                Writer writer = new BufferedWriter(new OutputStreamWriter(slot.watch(out), StandardCharsets.UTF_8),
                        WRITE_BUFFER);
                ReadSnapshot.read(slot.start(), c -> {
                    if (format == ExportFormat.CSV) {
                        writeCsv(c, rows, columns, writer);
                    } else {
                        writeLines(c, rows, writer);
                    }
                    return null;
                });
                writer.flush();
            } catch (SQLException e) {
                // The status is sent already: all that can be done is to cut the body short, so that the
                // client sees an incomplete transfer rather than a file that looks whole.
                LOG.error("Export of " + baseName + " failed", e);
                slot.cut();
            } catch (IOException e) {
                // Only writing throws this: the client went away, or took nothing for too long and was cut off.
                LOG.debugf("Export of %s stopped: %s", baseName, e.getMessage());
                slot.cut();
            }
        };
        return response.entity(body).build();
    }

    private static <T> void writeCsv(Connection c, Rows<T> rows, List<ExportColumn<T>> columns,
                                     Writer writer) throws SQLException, IOException {
        Csv.writeRecord(writer, columns.stream().map(ExportColumn::name).toList());
        rows.forEach(c, item -> Csv.writeRecord(writer, columns.stream().map(column -> column.text(item)).toList()));
    }

    private static <T> void writeLines(Connection c, Rows<T> rows, Writer writer)
            throws SQLException, IOException {
        ObjectWriter json = Json.mapper().writer();
        rows.forEach(c, item -> {
            writer.write(json.writeValueAsString(item));
            writer.write('\n');
        });
    }
}
