package it.esibe.examples.archfixture.api;

import it.esibe.examples.archfixture.internal.Hidden;

/** Package-private, so not API even with public members of internal types. */
class PackagePrivateApi extends Hidden {

    public Hidden value;

    public Hidden get() {
        return value;
    }
}
