package kg.gov.kuzmat.web;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URL;

/** login.xhtml. */
class LoginPage extends PortalPage {

    LoginPage(WebDriver driver, URL base) {
        super(driver, base);
    }

    /** Submits the form and waits for whatever page answers it. */
    PortalPage signInAs(String email, String password) {
        WebElement emailField = driver.findElement(By.id("login:email"));
        emailField.clear();
        emailField.sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        awaitReplaced(emailField);
        PortalPage answer = new PortalPage(driver, base);
        answer.heading();
        return answer;
    }

    String email() {
        return driver.findElement(By.id("login:email")).getAttribute("value");
    }

    String errorMessage() {
        return await().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='login:messages'] .ui-messages-error-summary"))).getText();
    }
}
