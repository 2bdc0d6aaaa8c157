/**
 * What every domain area of the portal stands on: the business exception base, the injected clock,
 * and the database migrations that run before anything touches the schema.
 */
package kg.gov.kuzmat.platform;
