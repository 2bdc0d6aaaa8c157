package kg.gov.kuzmat.web;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/** Any page of the portal, read the way a person reads it: heading, language, sign-in state, table rows. */
class PortalPage {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Pattern URL_PATH = Pattern.compile("^https?://[^/]+");

    protected final WebDriver driver;
    protected final URL base;

    PortalPage(WebDriver driver, URL base) {
        this.driver = driver;
        this.base = base;
    }

    static PortalPage open(WebDriver driver, URL base, String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
        PortalPage page = new PortalPage(driver, base);
        page.heading();
        return page;
    }

    WebDriverWait await() {
        return new WebDriverWait(driver, PATIENCE);
    }

    String heading() {
        return await().until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1"))).getText();
    }

    String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    String path() {
        return URL_PATH.matcher(driver.getCurrentUrl()).replaceFirst("");
    }

    void switchLanguageTo(String code) {
        driver.findElement(By.id("language-" + code)).click();
        await().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", code));
    }

    LoginPage goToSignIn() {
        driver.findElement(By.id("sign-in")).click();
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("login:email")));
        return new LoginPage(driver, base);
    }

    boolean isSignedIn() {
        return !driver.findElements(By.id("account:sign-out")).isEmpty();
    }

    void signOut() {
        WebElement button = driver.findElement(By.id("account:sign-out"));
        button.click();
        await().until(ExpectedConditions.stalenessOf(button));
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
    }

    String textOf(String id) {
        return await().until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
    }

    List<String> vacancyTitles() {
        return driver.findElements(By.cssSelector("[id='home:vacancies_data'] .vacancy-title")).stream()
                .map(WebElement::getText)
                .toList();
    }

    void nextVacancyPage() {
        WebElement firstTitle = driver.findElement(By.cssSelector("[id='home:vacancies_data'] .vacancy-title"));
        driver.findElement(By.cssSelector("[id='home:vacancies'] .ui-paginator-next")).click();
        await().until(ExpectedConditions.stalenessOf(firstTitle));
    }
}
