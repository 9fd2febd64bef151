package io.ec2emulator.persistence;

import io.ec2emulator.core.state.AccountRegion;
import io.ec2emulator.core.state.Change;
import io.ec2emulator.core.state.ChangeSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emulator's state in a data directory: one SQLite database ({@value #DATABASE}) in WAL mode with
 * {@code synchronous=FULL}, one row per record (account, region, store, id, record type, JSON), and
 * one SQLite transaction per committed action, so that an acknowledged change survives a crash of
 * the process. A lock file keeps a second emulator off the same directory. A {@code global} table
 * holds what belongs to no account (such as host keys a gateway generates).
 */
public final class DataDirectory implements ChangeSink, AutoCloseable {

    public static final String DATABASE = "ec2-emulator.db";
    static final String FORMAT_VERSION = "1";
    private static final Logger LOG = LoggerFactory.getLogger(DataDirectory.class);

    private final Path directory;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Connection db;
    private final RecordCodec codec = new RecordCodec();
    private final PreparedStatement upsert;
    private final PreparedStatement delete;
    private final List<Pending> queue = new ArrayList<>();

    private DataDirectory(Path directory, FileChannel lockChannel, FileLock lock, Connection db) throws SQLException {
        this.directory = directory;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.db = db;
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
            s.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS record (account TEXT NOT NULL, region TEXT NOT NULL,"
                    + " store TEXT NOT NULL, id TEXT NOT NULL, type TEXT NOT NULL, json TEXT NOT NULL,"
                    + " PRIMARY KEY (account, region, store, id)) WITHOUT ROWID");
            s.execute("CREATE TABLE IF NOT EXISTS global (key TEXT PRIMARY KEY, value BLOB NOT NULL)");
        }
        checkFormat();
        db.setAutoCommit(false);
        this.upsert = db.prepareStatement("INSERT OR REPLACE INTO record (account, region, store, id, type, json)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
        this.delete = db.prepareStatement("DELETE FROM record WHERE account = ? AND region = ? AND store = ? AND id = ?");
    }

    /**
     * Opens (creating if needed) the data directory {@code directory}.
     *
     * @throws IllegalStateException if it cannot be used: not writable, held by another emulator, or
     *                               written by an incompatible version
     */
    public static DataDirectory open(Path directory) {
        FileChannel channel = null;
        try {
            Files.createDirectories(directory);
            channel = FileChannel.open(directory.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new IllegalStateException("the data directory " + directory + " is in use by another emulator");
            }
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve(DATABASE));
            return new DataDirectory(directory, channel, lock, db);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new IllegalStateException("cannot use the data directory " + directory + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            closeQuietly(channel);
            throw new IllegalStateException("cannot open the database in " + directory + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private void checkFormat() throws SQLException {
        try (PreparedStatement read = db.prepareStatement("SELECT value FROM meta WHERE key = 'format'");
             ResultSet rs = read.executeQuery()) {
            if (rs.next()) {
                String version = rs.getString(1);
                if (!FORMAT_VERSION.equals(version)) {
                    throw new IllegalStateException("the data directory " + directory + " has format " + version
                            + "; this emulator reads format " + FORMAT_VERSION);
                }
                return;
            }
        }
        try (PreparedStatement write = db.prepareStatement("INSERT INTO meta (key, value) VALUES ('format', ?)")) {
            write.setString(1, FORMAT_VERSION);
            write.executeUpdate();
        }
    }

    public Path directory() {
        return directory;
    }

    /**
     * Every record kept, by account and region.
     *
     * @throws IllegalStateException if a row cannot be read back (the message names it)
     */
    public synchronized Map<AccountRegion, List<Change>> load() {
        Map<AccountRegion, List<Change>> records = new LinkedHashMap<>();
        try (PreparedStatement read = db.prepareStatement(
                "SELECT account, region, store, id, type, json FROM record ORDER BY account, region, store, id");
             ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                AccountRegion where = new AccountRegion(rs.getString(1), rs.getString(2));
                String store = rs.getString(3);
                String id = rs.getString(4);
                Object value;
                try {
                    value = codec.read(rs.getString(5), rs.getString(6));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("record " + store + "/" + id + " of " + where + " in "
                            + directory + ": " + e.getMessage(), e);
                }
                records.computeIfAbsent(where, w -> new ArrayList<>()).add(new Change(store, id, value));
            }
            db.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + directory.resolve(DATABASE) + ": " + e.getMessage(), e);
        }
        return records;
    }

    private record Row(String store, String id, String type, String json) {
    }

    private List<Row> rows(List<Change> changes) {
        List<Row> rows = new ArrayList<>(changes.size());
        for (Change change : changes) {
            Object value = change.value();
            rows.add(value == null ? new Row(change.store(), change.id(), null, null)
                    : new Row(change.store(), change.id(), value.getClass().getName(), codec.write(value)));
        }
        return rows;
    }

    /** One region's commit waiting for the disk. */
    private static final class Pending {
        final AccountRegion where;
        final List<Row> rows;
        boolean done;
        RuntimeException failure;

        Pending(AccountRegion where, List<Row> rows) {
            this.where = where;
            this.rows = rows;
        }
    }

    /**
     * Group commit: the caller queues its rows; whoever holds the writer's lock next writes every
     * queued commit in one SQLite transaction and one sync, and each caller returns once its own rows
     * are on disk. A region commits one action at a time (it holds its lock), so its changes keep
     * their order; regions never wait for each other's fsync one by one.
     */
    @Override
    public void commit(AccountRegion where, List<Change> changes) {
        Pending mine = new Pending(where, rows(changes));
        synchronized (queue) {
            queue.add(mine);
        }
        synchronized (this) {
            if (!mine.done) {
                List<Pending> batch;
                synchronized (queue) {
                    batch = new ArrayList<>(queue);
                    queue.clear();
                }
                RuntimeException failure = null;
                try {
                    for (Pending pending : batch) {
                        write(pending.where, pending.rows);
                    }
                    db.commit();
                } catch (SQLException e) {
                    failure = failed(e);
                }
                for (Pending pending : batch) {
                    pending.failure = failure;
                    pending.done = true;
                }
            }
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
    }

    @Override
    public void replaceAll(Map<AccountRegion, List<Change>> state) {
        Map<AccountRegion, List<Row>> rows = new LinkedHashMap<>();
        state.forEach((where, changes) -> rows.put(where, rows(changes)));
        synchronized (this) {
            try (Statement s = db.createStatement()) {
                s.executeUpdate("DELETE FROM record");
                for (Map.Entry<AccountRegion, List<Row>> entry : rows.entrySet()) {
                    write(entry.getKey(), entry.getValue());
                }
                db.commit();
            } catch (SQLException e) {
                throw failed(e);
            }
        }
    }

    /** Applies the rows in order (a later change of an id wins), inside the current SQLite transaction. */
    private void write(AccountRegion where, List<Row> rows) throws SQLException {
        for (Row row : rows) {
            PreparedStatement statement = row.json() == null ? delete : upsert;
            statement.setString(1, where.accountId());
            statement.setString(2, where.region());
            statement.setString(3, row.store());
            statement.setString(4, row.id());
            if (row.json() != null) {
                statement.setString(5, row.type());
                statement.setString(6, row.json());
            }
            statement.executeUpdate();
        }
    }

    private IllegalStateException failed(SQLException e) {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the connection is unusable; the original failure is what matters
        }
        LOG.error("could not write to {}", directory.resolve(DATABASE), e);
        return new IllegalStateException("cannot write to " + directory.resolve(DATABASE) + ": " + e.getMessage(), e);
    }

    /** A value that belongs to no account (such as a generated host key), if one was kept. */
    public synchronized Optional<byte[]> global(String key) {
        try (PreparedStatement read = db.prepareStatement("SELECT value FROM global WHERE key = ?")) {
            read.setString(1, key);
            try (ResultSet rs = read.executeQuery()) {
                Optional<byte[]> value = rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
                db.commit();
                return value;
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Keeps a value that belongs to no account, durably. */
    public synchronized void putGlobal(String key, byte[] value) {
        try (PreparedStatement write = db.prepareStatement("INSERT OR REPLACE INTO global (key, value) VALUES (?, ?)")) {
            write.setString(1, key);
            write.setBytes(2, value);
            write.executeUpdate();
            db.commit();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            upsert.close();
            delete.close();
            db.close();
        } catch (SQLException e) {
            LOG.warn("closing {}: {}", directory.resolve(DATABASE), e.getMessage());
        }
        try {
            lock.release();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            closeQuietly(lockChannel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to do
            }
        }
    }
}
