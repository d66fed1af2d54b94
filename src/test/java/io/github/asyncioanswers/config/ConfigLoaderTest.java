package io.github.asyncioanswers.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void without_file_env_or_flags_every_setting_has_its_default() {
        Config config = ConfigLoader.load(Map.of(ConfigLoader.CONFIG_FLAG, "config/application.properties"), Map.of());

        assertThat(config).isEqualTo(new Config("0.0.0.0", 8080, Path.of("notes"), Path.of("index"),
                Path.of("config/glossary.txt"), true, Optional.empty(), Duration.ofMillis(500), true,
                Optional.empty(), URI.create("https://api.telegram.org"), Set.of(), Optional.empty(),
                Operations.defaults()));
    }

    @Test
    void the_file_overrides_defaults_the_environment_overrides_the_file_and_flags_override_both()
            throws IOException {
        Path file = write("port=1111\nnotes.dir=from-file\nindex.dir=from-file\nhost=127.0.0.2\n");

        Config config = ConfigLoader.load(Map.of("--config", file.toString(), "--port", "3333"),
                Map.of("PORT", "2222", "NOTES_DIR", "from-env"));

        assertThat(config.port()).isEqualTo(3333);
        assertThat(config.notesDir()).isEqualTo(Path.of("from-env"));
        assertThat(config.indexDir()).isEqualTo(Path.of("from-file"));
        assertThat(config.host()).isEqualTo("127.0.0.2");
    }

    @Test
    void the_config_file_can_be_named_by_environment_variable() throws IOException {
        Path file = write("port=1111\n");

        assertThat(ConfigLoader.load(Map.of(), Map.of("CONFIG_FILE", file.toString())).port()).isEqualTo(1111);
    }

    @Test
    void values_are_parsed_into_their_types() throws IOException {
        Path file = write("reindex.debounce=250\nwatch.enabled=off\ntelegram.admin.ids=12, 34\n"
                + "embedding.cache.dir=cache/embeddings\nsemantic.enabled=FALSE\n");

        Config config = ConfigLoader.load(Map.of("--config", file.toString()), Map.of("ADMIN_TOKEN", "s3cret"));

        assertThat(config.reindexDebounce()).isEqualTo(Duration.ofMillis(250));
        assertThat(config.watchEnabled()).isFalse();
        assertThat(config.semanticEnabled()).isFalse();
        assertThat(config.telegramAdminIds()).containsExactlyInAnyOrder(12L, 34L);
        assertThat(config.embeddingCacheDir()).contains(Path.of("cache/embeddings"));
        assertThat(config.adminToken()).contains("s3cret");
    }

    @Test
    void a_bad_port_from_a_flag_names_the_key_the_value_and_the_flag() {
        assertThat(failure(Map.of("--port", "80a"), Map.of()))
                .hasMessage("invalid port '80a' (from flag --port): expected a port number 0..65535");
        assertThat(failure(Map.of("--port", "70000"), Map.of()))
                .hasMessage("invalid port '70000' (from flag --port): expected a port number 0..65535");
    }

    @Test
    void a_bad_value_from_the_environment_names_the_variable() {
        assertThat(failure(Map.of(), Map.of("WATCH_ENABLED", "maybe"))).hasMessage(
                "invalid watch.enabled 'maybe' (from environment variable WATCH_ENABLED): expected true or false");
        assertThat(failure(Map.of(), Map.of("NOTES_DIR", " "))).hasMessage(
                "invalid notes.dir ' ' (from environment variable NOTES_DIR): expected a path");
        assertThat(failure(Map.of(), Map.of("TELEGRAM_API_URL", "ftp://x"))).hasMessage(
                "invalid telegram.api.url 'ftp://x' (from environment variable TELEGRAM_API_URL): expected an"
                        + " http(s) URL");
    }

    @Test
    void a_bad_value_in_the_file_names_the_file() throws IOException {
        Path file = write("reindex.debounce=soon\n");

        assertThat(failure(Map.of("--config", file.toString()), Map.of())).hasMessage("invalid reindex.debounce"
                + " 'soon' (from " + file + "): expected milliseconds or an ISO-8601 duration such as PT0.5S");
    }

    @Test
    void bad_admin_ids_are_reported_with_the_value_seen() {
        assertThat(failure(Map.of("--telegram-admin-ids", "12,abc"), Map.of())).hasMessage("invalid"
                + " telegram.admin.ids '12,abc' (from flag --telegram-admin-ids): expected comma-separated numeric"
                + " user ids");
    }

    @Test
    void a_secret_written_in_the_file_is_rejected_naming_its_environment_variable() throws IOException {
        Path file = write("telegram.bot.token=123:abc\n");

        assertThat(failure(Map.of("--config", file.toString()), Map.of())).hasMessage("telegram.bot.token is a"
                + " secret: set the environment variable TELEGRAM_BOT_TOKEN instead of writing it in " + file);
    }

    @Test
    void an_empty_secret_in_the_file_is_allowed() throws IOException {
        Path file = write("admin.token=\n");

        assertThat(ConfigLoader.load(Map.of("--config", file.toString()), Map.of()).adminToken()).isEmpty();
    }

    @Test
    void an_unknown_key_in_the_file_is_rejected() throws IOException {
        Path file = write("prot=8080\n");

        assertThat(failure(Map.of("--config", file.toString()), Map.of()))
                .hasMessage("unknown setting 'prot' in " + file);
    }

    @Test
    void a_named_config_file_that_does_not_exist_is_an_error() {
        Path missing = dir.resolve("missing.properties");

        assertThat(failure(Map.of("--config", missing.toString()), Map.of()))
                .hasMessage("config file not found: " + missing);
    }

    @Test
    void operations_settings_are_read_from_the_environment_and_flags() {
        Config config = ConfigLoader.load(Map.of("--log-format", "JSON", "--rate-limit-burst", "3"),
                Map.of("RATE_LIMIT_PER_SECOND", "0.5", "CORS_ALLOWED_ORIGINS", " https://a.example, https://b.example ",
                        "HTTP_MAX_REQUEST_BYTES", "1000", "HTTP_MAX_HEADER_BYTES", "4096", "SHUTDOWN_TIMEOUT", "PT3S"));

        assertThat(config.operations()).isEqualTo(new Operations(LogFormat.JSON, 1000, 4096, 0.5, 3,
                List.of("https://a.example", "https://b.example"), Duration.ofSeconds(3)));
    }

    @Test
    void bad_operations_values_are_reported_with_the_value_seen() {
        assertThat(failure(Map.of(), Map.of("LOG_FORMAT", "xml"))).hasMessage(
                "invalid log.format 'xml' (from environment variable LOG_FORMAT): expected text or json");
        assertThat(failure(Map.of("--rate-limit-per-second", "-1"), Map.of())).hasMessage("invalid"
                + " rate.limit.per.second '-1' (from flag --rate-limit-per-second): expected a number of requests"
                + " per second 0..1000000");
        assertThat(failure(Map.of(), Map.of("RATE_LIMIT_BURST", "0"))).hasMessage("invalid rate.limit.burst '0'"
                + " (from environment variable RATE_LIMIT_BURST): expected a whole number 1..1000000");
        assertThat(failure(Map.of(), Map.of("HTTP_MAX_HEADER_BYTES", "8k"))).hasMessage("invalid"
                + " http.max.header.bytes '8k' (from environment variable HTTP_MAX_HEADER_BYTES): expected a whole"
                + " number 1024..1048576");
    }

    private Path write(String properties) throws IOException {
        return Files.writeString(dir.resolve("test.properties"), properties);
    }

    private static Throwable failure(Map<String, String> flags, Map<String, String> env) {
        Throwable thrown = catchThrowable(() -> ConfigLoader.load(flags, env));
        assertThat(thrown).isInstanceOf(ConfigException.class);
        return thrown;
    }
}
