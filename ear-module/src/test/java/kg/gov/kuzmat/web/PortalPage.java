package kg.gov.kuzmat.web;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
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

    /** Waits that look again when an Ajax update replaced the element between finding and reading it. */
    WebDriverWait await() {
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /**
     * Waits until the page holding the element has been replaced. Chromium reports an element of an
     * unloaded page either as stale or as "not belonging to the document"; both mean it is gone.
     */
    void awaitReplaced(WebElement element) {
        await().until(ignored -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException detached) {
                if (String.valueOf(detached.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw detached;
            }
        });
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

    /** Follows the link with the id, as a person clicks it, and waits for the page it opens. */
    void followLink(String id) {
        followLink(By.id(id));
    }

    boolean isSignedIn() {
        return !driver.findElements(By.id("account:sign-out")).isEmpty();
    }

    void signOut() {
        WebElement button = driver.findElement(By.id("account:sign-out"));
        button.click();
        awaitReplaced(button);
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
    }

    /** Types into a field, replacing what it held. */
    PortalPage type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Sets a native date input the way the browser submits it. */
    PortalPage date(String id, LocalDate date) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)), date.toString());
        return this;
    }

    /** Sets a native date-and-time input the way the browser submits it. */
    PortalPage moment(String id, LocalDateTime moment) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)),
                moment.withSecond(0).withNano(0).toString());
        return this;
    }

    /** Ticks a PrimeFaces checkbox, as a person clicks its box, and waits until the box shows the tick. */
    PortalPage tick(String id) {
        WebElement box = driver.findElement(By.cssSelector("[id='" + id + "'] .ui-chkbox-box"));
        box.click();
        await().until(ignored -> box.getAttribute("class").contains("ui-state-active"));
        return this;
    }

    /** Ticks a plain checkbox as a person clicks it, and waits until the box shows the tick. */
    PortalPage check(By box) {
        WebElement checkbox = driver.findElement(box);
        checkbox.click();
        await().until(ignored -> checkbox.isSelected());
        return this;
    }

    /** Presses a non-AJAX button and waits for the page that answers. */
    PortalPage submit(String buttonId) {
        WebElement html = driver.findElement(By.tagName("html"));
        driver.findElement(By.id(buttonId)).click();
        awaitReplaced(html);
        heading();
        return new PortalPage(driver, base);
    }

    /** Presses a non-AJAX button that asks first, answers yes, and waits for the page that answers. */
    PortalPage submitConfirmed(String buttonId) {
        WebElement html = driver.findElement(By.tagName("html"));
        driver.findElement(By.id(buttonId)).click();
        await().until(ExpectedConditions.alertIsPresent()).accept();
        awaitReplaced(html);
        heading();
        return new PortalPage(driver, base);
    }

    /** The confirmations the page shows, in order. */
    List<String> infos() {
        return driver.findElements(By.cssSelector(".ui-messages-info-summary")).stream().map(WebElement::getText).toList();
    }

    /** The warnings the page shows, in order. */
    List<String> warnings() {
        return driver.findElements(By.cssSelector(".ui-messages-warn-summary")).stream().map(WebElement::getText).toList();
    }

    /** The error messages the page shows, in order. */
    List<String> errors() {
        return driver.findElements(By.cssSelector(".ui-messages-error-summary")).stream().map(WebElement::getText).toList();
    }

    /** An applicant who has not accepted the policy in force is asked first; this accepts it. */
    PortalPage acceptPolicyIfAsked() {
        if (!path().startsWith("/account/consent.xhtml")) {
            return this;
        }
        tick("consent:accepted");
        return submit("consent:submit");
    }

    String textOf(String id) {
        return await().until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
    }

    List<String> vacancyTitles() {
        return driver.findElements(By.cssSelector(".vacancy-table .vacancy-title")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The addresses of the listed vacancies: unlike titles, unique. */
    List<String> vacancyLinks() {
        return driver.findElements(By.cssSelector(".vacancy-table .vacancy-title")).stream()
                .map(link -> link.getAttribute("href"))
                .toList();
    }

    void nextVacancyPage() {
        followLink(By.id("pager-next"));
    }

    /** Fills the search form (words and any selects by id → value) and submits it. */
    void search(String words, Map<String, String> selections) {
        WebElement query = driver.findElement(By.id("q"));
        query.clear();
        query.sendKeys(words);
        selections.forEach((id, value) -> new Select(driver.findElement(By.id(id))).selectByValue(value));
        followLink(By.id("search-submit"));
    }

    String selected(String selectId) {
        return new Select(driver.findElement(By.id(selectId))).getFirstSelectedOption().getAttribute("value");
    }

    String searchWords() {
        return driver.findElement(By.id("q")).getAttribute("value");
    }

    /** Opens the vacancy of the given row and returns its title as the list showed it. */
    String openVacancy(int row) {
        WebElement link = driver.findElements(By.cssSelector(".vacancy-table .vacancy-title")).get(row);
        String title = link.getText();
        link.click();
        awaitReplaced(link);
        heading();
        return title;
    }

    void back() {
        WebElement html = driver.findElement(By.tagName("html"));
        driver.navigate().back();
        awaitReplaced(html);
        heading();
    }

    private void followLink(By by) {
        WebElement html = driver.findElement(By.tagName("html"));
        driver.findElement(by).click();
        awaitReplaced(html);
        heading();
    }
}
