/**
 * The open-data API, {@code /api/v1}: published vacancies and agencies as JSON, an Atom feed, and the
 * OpenAPI description. Read-only and anonymous; errors are RFC 9457 problem documents.
 */
package kg.gov.kuzmat.api;
