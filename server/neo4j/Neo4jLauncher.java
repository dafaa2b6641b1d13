import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs Neo4j Community embedded with Bolt on the loopback interface, for the app and the tests.
 *
 * Usage: java -cp <jars> Neo4jLauncher.java <dataDir> <boltPort> <pageCache> <passwordFile>
 *
 * Prints "READY <port>" once the database accepts work, or exits with DATABASE_FAILED when the
 * database cannot be opened (the cause is in logs/debug.log). The parent process holds our stdin:
 * when that pipe closes (the parent exited, crashed or was killed) we shut down, so no JVM is
 * ever left behind, whatever happened to the parent.
 */
public class Neo4jLauncher {
  /** Exit code when the DBMS runs but the database does not (startEmbeddedNeo4j.ts knows it). */
  static final int DATABASE_FAILED = 3;

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: Neo4jLauncher <dataDir> <boltPort> <pageCache> <passwordFile>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    String port = args[1];

    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("server.bolt.enabled", "true");
    settings.put("server.bolt.listen_address", "127.0.0.1:" + port);
    settings.put("server.bolt.advertised_address", "127.0.0.1:" + port);
    // Loopback is not enough: any web page the user opens can reach 127.0.0.1 with a Bolt
    // WebSocket. Every connection must log in, with the password only this user can read.
    settings.put("dbms.security.auth_enabled", "true");
    settings.put("server.memory.pagecache.size", args[2]);
    // The app closes its driver before it stops us: no Bolt connection is left to wait for, and
    // the two default waits of 5 s each would only make every stop 10 s slower.
    settings.put("internal.server.bolt.thread_pool_shutdown_wait_time", "1s");
    settings.put("internal.server.bolt.connection_shutdown_wait_time", "1s");
    // The embedded server is started for one process; no reason to phone home or listen on HTTP.
    settings.put("dbms.usage_report.enabled", "false");

    // Written out rather than set in code so that the settings in force can be read next to the data.
    Files.createDirectories(home);
    Path conf = home.resolve("neo4j.conf");
    StringBuilder text = new StringBuilder("# written by Neo4jLauncher at each start; edits are overwritten\n");
    settings.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
    Files.writeString(conf, text.toString());

    DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
        .loadPropertiesFromFile(conf)
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(service::shutdown, "neo4j-shutdown"));
    // A store Neo4j cannot open (a store file missing, say) does not fail build(): the DBMS
    // runs with the database offline, and Bolt would take logins only to refuse every query.
    // build() starts the database before it returns, so a short wait tells started from failed.
    if (!service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(2000)) {
      System.err.println("The database '" + GraphDatabaseSettings.DEFAULT_DATABASE_NAME + "' did not start.");
      System.exit(DATABASE_FAILED); // runs the shutdown hook
    }
    setPassword(service, Files.readString(Path.of(args[3])).trim());

    System.out.println("READY " + port);
    System.out.flush();

    InputStream in = System.in;
    byte[] buffer = new byte[256];
    while (in.read(buffer) != -1) {
      // The parent sends nothing; we only wait for end-of-file.
    }
    System.exit(0); // runs the shutdown hook
  }

  /**
   * The password is read from its file (mode 0600), never from the command line or neo4j.conf,
   * and set at every start: a first start replaces the default one, a new file takes effect.
   */
  private static void setPassword(DatabaseManagementService service, String password) {
    try {
      service.database("system").executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      // Setting the password it already has is refused; anything else is a real failure.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
    }
  }
}
