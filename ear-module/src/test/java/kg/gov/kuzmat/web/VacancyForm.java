package kg.gov.kuzmat.web;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;

/** hr/vacancy.xhtml: the HR officer's form for one vacancy, and its cancellation form. */
class VacancyForm extends PortalPage {

    VacancyForm(WebDriver driver, URL base) {
        super(driver, base);
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("vacancy")));
    }

    VacancyForm type(String field, String text) {
        WebElement input = driver.findElement(By.id("vacancy:" + field));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    VacancyForm choose(String field, String value) {
        new Select(driver.findElement(By.id("vacancy:" + field))).selectByValue(value);
        return this;
    }

    /** Types into a PrimeFaces rich-text editor. */
    VacancyForm write(String field, String text) {
        driver.findElement(By.cssSelector("[id='vacancy:" + field + "'] .ql-editor")).sendKeys(text);
        return this;
    }

    VacancyForm deadline(LocalDate date) {
        WebElement input = driver.findElement(By.id("vacancy:deadline"));
        // A native date input: the browser's own widget, set the way its value is submitted.
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, date.toString());
        return this;
    }

    String value(String field) {
        return driver.findElement(By.id("vacancy:" + field)).getAttribute("value");
    }

    VacancyForm save() {
        return submit(By.id("vacancy:save"));
    }

    /** On a saved draft: only the personnel reserve may apply until the day. */
    VacancyForm reserveFirstUntil(LocalDate until) {
        date("reserve-first:until", until);
        return submit(By.id("reserve-first:save-reserve-first"));
    }

    VacancyForm publish() {
        return submit(By.id("vacancy:publish"));
    }

    VacancyForm cancelCompetition(String reason) {
        driver.findElement(By.id("cancellation:reason")).sendKeys(reason);
        return submit(By.id("cancellation:cancel"));
    }

    List<String> errors() {
        return driver.findElements(By.cssSelector(".ui-messages-error-summary")).stream().map(WebElement::getText).toList();
    }

    private VacancyForm submit(By button) {
        WebElement html = driver.findElement(By.tagName("html"));
        driver.findElement(button).click();
        awaitReplaced(html);
        return new VacancyForm(driver, base);
    }
}
