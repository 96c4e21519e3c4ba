package cn.zhicheng.infrastructure.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rows a simulator answers from: a UTF-8 CSV resource with a header row, loaded once at first use and kept by
 * key. Fields are not quoted, so they must not contain commas; an empty field is read as {@code null}.
 */
final class SeededTable<R> {

    private final String resource;
    private final List<String> columns;
    private final Function<String[], R> rowMapper;
    private final Function<R, String> keyOf;

    private volatile Map<String, R> rowsByKey;

    SeededTable(String resource, List<String> columns, Function<String[], R> rowMapper, Function<R, String> keyOf) {
        this.resource = resource;
        this.columns = List.copyOf(columns);
        this.rowMapper = rowMapper;
        this.keyOf = keyOf;
    }

    /** The row with this key, already normalised by the caller; empty for a null key. */
    Optional<R> find(String key) {
        if (key == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(rows().get(key));
    }

    int size() {
        return rows().size();
    }

    private Map<String, R> rows() {
        Map<String, R> loaded = rowsByKey;
        if (loaded == null) {
            synchronized (this) {
                loaded = rowsByKey;
                if (loaded == null) {
                    loaded = load();
                    rowsByKey = loaded;
                }
            }
        }
        return loaded;
    }

    private Map<String, R> load() {
        InputStream in = SeededTable.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Seeded registry data not found on the class path: " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !split(stripBom(header)).equals(columns)) {
                throw new IllegalStateException(resource + ": expected the header " + String.join(",", columns));
            }
            Map<String, R> rows = new HashMap<>();
            int lineNo = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = split(line);
                if (fields.size() != columns.size()) {
                    throw new IllegalStateException(resource + " line " + lineNo + ": expected " + columns.size()
                            + " fields, found " + fields.size());
                }
                R row;
                try {
                    row = rowMapper.apply(fields.stream().map(f -> f.isEmpty() ? null : f).toArray(String[]::new));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(resource + " line " + lineNo + ": " + e.getMessage(), e);
                }
                if (rows.putIfAbsent(keyOf.apply(row), row) != null) {
                    throw new IllegalStateException(resource + " line " + lineNo + ": duplicate key " + keyOf.apply(row));
                }
            }
            return Map.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static List<String> split(String line) {
        return Arrays.stream(line.split(",", -1)).map(String::strip).toList();
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
