package kg.gov.kuzmat.platform;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static javax.xml.stream.XMLStreamConstants.DTD;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

/**
 * Tables in and out of the portal as {@code .xlsx} or {@code .csv}: question banks uploaded by staff, statistics
 * downloaded by them. The deployment has no spreadsheet library, and the first sheet of a workbook needs little more
 * than {@code java.util.zip} and StAX. Uploaded files are untrusted, so reading refuses DTDs and caps what a small
 * file may inflate to.
 * <p>
 * Reading gives every cell as the text it holds, not as Excel displays it. Excel keeps a date as a number with a date
 * format, and formats are not read: a date comes out as its serial day number (45292 for 01.01.2024), which a caller
 * converts, or avoids by asking for dates typed as text.
 */
public final class Spreadsheet {

    public static final String CSV_TYPE = "text/csv; charset=UTF-8";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Thousands of questions unpack to a few MB; a file that unpacks to more is a zip bomb, not a workbook. */
    private static final long MAX_UNZIPPED_BYTES = 50L * 1024 * 1024;
    private static final int MAX_ROWS = 100_000;
    /** Bounds memory when a few bytes such as {@code <c r="XFD9"><v>1</v></c>} would pad a row with 16,383 cells. */
    private static final int MAX_CELLS = 2_000_000;
    /** Excel's own last column, XFD. */
    private static final int MAX_COLUMNS = 16_384;

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String DEFAULT_SHEET = "xl/worksheets/sheet1.xml";
    /** OOXML writes characters XML cannot carry as {@code _xHHHH_}; Excel stores a cell's CR as {@code _x000D_}. */
    private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");
    /** So a cell that really says {@code _x0041_} is written as {@code _x005F_x0041_}, or Excel would show "A". */
    private static final Pattern LOOKS_ESCAPED = Pattern.compile("_(?=x[0-9A-Fa-f]{4}_)");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("(-?\\d+)\\.0+");

    private Spreadsheet() {
    }

    /**
     * The rows of the first worksheet of an xlsx file, or of a CSV file, each row a list of cell texts. Rows and
     * columns keep their places: a blank cell before a filled one is {@code ""}, a blank row is an empty list
     * (or a list of {@code ""} in CSV), and only the blank rows at the end are dropped.
     *
     * @param fileName used only when the bytes do not say what the file is
     * @throws IllegalArgumentException if the content is not a readable spreadsheet (broken zip or XML, no sheet,
     *                                  a DTD, more than 100,000 rows or 50 MB unpacked); callers show their own
     *                                  message, the exception's is for the log
     */
    public static List<List<String>> read(String fileName, byte[] content) {
        if (content == null) {
            throw new IllegalArgumentException("No file content");
        }
        boolean zip = content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        boolean xlsx = zip || fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
        List<List<String>> rows = xlsx ? readXlsx(content) : readCsv(content);
        while (!rows.isEmpty() && rows.get(rows.size() - 1).stream().allMatch(String::isEmpty)) {
            rows.remove(rows.size() - 1);
        }
        return rows;
    }

    /**
     * RFC 4180 CSV in UTF-8 with a BOM, without which Excel takes the file for the ANSI code page and garbles
     * Cyrillic. A cell starting with {@code = + - @}, tab or CR gets a leading {@code '}: Excel would otherwise run it
     * as a formula, and a formula written by an applicant can run commands or send data away on the downloader's
     * computer. {@link #read} keeps that quote.
     */
    public static byte[] csv(List<List<String>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<String> row : rows) {
            for (int column = 0; column < row.size(); column++) {
                out.append(column == 0 ? "" : ",").append(csvField(row.get(column)));
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(UTF_8);
    }

    /** A one-sheet workbook of text cells, the first row bold as a header. */
    public static byte[] xlsx(String sheetName, List<List<String>> rows) {
        StringBuilder sheet = new StringBuilder(PROLOG).append("<worksheet xmlns=\"").append(MAIN).append("\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            List<String> row = rows.get(r);
            for (int column = 0; column < row.size(); column++) {
                String value = row.get(column);
                if (value != null && !value.isEmpty()) {
                    sheet.append("<c r=\"").append(columnName(column)).append(r + 1).append(r == 0 ? "\" s=\"1\"" : "\"")
                            .append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                            .append(xml(LOOKS_ESCAPED.matcher(value).replaceAll("_x005F_"))).append("</t></is></c>");
                }
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", CONTENT_TYPES);
            put(zip, "_rels/.rels", PACKAGE_RELATIONSHIPS);
            put(zip, "xl/workbook.xml", WORKBOOK.formatted(xml(sheetName(sheetName))));
            put(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELATIONSHIPS);
            put(zip, "xl/styles.xml", STYLES);
            put(zip, DEFAULT_SHEET, sheet.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
        return bytes.toByteArray();
    }

    private static List<List<String>> readXlsx(byte[] content) {
        Map<String, byte[]> parts = unzip(content);
        try {
            byte[] sheet = parts.getOrDefault(firstSheetPart(parts), parts.get(DEFAULT_SHEET));
            if (sheet == null) {
                throw new IllegalArgumentException("No worksheet in the file");
            }
            byte[] sharedStrings = parts.get("xl/sharedStrings.xml");
            return sheetRows(sheet, sharedStrings == null ? List.of() : sharedStrings(sharedStrings));
        } catch (XMLStreamException | NumberFormatException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("Malformed xlsx file: " + e.getMessage(), e);
        }
    }

    private static Map<String, byte[]> unzip(byte[] content) {
        Map<String, byte[]> parts = new HashMap<>();
        long total = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                ByteArrayOutputStream part = new ByteArrayOutputStream();
                for (int n; (n = zip.read(buffer)) > 0; part.write(buffer, 0, n)) {
                    total += n;
                    if (total > MAX_UNZIPPED_BYTES) {
                        throw new IllegalArgumentException("The file unpacks to more than " + MAX_UNZIPPED_BYTES + " bytes");
                    }
                }
                parts.put(entry.getName(), part.toByteArray());
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a valid zip file", e);
        }
        return parts;
    }

    /** Sheets are found by relationship, not by name: a workbook saved after reordering sheets need not start with sheet1. */
    private static String firstSheetPart(Map<String, byte[]> parts) throws XMLStreamException {
        byte[] workbook = parts.get("xl/workbook.xml");
        byte[] relationships = parts.get("xl/_rels/workbook.xml.rels");
        if (workbook != null && relationships != null) {
            XMLStreamReader sheets = parser(workbook);
            String id = seek(sheets, "sheet", any -> true) ? sheets.getAttributeValue(RELATIONSHIPS, "id") : null;
            XMLStreamReader targets = parser(relationships);
            if (id != null && seek(targets, "Relationship", xml -> id.equals(xml.getAttributeValue(null, "Id")))) {
                String target = Objects.toString(targets.getAttributeValue(null, "Target"), "");
                return target.startsWith("/") ? target.substring(1) : "xl/" + target;
            }
        }
        return DEFAULT_SHEET;
    }

    private static List<String> sharedStrings(byte[] part) throws XMLStreamException {
        List<String> strings = new ArrayList<>();
        XMLStreamReader xml = parser(part);
        while (seek(xml, "si", any -> true)) {
            strings.add(richText(xml));
        }
        return strings;
    }

    /** Moves to the next element of that name that passes the test; false at the end of the document. */
    private static boolean seek(XMLStreamReader xml, String name, Predicate<XMLStreamReader> test) throws XMLStreamException {
        while (xml.hasNext()) {
            if (next(xml) == START_ELEMENT && xml.getLocalName().equals(name) && test.test(xml)) {
                return true;
            }
        }
        return false;
    }

    private static List<List<String>> sheetRows(byte[] part, List<String> sharedStrings) throws XMLStreamException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = null;
        int column = -1;
        int cells = 0;
        XMLStreamReader xml = parser(part);
        while (xml.hasNext()) {
            if (next(xml) != START_ELEMENT) {
                continue;
            }
            if (xml.getLocalName().equals("row")) {
                String reference = xml.getAttributeValue(null, "r");
                int number = reference == null ? rows.size() + 1 : Integer.parseInt(reference);
                if (number < 1 || number > MAX_ROWS) {
                    throw new IllegalArgumentException("Row number " + number + " is outside 1.." + MAX_ROWS);
                }
                while (rows.size() < number) {
                    rows.add(new ArrayList<>());
                }
                row = rows.get(number - 1);
                column = -1;
            } else if (xml.getLocalName().equals("c") && row != null) {
                String reference = xml.getAttributeValue(null, "r");
                column = reference == null ? column + 1 : columnIndex(reference);
                String value = cellValue(xml, xml.getAttributeValue(null, "t"), sharedStrings);
                if (!value.isEmpty()) {
                    cells += Math.max(0, column + 1 - row.size());
                    if (cells > MAX_CELLS) {
                        throw new IllegalArgumentException("More than " + MAX_CELLS + " cells");
                    }
                    while (row.size() <= column) {
                        row.add("");
                    }
                    row.set(column, value);
                }
            }
        }
        return rows;
    }

    /** Leaves the reader on the cell's end tag; a formula's text is skipped, its cached value read. */
    private static String cellValue(XMLStreamReader xml, String type, List<String> sharedStrings) throws XMLStreamException {
        String value = "";
        while (next(xml) != END_ELEMENT || !xml.getLocalName().equals("c")) {
            if (xml.isStartElement() && xml.getLocalName().equals("v")) {
                value = xml.getElementText();
            } else if (xml.isStartElement() && xml.getLocalName().equals("is")) {
                value = richText(xml);
            }
        }
        if (value.isEmpty()) {
            return value;
        }
        return switch (type == null ? "n" : type) {
            case "n" -> {
                Matcher whole = WHOLE_NUMBER.matcher(value);
                yield whole.matches() ? whole.group(1) : value;
            }
            case "s" -> sharedStrings.get(Integer.parseInt(value.trim()));
            case "b" -> "1".equals(value.trim()) ? "TRUE" : "FALSE";
            case "str" -> unescape(value);
            default -> value; // inlineStr, already unescaped; e (error) and d (ISO date) as written
        };
    }

    /** The text of an {@code <si>} or {@code <is>}: plain {@code <t>}, or rich-text runs each with its own {@code <t>}. */
    private static String richText(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        for (int depth = 1; depth > 0; ) {
            int event = next(xml);
            if (event == START_ELEMENT && xml.getLocalName().equals("t")) {
                text.append(xml.getElementText());
            } else if (event == START_ELEMENT) {
                depth++;
            } else if (event == END_ELEMENT) {
                depth--;
            }
        }
        return unescape(text.toString());
    }

    /**
     * The JDK's own StAX parser, whichever provider the server offers, so that these settings mean the same
     * everywhere: no DTD, hence no external entities (reading server files) and no entity expansion (billion laughs).
     */
    private static XMLStreamReader parser(byte[] part) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory.createXMLStreamReader(new ByteArrayInputStream(part));
    }

    /** No spreadsheet program writes a DTD, so one is refused outright rather than trusted to be ignored. */
    private static int next(XMLStreamReader xml) throws XMLStreamException {
        int event = xml.next();
        if (event == DTD) {
            throw new IllegalArgumentException("A DTD in a spreadsheet part");
        }
        return event;
    }

    private static List<List<String>> readCsv(byte[] content) {
        String text = decode(content);
        if (text.indexOf('\0') >= 0) { // text never has NUL; old .xls, PDF and images do
            throw new IllegalArgumentException("Not a text file");
        }
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char separator = separator(text);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int fieldStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (quoted && c == '"') {
                quoted = false;
            } else if (quoted) {
                field.append(c);
            } else if (c == '"' && i == fieldStart) {
                quoted = true;
            } else if (c == separator || c == '\n' || c == '\r') {
                row.add(field.toString());
                field.setLength(0);
                if (c != separator) {
                    i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 1 : 0;
                    addRow(rows, row);
                    row = new ArrayList<>();
                }
                fieldStart = i + 1;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("A quoted CSV field is not closed");
        }
        if (!row.isEmpty() || !field.isEmpty()) {
            row.add(field.toString());
            addRow(rows, row);
        }
        return rows;
    }

    private static void addRow(List<List<String>> rows, List<String> row) {
        if (rows.size() == MAX_ROWS) {
            throw new IllegalArgumentException("More than " + MAX_ROWS + " rows");
        }
        rows.add(row);
    }

    /** Excel's plain "CSV" in a Russian locale is Windows-1251, not UTF-8; bytes that are not UTF-8 are taken as that. */
    private static String decode(byte[] content) {
        try {
            return UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-1251"));
        }
    }

    /** Excel in Russian locales separates with semicolons, since the comma is the decimal mark there. */
    private static char separator(String text) {
        boolean quoted = false;
        boolean comma = false;
        boolean semicolon = false;
        for (int i = 0; i < text.length() && (quoted || text.charAt(i) != '\n' && text.charAt(i) != '\r'); i++) {
            char c = text.charAt(i);
            quoted ^= c == '"';
            comma |= !quoted && c == ',';
            semicolon |= !quoted && c == ';';
        }
        return semicolon && !comma ? ';' : ',';
    }

    private static String csvField(String value) {
        String field = value == null ? "" : value;
        if (!field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0) {
            field = "'" + field;
        }
        boolean mustQuote = field.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return mustQuote ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    private static String unescape(String text) {
        return text.contains("_x")
                ? ESCAPED.matcher(text).replaceAll(m -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))))
                : text;
    }

    /** Escapes markup and drops what XML 1.0 cannot hold at all, such as control characters from pasted text. */
    private static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.append(switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\r' -> "&#13;"; // a raw CR would be read back as LF
            case '\t', '\n' -> Character.toString(c);
            default -> c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 ? Character.toString(c) : "";
        }));
        return out.toString();
    }

    /** Excel refuses to open a workbook whose sheet name breaks its rules. */
    private static String sheetName(String name) {
        String clean = (name == null ? "" : name).replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}\\s]+", " ").replaceAll("^[' ]+", "");
        if (clean.length() > 31) {
            clean = clean.substring(0, Character.isHighSurrogate(clean.charAt(30)) ? 30 : 31);
        }
        clean = clean.replaceAll("[' ]+$", "");
        return clean.isEmpty() || clean.equalsIgnoreCase("History") ? "Sheet1" : clean;
    }

    /** 0 → A, 25 → Z, 26 → AA. */
    private static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    private static int columnIndex(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && reference.charAt(i) >= 'A' && reference.charAt(i) <= 'Z'; i++) {
            column = column * 26 + reference.charAt(i) - 'A' + 1;
            if (column > MAX_COLUMNS) {
                throw new IllegalArgumentException("Cell " + reference + " is beyond the last column");
            }
        }
        if (column == 0) {
            throw new IllegalArgumentException("Bad cell reference " + reference);
        }
        return column - 1;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(UTF_8));
        zip.closeEntry();
    }

    private static final String CONTENT_TYPES = PROLOG + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            </Types>""";

    private static final String PACKAGE_RELATIONSHIPS = PROLOG + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>""".formatted(RELATIONSHIPS);

    /** The sheet name, the {@code %s} left after this formatting, is filled in per file. */
    private static final String WORKBOOK = PROLOG + """
            <workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="%%s" sheetId="1" r:id="rId1"/></sheets></workbook>"""
            .formatted(MAIN, RELATIONSHIPS);

    private static final String WORKBOOK_RELATIONSHIPS = PROLOG + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="%1$s/worksheet" Target="worksheets/sheet1.xml"/>\
            <Relationship Id="rId2" Type="%1$s/styles" Target="styles.xml"/></Relationships>""".formatted(RELATIONSHIPS);

    /** Excel insists on the two built-in fills and a border; cell format 1 is the bold header. */
    private static final String STYLES = PROLOG + """
            <styleSheet xmlns="%s">\
            <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
            <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>""".formatted(MAIN);
}
