package kg.gov.kuzmat.platform;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Question banks come in from staff as xlsx or CSV, and statistics go out the same ways. */
class SpreadsheetTest {

    private static final List<List<String>> TABLE = List.of(
            List.of("Вопрос", "Ответ А", "Ответ Б", "Верный"),
            List.of("Кыргыз Республикасынын Конституциясы качан кабыл алынган?", "1993", "2010, 2021", "Б"),
            List.of("ң ө ү: \"тамгалар\"", "", "бир\nэки", "А"),
            List.of("Строка с\r\nпереводом", "a,b;c", "  пробелы  ", "_x0041_"));

    @Test
    void anXlsxWrittenHereReadsBackCellForCell() throws IOException {
        byte[] xlsx = Spreadsheet.xlsx("Вопросы [2024/2025]", TABLE);

        assertEquals(TABLE, Spreadsheet.read("export.xlsx", xlsx));
        Map<String, String> parts = unzip(xlsx);
        assertTrue(parts.keySet().containsAll(List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml", "xl/styles.xml")));
        assertTrue(parts.get("xl/workbook.xml").contains("name=\"Вопросы 2024 2025\""), parts.get("xl/workbook.xml"));
        assertTrue(parts.get("xl/worksheets/sheet1.xml").contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\">"));
    }

    @Test
    void wideRowsGetColumnsBeyondZAndFormulasStayText() {
        List<String> wide = new ArrayList<>();
        for (int i = 0; i < 28; i++) {
            wide.add(i == 27 ? "=HYPERLINK(\"http://evil\")" : "c" + i);
        }
        byte[] xlsx = Spreadsheet.xlsx("", List.of(wide, List.of("bell\u0007", "ok")));

        assertEquals(List.of(wide, List.of("bell", "ok")), Spreadsheet.read("x.xlsx", xlsx));
        String sheet = unzip(xlsx).get("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("r=\"Z1\"") && sheet.contains("r=\"AA1\"") && sheet.contains("r=\"AB1\""), sheet);
        assertTrue(unzip(xlsx).get("xl/workbook.xml").contains("name=\"Sheet1\""));
    }

    @Test
    void aCsvWrittenHereReadsBackCellForCell() {
        byte[] csv = Spreadsheet.csv(TABLE);

        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        String text = new String(csv, UTF_8);
        assertTrue(text.contains("\"2010, 2021\",Б\r\n\"ң ө ү: \"\"тамгалар\"\"\",,\"бир\nэки\",А\r\n"), text);
        assertEquals(TABLE, Spreadsheet.read("export.csv", csv));
    }

    @Test
    void csvCellsThatExcelWouldRunAsFormulasAreDefused() {
        List<String> row = List.of("=1+1", "+7 700", "-2", "@SUM(A1)", "\tx", "ok=1", "=A1,B1");

        String text = new String(Spreadsheet.csv(List.of(row)), UTF_8);

        assertEquals("\uFEFF'=1+1,'+7 700,'-2,'@SUM(A1),'\tx,ok=1,\"'=A1,B1\"\r\n", text);
        assertEquals(List.of("'=1+1", "'+7 700", "'-2", "'@SUM(A1)", "'\tx", "ok=1", "'=A1,B1"),
                Spreadsheet.read("a.csv", text.getBytes(UTF_8)).get(0));
    }

    @Test
    void russianExcelCsvWithSemicolonsIsRead() {
        String text = "\"Вопрос, текст\";Ответ\n\"a;b\";2,5\r\n;\n";

        assertEquals(List.of(List.of("Вопрос, текст", "Ответ"), List.of("a;b", "2,5")),
                Spreadsheet.read("bank.csv", text.getBytes(UTF_8)));
        assertEquals(List.of(List.of("Вопрос", "Ответ")),
                Spreadsheet.read("bank.csv", "Вопрос;Ответ".getBytes(Charset.forName("windows-1251"))));
    }

    @Test
    void theByteOrderMarkIsNotPartOfTheFirstCell() {
        byte[] csv = "\uFEFFНомер,Текст\r\n1,\"a\"\"b\"\r\n\r\n,\r\n".getBytes(UTF_8);

        assertEquals(List.of(List.of("Номер", "Текст"), List.of("1", "a\"b")), Spreadsheet.read("any.txt", csv));
    }

    @Test
    void anExcelStyleWorkbookWithSharedStringsIsRead() throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("xl/workbook.xml", """
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
                          xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                  <sheets><sheet name="Банк" sheetId="7" r:id="rId3"/><sheet name="Другой" sheetId="1" r:id="rId1"/></sheets>
                </workbook>""");
        parts.put("xl/_rels/workbook.xml.rels", """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                  <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>
                </Relationships>""");
        parts.put("xl/sharedStrings.xml", """
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">
                  <si><t>Вопрос</t></si>
                  <si><r><rPr><b/></rPr><t xml:space="preserve">Кыргыз </t></r><r><t>тили</t></r></si>
                  <si><t>эки_x000D_
                сап</t></si>
                </sst>""");
        parts.put("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>");
        parts.put("xl/worksheets/sheet2.xml", """
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                  <row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>
                  <row r="2"><c r="A2"><v>3</v></c><c r="B2"><v>3.0</v></c><c r="C2" s="4"><v>2.5</v></c>
                    <c r="D2" t="b"><v>1</v></c><c r="E2" t="str"><f>A2&amp;"!"</f><v>3!</v></c>
                    <c r="F2" t="inlineStr"><is><t>ң ө ү</t></is></c><c r="G2" t="s"><v>2</v></c><c r="H2" s="1"/></row>
                  <row r="4"><c r="B4"><v>45292</v></c></row>
                  <row r="6"><c r="A6" s="1"/></row>
                </sheetData></worksheet>""");

        assertEquals(List.of(
                        List.of("Вопрос", "", "Кыргыз тили"),
                        List.of("3", "3", "2.5", "TRUE", "3!", "ң ө ү", "эки\r\nсап"),
                        List.of(),
                        List.of("", "45292")),
                Spreadsheet.read("upload.bin", zip(parts)));
    }

    @Test
    void filesThatAreNotSpreadsheetsAreRefused() throws IOException {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        garbage[0] = 'P';
        garbage[1] = 'K';
        garbage[2] = 3;
        garbage[3] = 4;

        assertThrows(IllegalArgumentException.class, () -> Spreadsheet.read("bank.xlsx", garbage));
        assertThrows(IllegalArgumentException.class, () -> Spreadsheet.read("bank.xlsx", zip(Map.of("readme.txt", "hello"))));
        assertThrows(IllegalArgumentException.class, () -> Spreadsheet.read("bank.xlsx", "Вопрос,Ответ".getBytes(UTF_8)));
        assertThrows(IllegalArgumentException.class, () -> Spreadsheet.read("bank.xls", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}));
        assertThrows(IllegalArgumentException.class, () -> Spreadsheet.read("bank.csv", "a,\"b\nc".getBytes(UTF_8)));
        assertThrows(IllegalArgumentException.class, () -> Spreadsheet.read("bank.xlsx",
                zip(Map.of("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v>"))));
    }

    @Test
    void entitiesInAnUploadedWorkbookAreNeverExpanded() throws IOException {
        String external = """
                <?xml version="1.0"?>
                <!DOCTYPE worksheet [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                  <row r="1"><c r="A1" t="inlineStr"><is><t>&secret;</t></is></c></row>
                </sheetData></worksheet>""";
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&b;</t></si></sst>""";

        assertThrows(IllegalArgumentException.class,
                () -> Spreadsheet.read("x.xlsx", zip(Map.of("xl/worksheets/sheet1.xml", external))));
        assertThrows(IllegalArgumentException.class, () -> Spreadsheet.read("x.xlsx", zip(Map.of(
                "xl/sharedStrings.xml", laughs,
                "xl/worksheets/sheet1.xml", "<worksheet><sheetData><row><c t=\"s\"><v>0</v></c></row></sheetData></worksheet>"))));
    }

    @Test
    void zipBombsAndEndlessSheetsAreRefused() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 51; i++) {
                zip.write(spaces);
            }
        }
        String farRow = "<worksheet><sheetData><row r=\"100001\"><c r=\"A100001\"><v>1</v></c></row></sheetData></worksheet>";
        String farColumn = "<worksheet><sheetData><row><c r=\"XFE1\"><v>1</v></c></row></sheetData></worksheet>";

        assertThrows(IllegalArgumentException.class, () -> Spreadsheet.read("x.xlsx", bomb.toByteArray()));
        assertThrows(IllegalArgumentException.class, () -> Spreadsheet.read("x.xlsx", zip(Map.of("xl/worksheets/sheet1.xml", farRow))));
        assertThrows(IllegalArgumentException.class, () -> Spreadsheet.read("x.xlsx", zip(Map.of("xl/worksheets/sheet1.xml", farColumn))));
        assertThrows(IllegalArgumentException.class, () -> Spreadsheet.read("x.csv", "1\n".repeat(100_001).getBytes(UTF_8)));
        assertEquals(100_000, Spreadsheet.read("x.csv", "1\n".repeat(100_000).getBytes(UTF_8)).size());
    }

    private static byte[] zip(Map<String, String> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(UTF_8));
            }
        }
        return bytes.toByteArray();
    }

    private static Map<String, String> unzip(byte[] zipped) {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipped))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), UTF_8));
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return parts;
    }
}
