package launcher;

import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Starts Neo4j Community embedded with Bolt on 127.0.0.1 and auth off.
 *
 * Usage: Main <home> [port] [pageCacheMiB]. Port 0 picks a free port. Prints one line
 * NEO4J_BOLT_PORT=<port> on stdout once the database is available, then runs until stdin
 * closes (the parent exited or died) or a termination signal arrives; both shut down cleanly.
 */
public final class Main {
  private static final String PORT_LINE = "NEO4J_BOLT_PORT=";

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: launcher.Main <home> [port] [pageCacheMiB]");
      System.exit(2);
    }
    long started = System.nanoTime();
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    long pageCacheMiB = args.length > 2 ? Long.parseLong(args[2]) : 256;

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
        .setConfig(GraphDatabaseSettings.debug_log_enabled, false)
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        // NOTE: Bolt's netty loops otherwise idle 5 s each (boss, then workers) before stopping,
        // turning every stop into a 10 s wait; our clients have disconnected by then.
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      long stopping = System.nanoTime();
      dbms.shutdown();
      System.err.println("neo4j: stopped in " + Duration.ofNanos(System.nanoTime() - stopping).toMillis() + " ms");
    }, "neo4j-shutdown"));

    var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (!db.isAvailable(120_000)) {
      System.err.println("neo4j: database not available after 120 s");
      System.exit(1);
    }
    int bolt = db.getDependencyResolver()
        .resolveDependency(ConnectorPortRegister.class)
        .getLocalAddress(ConnectorType.BOLT)
        .getPort();
    long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
    System.err.println("neo4j: started in " + millis + " ms, bolt://127.0.0.1:" + bolt + ", home " + home);
    System.out.println(PORT_LINE + bolt);
    System.out.flush();

    // NOTE: the parent spawns us with a stdin pipe; EOF means it has gone, even after SIGKILL.
    while (System.in.read() != -1) {
      // keep waiting
    }
    System.exit(0); // runs the shutdown hook
  }
}
