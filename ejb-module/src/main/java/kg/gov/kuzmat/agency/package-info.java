/**
 * State and municipal bodies of the Kyrgyz Republic that publish vacancies and run competitions,
 * and the regions they serve.
 */
package kg.gov.kuzmat.agency;
