package it.esibe.core.format;

import static it.esibe.core.format.FieldFormat.field;
import static it.esibe.core.format.FieldType.AMOUNT;
import static it.esibe.core.format.FieldType.DATE;
import static it.esibe.core.format.FieldType.ENUM;
import static it.esibe.core.format.FieldType.INTEGER;
import static it.esibe.core.format.FieldType.LIST;
import static it.esibe.core.format.FieldType.OBJECT;
import static it.esibe.core.format.FieldType.SHARE;
import static it.esibe.core.format.FieldType.STAFF;
import static it.esibe.core.format.FieldType.STRING;
import static it.esibe.core.format.ObjectFormat.object;

import it.esibe.core.model.Application;
import it.esibe.core.model.Company;
import it.esibe.core.model.DevelopmentStage;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.model.Holder;
import it.esibe.core.model.HolderType;
import it.esibe.core.model.Location;
import it.esibe.core.model.Ownership;
import it.esibe.core.model.Participation;
import it.esibe.core.model.Patent;
import it.esibe.core.model.PatentHolding;
import it.esibe.core.model.PatentStatus;
import it.esibe.core.model.Program;
import it.esibe.core.model.Track;
import it.esibe.core.validation.internal.CountryCodeValidator;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The application format of ESIBE-FORMAT-v1 (schema version 1), declared once: each object with its
 * fields, and each field with its JSON name, type, whether it is required, its limits, its CSV column
 * (English and Italian) and its description (English and Italian).
 *
 * <p>esibe-io derives from it the strict JSON reader (which properties exist, which are required,
 * how each value is read), the JSON writer (which properties, in which order) and the CSV layout
 * (columns, their names, the fields of list cells); the build checks against it the model's records
 * (each component declared, in order, with its type and its validation constraints), the JSON
 * Schema, the CSV templates and docs/CSV-FORMAT.md. Adding a field to the model therefore starts
 * here.
 *
 * <p>A CSV column's name is the field's own ({@link FieldFormat#csvName}), or, for a field of an
 * object whose fields are columns of their own (the company, its seats), the object field's prefix
 * followed by the field's name: {@code legalSeat} and {@code Country} make {@code legalSeatCountry},
 * {@code sede_legale_} and {@code paese} make {@code sede_legale_paese}. The fields of the objects of
 * a list are written inside the list's cell, in the format's order.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ApplicationFormat {

    /** The form of an id: an application's, or a holder's joint holding. */
    private static final String ID = "^[A-Za-z0-9._-]{1,64}$";

    /** Where a seat is. */
    public static final ObjectFormat LOCATION = object("location", Location.class,
            "Where a seat is: a country and, optionally, region and city",
            "Dove si trova una sede: un paese e, facoltativamente, regione e comune",
            field("country", STRING).required().codes(CountryCodeValidator.assigned()).csv("Country", "paese")
                    .describe("ISO 3166-1 alpha-2 code of an officially assigned country, in capitals, such as IT",
                            "codice ISO 3166-1 alfa-2 di un paese ufficialmente assegnato, in maiuscolo, come IT"),
            field("region", STRING).text().maxLength(100).csv("Region", "regione")
                    .describe("the region, such as Lombardia", "la regione, come Lombardia"),
            field("city", STRING).text().maxLength(100).csv("City", "comune")
                    .describe("the city", "il comune"));

    /** The applicant company. */
    public static final ObjectFormat COMPANY = object("company", Company.class,
            "The applicant company", "L'impresa richiedente",
            field("name", STRING).required().text().notBlank().maxLength(200).csv("companyName", "denominazione")
                    .describe("the company name", "la denominazione dell'impresa"),
            field("vatNumber", STRING)
                    .pattern("^(IT)?(?!0000000)[0-9]{7}(00[1-9]|0[1-9][0-9]|100|120|121|888|999)[0-9]$")
                    .csv("vatNumber", "partita_iva")
                    .describe("the Italian partita IVA, with or without the IT prefix; its Luhn check digit is"
                            + " verified by the library only",
                            "la partita IVA, con o senza il prefisso IT; la cifra di controllo (Luhn) \u00e8"
                                    + " verificata solo dalla libreria"),
            field("legalSeat", OBJECT).required().of(LOCATION).csvPrefix("legalSeat", "sede_legale_")
                    .describe("the registered office (sede legale, \u00a75.3 bullet 4)",
                            "la sede legale (\u00a75.3, punto 4)"),
            field("headquarters", OBJECT).required().of(LOCATION).csvPrefix("headquarters", "sede_principale_")
                    .describe("the operational headquarters (\u00a75.3 bullet 4)",
                            "la sede operativa principale (\u00a75.3, punto 4)"));

    /** The applicant's figures for one fiscal year. */
    public static final ObjectFormat FISCAL_YEAR = object("fiscalYear", FiscalYear.class,
            "The applicant's figures for one fiscal year: an absent figure is unknown, never zero",
            "I dati del richiedente per un esercizio: un dato assente \u00e8 ignoto, mai zero",
            field("year", INTEGER).required().range(1900, 2100)
                    .describe("the fiscal year, 1900-2100", "l'esercizio, 1900-2100"),
            field("rdExpenditure", AMOUNT)
                    .describe("total R&D cost in euro, whatever funds it (\u00a75.3 bullets 1-2)",
                            "la spesa totale in R&S in euro, comunque finanziata (\u00a75.3, punti 1-2)"),
            field("rdExpenditureItaly", AMOUNT)
                    .describe("the part of the R&D cost carried out in Italy, in euro (\u00a75.3 bullet 4)",
                            "la parte della spesa in R&S svolta in Italia, in euro (\u00a75.3, punto 4)"),
            field("euInternationalGrants", AMOUNT)
                    .describe("EU and international grants received for R&D, in euro (\u00a75.3 bullet 2)",
                            "i finanziamenti europei e internazionali ricevuti per la R&S, in euro (\u00a75.3, punto 2)"),
            field("staffHeadcount", STAFF)
                    .describe("staff in annual work units, fractions allowed (SME test)",
                            "il personale in unit\u00e0 lavorative annue, frazioni ammesse (verifica PMI)"),
            field("turnover", AMOUNT)
                    .describe("annual turnover in euro (SME test)", "il fatturato annuo in euro (verifica PMI)"),
            field("balanceSheetTotal", AMOUNT)
                    .describe("balance-sheet total in euro (SME test)",
                            "il totale di bilancio in euro (verifica PMI)"));

    /** A patent the applicant owns or licenses. */
    public static final ObjectFormat PATENT = object("patent", Patent.class,
            "A patent the applicant owns or licenses (\u00a75.3 bullet 3)",
            "Un brevetto posseduto o in licenza (\u00a75.3, punto 3)",
            field("number", STRING).required().pattern("^[A-Z]{2}[0-9]{4,15}([A-Z][0-9]?)?$")
                    .describe("the publication number: office code, 4-15 digits, optional kind code (EP3456789B1)",
                            "il numero di pubblicazione: codice dell'ufficio, da 4 a 15 cifre, codice di tipo"
                                    + " facoltativo (EP3456789B1)"),
            field("holding", ENUM).required().of(PatentHolding.class)
                    .describe("owned or licensed", "posseduto o in licenza"),
            field("status", ENUM).required().of(PatentStatus.class)
                    .describe("granted or pending; a WO number is never granted",
                            "concesso o in attesa; un numero WO non \u00e8 mai concesso"),
            field("expiresOn", DATE)
                    .describe("when the patent lapses, if known", "quando il brevetto scade, se noto"),
            field("licenceExpiresOn", DATE)
                    .describe("when the licence ends; only for a licensed patent",
                            "quando la licenza termina; solo per un brevetto in licenza"));

    /** An R&amp;D programme. */
    public static final ObjectFormat PROGRAM = object("program", Program.class,
            "An R&D programme: an emerging technology (\u00a75.2) applied to national priorities (\u00a75.1)",
            "Un programma di R&S: una tecnologia emergente (\u00a75.2) applicata a priorit\u00e0 nazionali"
                    + " (\u00a75.1)",
            field("title", STRING).text()
                    .describe("a free-text title, if given", "un titolo libero, se indicato"),
            field("technology", STRING).required().text().pattern("^TEC-")
                    .describe("a TEC-* code of the taxonomy (\u00a75.2); the library checks it is one",
                            "un codice TEC-* della tassonomia (\u00a75.2); la libreria verifica che lo sia"),
            field("priorities", LIST).required().items(STRING).text().pattern("^(PAT|IND)-").minItems(1)
                    .uniqueItems()
                    .describe("one or more distinct PAT-* or IND-* codes of the taxonomy (\u00a75.1)",
                            "uno o pi\u00f9 codici PAT-* o IND-* distinti della tassonomia (\u00a75.1)"));

    /** A shareholder of the applicant. */
    public static final ObjectFormat HOLDER = object("holder", Holder.class,
            "A shareholder of the applicant (upstream)", "Un socio del richiedente (a monte)",
            field("name", STRING).text()
                    .describe("the holder's name, if given", "il nome del socio, se indicato"),
            field("type", ENUM).required().of(HolderType.class)
                    .describe("the kind of holder, which decides how it counts in the SME test",
                            "il tipo di socio, che decide come conta nella verifica PMI"),
            field("capitalShare", SHARE).required()
                    .describe("share of capital, 0-100", "quota di capitale, 0-100"),
            field("votingShare", SHARE)
                    .describe("share of voting rights, 0-100; absent means equal to the capital share",
                            "quota dei diritti di voto, 0-100; se assente \u00e8 pari alla quota di capitale"),
            field("staffHeadcount", STAFF)
                    .describe("the holder's staff in annual work units, if known",
                            "il personale del socio in unit\u00e0 lavorative annue, se noto"),
            field("turnover", AMOUNT)
                    .describe("the holder's turnover in euro, if known", "il fatturato del socio in euro, se noto"),
            field("balanceSheetTotal", AMOUNT)
                    .describe("the holder's balance-sheet total in euro, if known",
                            "il totale di bilancio del socio in euro, se noto"),
            field("group", STRING).pattern(ID)
                    .describe("the joint holding the holder belongs to: holders with the same value (compared exactly,"
                            + " letter case included) are linked to one another or act jointly, and the SME test judges"
                            + " them on their combined share",
                            "la compagine congiunta a cui il socio appartiene: i soci con lo stesso valore (confrontato"
                                    + " esattamente, maiuscole comprese) sono collegati tra loro o agiscono"
                                    + " congiuntamente, e la verifica PMI li giudica sulla quota complessiva"));

    /** An enterprise in which the applicant holds shares. */
    public static final ObjectFormat PARTICIPATION = object("participation", Participation.class,
            "An enterprise the applicant holds shares in: always an enterprise, so it has no type",
            "Un'impresa in cui il richiedente detiene quote: sempre un'impresa, quindi senza tipo",
            field("name", STRING).text()
                    .describe("the participated enterprise's name, if given",
                            "il nome dell'impresa partecipata, se indicato"),
            field("capitalShare", SHARE).required()
                    .describe("the applicant's share of its capital, 0-100",
                            "la quota del suo capitale detenuta dal richiedente, 0-100"),
            field("votingShare", SHARE)
                    .describe("the applicant's share of its voting rights; absent means equal to the capital share",
                            "la quota dei suoi diritti di voto detenuta dal richiedente; se assente \u00e8 pari alla"
                                    + " quota di capitale"),
            field("staffHeadcount", STAFF)
                    .describe("its staff in annual work units, if known",
                            "il suo personale in unit\u00e0 lavorative annue, se noto"),
            field("turnover", AMOUNT)
                    .describe("its turnover in euro, if known", "il suo fatturato in euro, se noto"),
            field("balanceSheetTotal", AMOUNT)
                    .describe("its balance-sheet total in euro, if known",
                            "il suo totale di bilancio in euro, se noto"));

    /** Who holds the applicant and what the applicant holds. */
    public static final ObjectFormat OWNERSHIP = object("ownership", Ownership.class,
            "Who holds the applicant and what it holds: one snapshot for every year of the SME test",
            "Chi detiene il richiedente e che cosa detiene: una sola fotografia per ogni esercizio della"
                    + " verifica PMI",
            field("holders", LIST).items(OBJECT).of(HOLDER).csv("holders", "soci")
                    .describe("the applicant's shareholders; their capital shares sum to at most 100",
                            "i soci del richiedente; le loro quote di capitale sommano al pi\u00f9 a 100"),
            field("participations", LIST).items(OBJECT).of(PARTICIPATION).csv("participations", "partecipazioni")
                    .describe("the enterprises in which the applicant holds shares",
                            "le imprese in cui il richiedente detiene quote"));

    /** The application itself: the root of the format. */
    public static final ObjectFormat APPLICATION = object("application", Application.class,
            "An application to the Elenco Speciale delle Imprese Biotecnologiche Emergenti",
            "Una domanda di iscrizione all'Elenco Speciale delle Imprese Biotecnologiche Emergenti",
            field("schemaVersion", INTEGER).required().range(1, 1).csv("schemaVersion", "versione_schema")
                    .describe("the version of the format, always 1", "la versione del formato, sempre 1"),
            field("applicationId", STRING).required().pattern(ID).csv("applicationId", "codice_domanda")
                    .describe("the application's id: 1-64 characters of A-Z a-z 0-9 . _ -",
                            "il codice della domanda: da 1 a 64 caratteri tra A-Z a-z 0-9 . _ -"),
            field("submittedOn", DATE).required().csv("submittedOn", "data_presentazione")
                    .describe("the day the application was submitted; the default reference date",
                            "il giorno di presentazione della domanda; la data di riferimento predefinita"),
            field("company", OBJECT).required().of(COMPANY).csvPrefix("", "")
                    .describe("the applicant company", "l'impresa richiedente"),
            field("track", ENUM).required().of(Track.class).csv("track", "percorso")
                    .describe("the declared admission track (\u00a75.3 bullets 1-2)",
                            "il percorso di ammissione dichiarato (\u00a75.3, punti 1-2)"),
            field("developmentStage", ENUM).of(DevelopmentStage.class).csv("developmentStage", "fase_sviluppo")
                    .describe("how far from the market the applicant is, if declared",
                            "quanto il richiedente \u00e8 lontano dal mercato, se dichiarato"),
            field("fiscalYears", LIST).items(OBJECT).of(FISCAL_YEAR).csv("fiscalYears", "esercizi")
                    .describe("the applicant's figures, at most one entry per year",
                            "i dati del richiedente, al pi\u00f9 una voce per esercizio"),
            field("patents", LIST).items(OBJECT).of(PATENT).csv("patents", "brevetti")
                    .describe("the patents owned or licensed (\u00a75.3 bullet 3)",
                            "i brevetti posseduti o in licenza (\u00a75.3, punto 3)"),
            field("programs", LIST).items(OBJECT).of(PROGRAM).csv("programs", "programmi")
                    .describe("the R&D programmes with their technology and priorities (\u00a75.1, \u00a75.2)",
                            "i programmi di R&S con la loro tecnologia e le loro priorit\u00e0 (\u00a75.1, \u00a75.2)"),
            field("ownership", OBJECT).of(OWNERSHIP).csvPrefix("", "")
                    .describe("shareholders and participations, for the SME test (\u00a76)",
                            "soci e partecipazioni, per la verifica PMI (\u00a76)"));

    /** Every object, each once, the root last. */
    private static final List<ObjectFormat> OBJECTS = List.of(LOCATION, COMPANY, FISCAL_YEAR, PATENT, PROGRAM, HOLDER,
            PARTICIPATION, OWNERSHIP, APPLICATION);

    private ApplicationFormat() {
    }

    /** {@return the root object: the application} */
    public static ObjectFormat root() {
        return APPLICATION;
    }

    /** {@return every object of the format, each once, the application last} */
    public static List<ObjectFormat> objects() {
        return OBJECTS;
    }

    /**
     * The object held in {@code modelType}.
     *
     * @param modelType a record of the model, such as {@code Holder.class}
     * @return its object, or empty for a type that is not one of the format
     */
    public static Optional<ObjectFormat> of(Class<?> modelType) {
        return OBJECTS.stream().filter(o -> o.modelType().equals(modelType)).findFirst();
    }
}
