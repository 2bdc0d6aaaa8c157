/**
 * Demo agencies, vacancies and accounts for the embedded default server. Never loaded into a
 * production database: server-config sets {@code kuzmat.demo-data=true} only for embedded H2.
 */
package kg.gov.kuzmat.demo;
