package io.github.asyncioanswers.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.asyncioanswers.App;
import io.github.asyncioanswers.TestConfig;
import io.github.asyncioanswers.TestJsonLines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web page at / in a real headless chromium against the real App on port 0. */
class WebPageTest {

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final String GATHER = "How do I run several coroutines concurrently?";

    @TempDir
    Path temp;
    App app;
    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void start() throws IOException {
        browser = Browser.start(temp.resolve("profile"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Path notes = Files.createDirectories(temp.resolve("notes"));
        Files.writeString(notes.resolve("asyncio.md"), notes());
        app = App.open(TestConfig.of(notes, temp.resolve("index"), Duration.ofMillis(100), false, Optional.empty()))
                .start();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void a_question_gets_its_answer_with_highlighted_code_related_questions_and_feedback() throws IOException {
        browser.get("http://127.0.0.1:" + app.httpPort() + "/");
        assertThat(browser.getTitle()).isEqualTo("Asyncio Answers");

        browser.findElement(By.cssSelector("label[for=q]")).click();
        browser.switchTo().activeElement().sendKeys(GATHER, Keys.ENTER);

        wait.until(ExpectedConditions.textToBe(By.cssSelector("article.note h2"), GATHER));
        assertThat(browser.findElement(By.cssSelector("article.note p code")).getText()).isEqualTo("asyncio.gather");
        WebElement code = browser.findElement(By.cssSelector("article.note pre.code code"));
        assertThat(code.getText()).contains("results = await asyncio.gather(fetch(a), fetch(b))");
        assertThat(code.findElements(By.cssSelector(".tok-keyword"))).extracting(WebElement::getText)
                .contains("async", "def", "await");
        assertThat(code.findElement(By.cssSelector(".tok-comment")).getText()).isEqualTo("# both at once");
        assertThat(code.findElement(By.cssSelector(".tok-string")).getText()).isEqualTo("\"done\"");
        assertThat(browser.findElement(By.id("answer")).getAttribute("aria-live")).isEqualTo("polite");

        List<WebElement> related = wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector(".related a"), 0));
        assertThat(related).extracting(WebElement::getText).doesNotContain(GATHER);
        screenshot("web.png");
        String next = related.get(0).getText();
        related.get(0).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("article.note h2"), next));
        assertThat(browser.getCurrentUrl()).contains("?q=");

        browser.findElement(By.xpath("//button[contains(., 'Not helpful')]")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".thanks"), "Thank you, noted."));
        assertThat(browser.findElement(By.xpath("//button[contains(., 'Not helpful')]")).getAttribute("aria-pressed"))
                .isEqualTo("true");
        List<JsonNode> votes = TestJsonLines.read(temp.resolve("data/queries.jsonl")).stream()
                .filter(line -> line.path("type").asText().equals("feedback")).toList();
        assertThat(votes).hasSize(1);
        assertThat(votes.get(0).path("helpful").asBoolean()).isFalse();
        assertThat(votes.get(0).path("channel").asText()).isEqualTo("http");
    }

    @Test
    void a_russian_question_reads_well_on_a_phone() throws IOException {
        browser.manage().window().setSize(new Dimension(412, 915));
        browser.get("http://127.0.0.1:" + app.httpPort() + "/?q=" + java.net.URLEncoder.encode(
                "Как запустить корутину?", java.nio.charset.StandardCharsets.UTF_8));

        wait.until(ExpectedConditions.textToBe(By.cssSelector("article.note h2"), "Как запустить корутину?"));
        assertThat(browser.findElement(By.cssSelector("article.note")).getAttribute("lang")).isEqualTo("ru");
        assertThat(browser.findElement(By.cssSelector("article.note")).getText()).contains("точке входа");
        Number scrollWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(412);
        screenshot("web-phone.png");
    }

    @Test
    void a_question_without_a_note_says_so_and_offers_the_closest_questions() {
        browser.get("http://127.0.0.1:" + app.httpPort() + "/");
        browser.findElement(By.id("q")).sendKeys("What is the airspeed velocity of an unladen swallow?", Keys.ENTER);

        wait.until(ExpectedConditions.textToBe(By.cssSelector("#answer h2"), "No note answers this yet"));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("No note answers this yet.");
    }

    @Test
    void the_page_loads_nothing_from_other_hosts() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/web"))) {
            for (Path file : files.toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContainPattern("(?i)(https?:)?//[a-z0-9-]+\\.[a-z]");
            }
        }
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    static String notes() {
        return """
                ### How do I run several coroutines concurrently?

                Use `asyncio.gather` to run awaitables at the same time and **collect** their results:

                ```python
                async def main():
                    # both at once
                    results = await asyncio.gather(fetch(a), fetch(b))
                    return "done"
                ```

                - the results come back in the order of the arguments
                - one failure raises in `main`

                question id: 11111111-1111-4111-8111-111111111111

                ### How do I set a timeout on coroutines?

                Wrap the coroutine with `asyncio.wait_for(coro, timeout=5)`; it raises TimeoutError when time is up.

                question id: 22222222-2222-4222-8222-222222222222

                ### How do I cancel several running coroutines?

                Call `task.cancel()` on each and then await them; CancelledError is raised inside each coroutine.

                question id: 33333333-3333-4333-8333-333333333333

                ### Как запустить корутину?

                Вызовите `asyncio.run(main())` один раз в точке входа программы.

                question id: 44444444-4444-4444-8444-444444444444
                """;
    }
}
