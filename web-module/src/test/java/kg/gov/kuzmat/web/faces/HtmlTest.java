package kg.gov.kuzmat.web.faces;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlTest {

    @Test
    void markupAndQuotesInANameCannotBreakOutOfAnOption() {
        assertEquals("&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;", Html.escape("<script>\"x\" & 'y'</script>"));
    }

    @Test
    void kyrgyzAndRussianTextIsLeftAsItIs() {
        assertEquals("Ош шаарынын мэриясы — Мэрия города Ош", Html.escape("Ош шаарынын мэриясы — Мэрия города Ош"));
    }
}
