package org.mandate.server.http;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mandate.store.StoreConfig;

/**
 * Every row of the member directory, read straight from the SQLite file behind the server's back: what
 * "nothing changed" is checked against, password hashes, sessions, CSRF secrets and reset codes included.
 */
final class DirectoryDump {
    static final List<String> TABLES = List.of("accounts", "operators", "sessions", "api_tokens", "reset_codes", "login_attempts");

    private DirectoryDump() {}

    static Map<String, List<String>> of(Path dataDir) {
        Map<String, List<String>> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(StoreConfig.SQLITE_FILE).toAbsolutePath());
                Statement s = c.createStatement()) {
            for (String table : TABLES) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            Object v = rs.getObject(i);
                            row.append(v instanceof byte[] b ? Arrays.toString(b) : String.valueOf(v)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                out.put(table, rows);
            }
        } catch (SQLException e) {
            throw new AssertionError("cannot read the directory", e);
        }
        return out;
    }
}
