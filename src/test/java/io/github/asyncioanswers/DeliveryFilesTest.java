package io.github.asyncioanswers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.asyncioanswers.config.Config;
import io.github.asyncioanswers.config.Setting;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks what can be checked of the Dockerfile, .dockerignore, .ci/run and README without Docker. */
class DeliveryFilesTest {

    private static final String TEST_COMMAND = "mvn -B verify";

    @Test
    void every_path_the_dockerfile_copies_from_the_context_exists_and_is_not_docker_ignored() throws IOException {
        List<String> ignored = Files.readAllLines(Path.of(".dockerignore")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();

        List<String> sources = matches(dockerfile(), "(?m)^COPY (?!--from)(\\S+) ");

        assertThat(sources).containsExactly("pom.xml", "src", "config", "notes");
        for (String source : sources) {
            assertThat(Path.of(source)).exists();
            assertThat(ignored).doesNotContain(source);
        }
    }

    @Test
    void the_jar_the_dockerfile_copies_and_runs_is_the_one_the_pom_builds() throws IOException {
        String finalName = matches(Files.readString(Path.of("pom.xml")), "<finalName>(.+)</finalName>").get(0);

        assertThat(dockerfile()).contains("COPY --from=build /build/target/" + finalName + ".jar /app/" + finalName
                + ".jar", "ENTRYPOINT [\"java\", \"@/app/config/jvm.options\", \"-jar\", \"/app/" + finalName + ".jar\"]", "CMD [\"serve\"]");
    }

    @Test
    void the_dockerfile_sets_settings_through_their_real_environment_variables_and_volumes() throws IOException {
        String dockerfile = dockerfile();

        assertThat(dockerfile).contains(Setting.NOTES_DIR.envVar() + "=/app/notes",
                Setting.INDEX_DIR.envVar() + "=/app/index", Setting.PORT.envVar() + "=" + Setting.PORT.defaultValue(),
                "EXPOSE " + Setting.PORT.defaultValue(), "VOLUME [\"/app/notes\", \"/app/index\", \"/app/data\"]", "USER app");
        assertThat(dockerfile).contains("FROM maven:3.9-eclipse-temurin-17 AS build", "FROM eclipse-temurin:17-jre",
                "RUN mvn -B -q dependency:go-offline");
        assertThat(dockerfile.indexOf("dependency:go-offline")).isLessThan(dockerfile.indexOf("COPY src"));
    }

    @Test
    void the_dockerfile_health_check_path_answers_200_on_the_real_server(@TempDir Path dir) throws Exception {
        String path = matches(dockerfile(), "curl -fsS \"http://127\\.0\\.0\\.1:\\$\\{PORT}(/\\S*)\"").get(0);
        Path notes = Files.createDirectory(dir.resolve("notes"));
        Files.writeString(notes.resolve("a.md"), "## Question\nAnswer.\n");

        try (App app = App.open(Config.defaults(notes, dir.resolve("index"), 0)).start()) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.httpPort() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(path).isEqualTo("/health");
            assertThat(response.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void the_runtime_image_gives_the_non_root_user_a_writable_embedding_cache() throws IOException {
        String dockerfile = dockerfile();

        assertThat(dockerfile).contains(Setting.EMBEDDING_CACHE_DIR.envVar() + "=/app/cache",
                "mkdir -p /app/index /app/cache /app/data", "chown -R app:app /app/notes /app/index /app/cache /app/data");
        assertThat(dockerfile.indexOf("chown -R app:app")).isLessThan(dockerfile.indexOf("USER app"));
    }

    @Test
    void the_readme_operations_section_has_the_docker_lines_and_the_operator_endpoints() throws IOException {
        String readme = readme();
        String operations = readme.substring(readme.indexOf("\n## Operations\n"));

        assertThat(operations).contains("\ndocker build -t asyncio-answers .\n",
                "\ndocker run -p 8080:8080 -e TELEGRAM_BOT_TOKEN=... -v \"$PWD/notes:/app/notes\" asyncio-answers\n",
                "/metrics", "/openapi.json", "X-Request-Id", "Retry-After", "LOG_FORMAT=json", "EMBEDDING_CACHE_DIR");
        assertThat(dockerfile()).contains("docker run -p 8080:8080 -e TELEGRAM_BOT_TOKEN=... -v \"$PWD/notes:/app/notes\""
                + " asyncio-answers");
    }

    @Test
    void ci_runs_exactly_the_readme_test_command() throws IOException {
        List<String> commands = Files.readAllLines(Path.of(".ci/run")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .filter(line -> !line.startsWith("set ") && !line.startsWith("cd ")).toList();

        // Before the test command, only installs of what the tests need (the Telegram emulator).
        assertThat(commands).last().isEqualTo(TEST_COMMAND);
        assertThat(commands.subList(0, commands.size() - 1)).allMatch(line -> line.startsWith("npm ci ")
                || line.startsWith("apt-get ") || line.startsWith("bash bench/"));
        assertThat(Files.readString(Path.of(".ci/run"))).startsWith("#!/usr/bin/env bash").contains("set -euo pipefail");
        assertThat(readme()).contains("\n" + TEST_COMMAND + "\n",
                "\nmvn -B -q -DskipTests package && java @config/jvm.options -jar target/asyncio-answers.jar serve\n");
    }

    @Test
    void the_image_and_every_benchmark_that_serves_start_the_jvm_with_the_readme_options_file() throws IOException {
        assertThat(dockerfile()).contains("\"java\", \"@/app/config/jvm.options\"");
        for (String script : List.of("http.sh", "load-reindex.sh", "reindex.sh", "startup.sh")) {
            assertThat(Files.readString(Path.of("bench", script))).as(script).contains("java @config/jvm.options ");
        }
    }

    @Test
    void java_accepts_the_options_file_and_takes_g1_and_its_pause_goal_from_it() throws Exception {
        String launcher = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(launcher, "@config/jvm.options", "-XX:+PrintFlagsFinal", "-version")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isZero();
        assertThat(output).containsPattern("MaxGCPauseMillis\\s+= 10\\s+\\{product\\} \\{command line\\}")
                .containsPattern("UseG1GC\\s+= true\\s+\\{product\\} \\{command line\\}");
    }

    @Test
    void the_readme_configuration_table_matches_every_setting() throws IOException {
        List<String> rows = readme().lines().filter(line -> line.startsWith("| `")).toList();

        for (Setting setting : Setting.values()) {
            String flag = setting.flag().map(f -> "`" + f + "`").orElse("— (secret, env only)");
            String value = setting.defaultValue().isEmpty() ? "(empty)" : "`" + setting.defaultValue() + "`";
            assertThat(rows).contains("| `" + setting.key() + "` | `" + setting.envVar() + "` | " + flag + " | "
                    + value + " | " + setting.description() + " |");
        }
    }

    private static String dockerfile() throws IOException {
        return Files.readString(Path.of("Dockerfile"));
    }

    private static String readme() throws IOException {
        return Files.readString(Path.of("README.md"));
    }

    private static List<String> matches(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile(regex).matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
