package it.esibe.examples.archfixture.rules.internal;

/** A helper of the built-in criteria, allowed to them; marked as exported API would be wrongly. */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.STABLE, since = "0.1.0")
public class Citations {
}
