import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs Neo4j Community embedded with Bolt on the loopback interface, for the app and the tests.
 *
 * Usage: java -cp <jars> Neo4jLauncher.java <dataDir> <boltPort> <pageCache>
 *
 * Prints "READY <port>" once the database accepts work. The parent process holds our stdin:
 * when that pipe closes (the parent exited, crashed or was killed) we shut down, so no JVM is
 * ever left behind, whatever happened to the parent.
 */
public class Neo4jLauncher {
  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: Neo4jLauncher <dataDir> <boltPort> <pageCache>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    String port = args[1];

    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("server.bolt.enabled", "true");
    settings.put("server.bolt.listen_address", "127.0.0.1:" + port);
    settings.put("server.bolt.advertised_address", "127.0.0.1:" + port);
    // Loopback only, a single local user: authentication would add a secret to manage and protect nothing.
    settings.put("dbms.security.auth_enabled", "false");
    settings.put("server.memory.pagecache.size", args[2]);
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

    System.out.println("READY " + port);
    System.out.flush();

    InputStream in = System.in;
    byte[] buffer = new byte[256];
    while (in.read(buffer) != -1) {
      // The parent sends nothing; we only wait for end-of-file.
    }
    System.exit(0); // runs the shutdown hook
  }
}
