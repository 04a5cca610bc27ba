package com.shiftledger.audit;

import com.shiftledger.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The auditor console in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}): an auditor
 * signs in, finds a hospital's wallet by email, sees its statement rows and the chart of its balance, replays its
 * balance at a moment, sees the ledger accounts sum to zero, and runs a verification of the whole ledger to ok.
 */
class AuditorConsoleBrowserTest extends IntegrationTest {

    static final String INSTALL = "apt-get install -y chromium chromium-driver (.ci/run installs them when missing)";
    private static final Path CHROMIUM = configured("SHIFTLEDGER_TEST_CHROMIUM", "/usr/bin/chromium");
    private static final Path CHROMEDRIVER = configured("SHIFTLEDGER_TEST_CHROMEDRIVER", "/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private WebDriver browser;
    private WebDriverWait wait;

    /** Fails, never skips, without Chromium: CI installs it, and a developer should learn how. */
    @BeforeAll
    static void chromiumIsInstalled() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The console's browser test needs Chromium at " + CHROMIUM + " and its driver at " + CHROMEDRIVER
                    + " (or SHIFTLEDGER_TEST_CHROMIUM / SHIFTLEDGER_TEST_CHROMEDRIVER): " + INSTALL);
        }
    }

    @BeforeEach
    void startChromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,2400", "--lang=en-IN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, PATIENCE);
    }

    @AfterEach
    void stopChromium() throws Exception {
        if (browser != null) {
            Path screenshot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(screenshot, Path.of("target", "auditor-console.png"), StandardCopyOption.REPLACE_EXISTING);
            browser.quit();
        }
    }

    @Test
    void anAuditorOpensAWalletSeesItsChartAndRowsAndVerifiesTheLedgerToOk() {
        Party hospital = registerHospital();
        topUp(hospital, "1000");
        topUp(hospital, "250");
        withdraw(hospital, "100");
        Auditor auditor = createAuditor();
        awaitCleanAudit(adminToken());

        browser.get("http://localhost:" + port() + "/console/");
        type("email", auditor.email());
        type("password", auditor.password());
        browser.findElement(By.id("sign-in-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("console")));
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).contains("auditor");

        type("wallet-search", hospital.email());
        browser.findElement(By.id("wallet-search-button")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".wallet-result"))).click();

        List<WebElement> rows = wait.until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#statement-table tr.statement-row"), 3));
        assertThat(rows.get(0).getText()).contains("wallet_topup", "₹1,000.00");
        assertThat(rows.get(2).getText()).contains("withdrawal", "₹100.00", "₹1,150.00");
        assertThat(browser.findElement(By.id("statement-summary")).getText()).contains("Signed by key");
        WebElement line = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("balance-line")));
        assertThat(line.getAttribute("d")).startsWith("M ").contains(" H ", " V ");
        assertThat(browser.findElements(By.cssSelector("#balance-svg circle.balance-point"))).hasSize(4);

        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2099-01-01T00:00:00'",
                browser.findElement(By.id("balance-at")));
        browser.findElement(By.id("balance-at-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("balance-at-result"), "₹1,150.00"));

        browser.findElement(By.id("accounts-load")).click();
        wait.until(ExpectedConditions.textToBe(By.id("accounts-sum"), "₹0.00"));
        assertThat(browser.findElements(By.cssSelector("#accounts-table tr.account-row"))).isNotEmpty();

        browser.findElement(By.id("verification-start")).click();
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(ExpectedConditions.or(
                ExpectedConditions.textToBe(By.id("verification-state"), "ok"),
                ExpectedConditions.textToBe(By.id("verification-state"), "failed")));
        assertThat(browser.findElement(By.id("verification-state")).getText())
                .as(browser.findElement(By.id("verification")).getText()).isEqualTo("ok");
        assertThat(browser.findElement(By.id("verification-progress")).getAttribute("aria-valuenow")).isEqualTo("100");
        assertThat(browser.findElement(By.id("verification-counts")).getText()).contains("0 violations");
    }

    private void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    private static Path configured(String variable, String fallback) {
        String value = System.getenv(variable);
        return Path.of(value == null || value.isBlank() ? fallback : value);
    }
}
