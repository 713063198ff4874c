package nl.gezinsplan.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** For tests outside this package: the embedded database of a data folder, with the password kept in it. */
public final class DataFolderDatabase {

    private DataFolderDatabase() {
    }

    /** A connection to the database a running application serves on {@code port} from {@code folder}. */
    public static Connection connect(Path folder, int port) throws IOException, SQLException {
        String password = Files.readString(folder.resolve(EmbeddedDatabase.PASSWORD_FILE)).trim();
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", EmbeddedDatabase.USER,
                password);
    }

    /** Starts the database on the folder of a stopped application, lets {@code work} use it, and stops it again. */
    public static <T> T whileStopped(Path folder, Work<T> work) throws SQLException {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, 0); Connection connection = database.connect()) {
            return work.apply(connection);
        }
    }

    public interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }
}
