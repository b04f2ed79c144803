package org.opencompras.common.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.opencompras.common.config.OpenComprasConfig;

/** The key cursors are signed with: the configured one, else the one the database made for itself. */
@ApplicationScoped
public class CursorSecret {

    @Inject
    OpenComprasConfig config;

    @Inject
    DataSource dataSource;

    private volatile byte[] key;

    byte[] key() {
        byte[] current = key;
        if (current == null) {
            current = config.api().cursorSecret()
                    .map(secret -> secret.getBytes(StandardCharsets.UTF_8))
                    .orElseGet(this::stored);
            key = current;
        }
        return current;
    }

    private byte[] stored() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select value from api_secret where name = 'cursor'")) {
            if (!rs.next()) {
                throw new IllegalStateException("The database holds no cursor key: were its migrations applied?");
            }
            return rs.getBytes(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the cursor key", e);
        }
    }
}
