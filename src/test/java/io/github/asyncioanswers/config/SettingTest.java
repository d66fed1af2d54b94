package io.github.asyncioanswers.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingTest {

    private static final Path BUNDLED_FILE = Path.of(ConfigLoader.DEFAULT_CONFIG_FILE);

    @Test
    void env_vars_and_flags_follow_the_key() {
        assertThat(Setting.NOTES_DIR.envVar()).isEqualTo("NOTES_DIR");
        assertThat(Setting.NOTES_DIR.flag()).contains("--notes");
        assertThat(Setting.INDEX_DIR.flag()).contains("--index");
        assertThat(Setting.REINDEX_DEBOUNCE.envVar()).isEqualTo("REINDEX_DEBOUNCE");
        assertThat(Setting.REINDEX_DEBOUNCE.flag()).contains("--reindex-debounce");
    }

    @Test
    void secrets_have_no_flag() {
        for (Setting setting : Setting.values()) {
            assertThat(setting.flag().isEmpty()).as(setting.key()).isEqualTo(setting.secret());
        }
    }

    @Test
    void the_bundled_config_file_lists_every_setting_commented_out_with_its_default() throws IOException {
        List<String> lines = Files.readAllLines(BUNDLED_FILE);

        for (Setting setting : Setting.values()) {
            assertThat(lines).as(setting.key()).contains("#" + setting.key() + "=" + setting.defaultValue());
        }
        assertThat(lines).allMatch(line -> line.isBlank() || line.startsWith("#"));
    }

    @Test
    void the_bundled_config_file_marks_each_secret_as_environment_only() throws IOException {
        List<String> lines = Files.readAllLines(BUNDLED_FILE);

        for (Setting setting : Setting.values()) {
            if (setting.secret()) {
                int at = lines.indexOf("#" + setting.key() + "=");
                assertThat(lines.get(at - 2)).as(setting.key())
                        .contains("SECRET, environment only: set " + setting.envVar());
            }
        }
    }

    @Test
    void uncommenting_every_non_secret_line_of_the_bundled_file_gives_the_defaults(@TempDir Path dir)
            throws IOException {
        StringBuilder uncommented = new StringBuilder();
        for (Setting setting : Setting.values()) {
            if (!setting.secret()) {
                uncommented.append(setting.key()).append('=').append(setting.defaultValue()).append('\n');
            }
        }
        assertThat(Files.readString(BUNDLED_FILE)).contains(uncommented.toString().lines()
                .map(line -> "#" + line).toList());
        Path file = Files.writeString(dir.resolve("all.properties"), uncommented);

        Config fromFile = ConfigLoader.load(Map.of(ConfigLoader.CONFIG_FLAG, file.toString()), Map.of());
        Config fromDefaults = ConfigLoader.load(Map.of(ConfigLoader.CONFIG_FLAG, BUNDLED_FILE.toString()), Map.of());

        assertThat(fromFile).isEqualTo(fromDefaults);
    }
}
