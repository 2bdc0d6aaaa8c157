/**
 * Statistics on anonymised data only (policy 2.1.3): counts grouped so that no cell tells about fewer
 * than five people; nothing person-level leaves this package.
 */
package kg.gov.kuzmat.statistics;
