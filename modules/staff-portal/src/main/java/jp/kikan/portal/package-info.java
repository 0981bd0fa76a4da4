/**
 * The staff portal's server: serves the screens (static ES modules under META-INF/resources, built
 * from src/main/web and the generated code tables) and {@code /config.json} from the run-time
 * configuration. It holds no data and no tokens; the screens call each service directly (CORS).
 */
package jp.kikan.portal;
