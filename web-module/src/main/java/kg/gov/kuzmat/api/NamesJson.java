package kg.gov.kuzmat.api;

import kg.gov.kuzmat.agency.LocalizedName;

import java.util.Locale;

/** A name in the state language, the official language and English. */
public record NamesJson(String ky, String ru, String en) {

    public static NamesJson of(LocalizedName name) {
        return new NamesJson(name.in(Locale.forLanguageTag("ky")), name.in(Locale.forLanguageTag("ru")), name.in(Locale.ENGLISH));
    }
}
