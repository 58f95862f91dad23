package it.esibe.rules.internal;

/** The report sections the built-in criteria cite (interim report of the Working Group, in Italian). */
final class Citations {
    static final String S5_3 = "Rapporto ad interim, §5.3";
    static final String S5_STEP3 = "Rapporto ad interim, §5 (passo 3); §5.3";
    static final String S6_SME = "Rapporto ad interim, §6; Raccomandazione 2003/361/CE";

    private Citations() {
    }
}
